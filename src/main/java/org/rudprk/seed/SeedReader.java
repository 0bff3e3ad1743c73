package org.rudprk.seed;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import org.rudprk.actor.ActorKind;
import org.rudprk.actor.NameKind;
import org.rudprk.citation.CitationFirmness;
import org.rudprk.citation.EstimateMetric;
import org.rudprk.citation.EstimateNature;
import org.rudprk.citation.EstimateQualifier;
import org.rudprk.citation.Stance;
import org.rudprk.common.FuzzyDate;
import org.rudprk.location.LocationKind;
import org.rudprk.record.ActorRole;
import org.rudprk.record.LocationRole;
import org.rudprk.record.RecordKind;
import org.rudprk.record.query.RecordKindDescription;
import org.rudprk.record.RecordRelation;
import org.rudprk.record.RecordStatus;
import org.rudprk.record.query.SubtypeColumn;
import org.rudprk.seed.SeedModel.Ref;
import org.rudprk.source.SourceKind;

/**
 * Reads and checks the seed files. Collects every problem rather than stopping at the
 * first, so a curator sees all of them in one run; each problem names the file, the record
 * and the field.
 */
final class SeedReader {

    static final boolean REQUIRE_BASIS = true;
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z]{2,4})?");
    private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");

    private static final Set<String> RECORD_FIELDS = Set.of("slug", "title", "summary", "status", "date", "period",
            "actors", "locations", "links", "citations", "basis");
    /** The kind of the records of each kind's seed file. */
    private static final Map<String, RecordKindDescription> KIND_OF_FILE = kindsByFile();

    private static Map<String, RecordKindDescription> kindsByFile() {
        Map<String, RecordKindDescription> out = new HashMap<>();
        RecordKind.descriptions().forEach(k -> out.put(k.seedFile(), k));
        return out;
    }

    private final List<String> problems = new ArrayList<>();
    private final SeedFiles files;

    private SeedReader(SeedFiles files) {
        this.files = files;
    }

    /**
     * Reads and checks all seed files.
     *
     * @throws SeedException listing every problem found
     */
    static SeedModel.Dataset read(SeedFiles files) {
        SeedReader reader = new SeedReader(files);
        SeedModel.Dataset dataset = reader.readAll();
        if (!reader.problems.isEmpty()) {
            throw new SeedException(reader.problems);
        }
        return dataset;
    }

    private SeedModel.Dataset readAll() {
        List<SeedModel.Source> sources = new ArrayList<>();
        List<SeedModel.Actor> actors = new ArrayList<>();
        List<SeedModel.Location> locations = new ArrayList<>();
        List<SeedModel.Record> records = new ArrayList<>();
        for (String name : SeedFiles.NAMES) {
            String section = name.substring(0, name.indexOf('.'));
            for (Ctx item : items(name, section)) {
                switch (section) {
                    case "sources" -> sources.add(source(item));
                    case "actors" -> actors.add(actor(item));
                    case "locations" -> locations.add(location(item));
                    default -> records.add(record(item, name));
                }
            }
        }
        SeedModel.Dataset dataset = new SeedModel.Dataset(sources, actors, locations, records);
        checkReferences(dataset);
        return dataset;
    }

    // ---------------------------------------------------------------------------------
    // Files and items

    /** The entries of a file's top-level list, each with a context for messages. */
    private List<Ctx> items(String name, String section) {
        String display = files.displayName(name);
        Object root;
        try {
            root = SeedYaml.read(files.text(name));
        } catch (SeedYaml.NotYaml e) {
            problems.add(display + (e.line == 0 ? "" : " line " + e.line + " column " + e.column)
                    + ": not valid YAML: " + e.getMessage());
            return List.of();
        }
        if (root == null) {
            return List.of();
        }
        if (!(root instanceof Map<?, ?> file) || !file.containsKey(section) || file.size() != 1) {
            problems.add(display + ": must hold one top-level key '" + section + ":' with a list of entries");
            return List.of();
        }
        Object entries = file.get(section);
        if (entries == null) {
            return List.of();
        }
        if (!(entries instanceof List<?> list)) {
            problems.add(display + ": '" + section + "' must be a list");
            return List.of();
        }
        List<Ctx> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            Object node = list.get(i);
            String label = node instanceof Map<?, ?> m && m.get("slug") instanceof String slug ? "'" + slug + "'"
                    : "#" + (i + 1);
            String entity = section.equals("sources") ? "source" : section.equals("actors") ? "actor"
                    : section.equals("locations") ? "location" : "record";
            Ctx ctx = new Ctx(display + ": " + entity + " " + label, node, "");
            if (!(node instanceof Map)) {
                problems.add(ctx.where() + ": must be a mapping of fields");
                continue;
            }
            out.add(ctx);
        }
        return out;
    }

    // ---------------------------------------------------------------------------------
    // Entities

    private SeedModel.Source source(Ctx c) {
        c.allow("slug", "title", "titleOriginal", "publisher", "language", "kind", "published", "corpusFile",
                "paragraphCount", "url", "notes", "uncitedParagraphs");
        Integer count = c.integer("paragraphCount", true);
        Map<Integer, String> uncited = new LinkedHashMap<>();
        Ctx u = c.child("uncitedParagraphs");
        if (u != null) {
            if (!(u.node instanceof Map<?, ?> reasons)) {
                problem(u.where(), "must map paragraph numbers to the reason they hold no fact");
            } else {
                for (Map.Entry<?, ?> e : reasons.entrySet()) {
                    String key = (String) e.getKey();
                    String where = u.where() + "." + key;
                    try {
                        int p = Integer.parseInt(key);
                        if (p < 1 || (count != null && p > count)) {
                            problem(where, "paragraph " + p + " is outside 1.." + count);
                        }
                        if (!(e.getValue() instanceof String reason) || reason.isBlank()) {
                            problem(where, "give the reason this paragraph holds no fact");
                        }
                        uncited.put(p, SeedYaml.text(e.getValue()));
                    } catch (NumberFormatException ex) {
                        problem(where, "'" + key + "' is not a paragraph number");
                    }
                }
            }
        }
        String language = c.text("language", true);
        if (language != null && !LANGUAGE.matcher(language).matches()) {
            problem(c.field("language"), "'" + language + "' is not an ISO 639 language code");
        }
        String kind = c.enumValue("kind", SourceKind.class, true);
        boolean reference = SourceKind.REFERENCE.name().equals(kind);
        String corpusFile = c.text("corpusFile", !reference);
        if (reference && corpusFile != null) {
            problem(c.field("corpusFile"), "[SEED_REFERENCE_IN_CORPUS] a REFERENCE source is outside knowledge, not an "
                    + "article of the corpus: give its url, not a corpus file");
        }
        if (reference && c.text("url", false) == null) {
            problem(c.field("url"), "[SEED_REFERENCE_WITHOUT_ADDRESS] a REFERENCE source needs the address (url) "
                    + "where anyone can check it");
        }
        return new SeedModel.Source(c.where(), c.slug(), c.text("title", true), c.text("titleOriginal", false),
                c.text("publisher", false), language, kind,
                c.date("published", true), corpusFile, count == null ? 1 : count,
                c.text("url", false), c.text("notes", false), uncited);
    }

    private SeedModel.Actor actor(Ctx c) {
        c.allow("slug", "kind", "name", "country", "isoCode", "isoCodeSource", "description", "names", "roles");
        String kind = c.enumValue("kind", ActorKind.class, true);
        String iso = c.text("isoCode", false);
        if (iso != null && !ISO3.matcher(iso).matches()) {
            problem(c.field("isoCode"), "'" + iso + "' is not an ISO 3166-1 alpha-3 code (three capital letters)");
        }
        if (iso != null && kind != null && !kind.equals("STATE")) {
            problem(c.field("isoCode"), "only a STATE has an ISO code, this actor is a " + kind);
        }
        List<SeedModel.Role> roles = new ArrayList<>();
        for (Ctx r : c.list("roles")) {
            r.allow("title", "organisation", "from", "to", "source", "paragraph");
            Ref source = r.ref("source", false);
            Integer paragraph = r.integer("paragraph", false);
            if (paragraph != null && source == null) {
                problem(r.field("paragraph"), "a paragraph needs the source it belongs to");
            }
            roles.add(new SeedModel.Role(r.text("title", true), r.ref("organisation", false), r.date("from", false),
                    r.date("to", false), source, paragraph, r.field("paragraph")));
        }
        return new SeedModel.Actor(c.where(), c.slug(), kind, c.text("name", true), c.ref("country", false), iso,
                c.ref("isoCodeSource", false), c.text("description", false), names(c, NameKind.class), roles);
    }

    private SeedModel.Location location(Ctx c) {
        c.allow("slug", "name", "kind", "country", "parent", "coordinates", "coordinatesSource", "description",
                "names");
        Double lat = null;
        Double lon = null;
        Ctx coords = c.child("coordinates");
        if (coords != null) {
            if (!(coords.node instanceof List<?> n) || n.size() != 2 || !SeedYaml.isNumber(n.get(0))
                    || !SeedYaml.isNumber(n.get(1))) {
                problem(coords.where(), "must be [latitude, longitude]");
            } else {
                lat = SeedYaml.toDouble(n.get(0));
                lon = SeedYaml.toDouble(n.get(1));
                if (Math.abs(lat) > 90 || Math.abs(lon) > 180) {
                    problem(coords.where(), "latitude must be within ±90 and longitude within ±180");
                }
            }
        }
        return new SeedModel.Location(c.where(), c.slug(), c.text("name", true),
                c.enumValue("kind", LocationKind.class, true), c.ref("country", false), c.ref("parent", false), lat,
                lon, c.ref("coordinatesSource", false), c.text("description", false), names(c, null));
    }

    private List<SeedModel.Name> names(Ctx c, Class<NameKind> kinds) {
        List<SeedModel.Name> names = new ArrayList<>();
        for (Ctx n : c.list("names")) {
            n.allow("name", "language", "kind", "source", "paragraph");
            String language = n.text("language", true);
            if (language != null && !LANGUAGE.matcher(language).matches()) {
                problem(n.field("language"), "'" + language + "' is not an ISO 639 language code");
            }
            String kind = kinds == null ? null : n.enumValue("kind", kinds, false);
            names.add(new SeedModel.Name(n.text("name", true), language, kind == null ? "ALIAS" : kind,
                    n.ref("source", false), n.integer("paragraph", false), n.field("source")));
        }
        return names;
    }

    // ---------------------------------------------------------------------------------
    // Records

    private SeedModel.Record record(Ctx c, String file) {
        RecordKindDescription kind = KIND_OF_FILE.get(file);
        Set<String> allowed = new HashSet<>(RECORD_FIELDS);
        allowed.addAll(kind.seedFields());
        c.allow(allowed.toArray(String[]::new));

        FuzzyDate start = null;
        FuzzyDate end = null;
        if (c.has("date") && c.has("period")) {
            problem(c.field("date"), "give either date or period, not both");
        } else if (c.has("period")) {
            Ctx p = c.child("period");
            if (!(p.node instanceof Map)) {
                problem(p.where(), "must be {from: DATE, to: DATE}");
            } else {
                p.allow("from", "to");
                start = p.date("from", true);
                end = p.date("to", false);
                if (start != null && end != null && end.latest().isBefore(start.earliest())) {
                    problem(p.field("to"), "the period ends (" + end.getLabel() + ") before it starts ("
                            + start.getLabel() + ")");
                }
            }
        } else {
            start = c.date("date", true);
        }

        List<SeedModel.Involvement> actors = new ArrayList<>();
        for (Ctx a : c.list("actors")) {
            a.allow("actor", "role", "note");
            actors.add(new SeedModel.Involvement(a.ref("actor", true), a.enumValue("role", ActorRole.class, true),
                    a.text("note", false)));
        }
        // The kind's own columns, its principal actors, then whatever else its description reads.
        Map<String, Object> columns = new LinkedHashMap<>();
        for (SubtypeColumn col : kind.columns()) {
            columns.put(col.name(), col.enumType() == null ? c.text(col.field(), col.required())
                    : c.enumValue(col.field(), enumClass(col), col.required()));
        }
        for (ActorRole role : kind.principalRoles()) {
            actors.add(new SeedModel.Involvement(c.ref(role.name().toLowerCase(Locale.ROOT), true), role.name(), null));
        }
        KindFields fields = new KindFields(c, actors, new HashMap<>(), new ArrayList<>());
        kind.readSeed(fields);
        actors.removeIf(a -> a.actor() == null || a.role() == null);
        Set<String> seen = new HashSet<>();
        for (SeedModel.Involvement a : actors) {
            if (!seen.add(a.actor().slug() + "/" + a.role())) {
                problem(c.field("actors"), "actor '" + a.actor().slug() + "' appears twice as " + a.role());
            }
        }
        fields.checks.forEach(Runnable::run);

        List<SeedModel.Placement> locations = new ArrayList<>();
        for (Ctx l : c.list("locations")) {
            l.allow("location", "role");
            locations.add(new SeedModel.Placement(l.ref("location", true),
                    l.enumValue("role", LocationRole.class, true)));
        }
        List<SeedModel.Link> links = new ArrayList<>();
        for (Ctx l : c.list("links")) {
            l.allow("record", "relation");
            links.add(new SeedModel.Link(l.ref("record", true), l.enumValue("relation", RecordRelation.class, true)));
        }
        List<SeedModel.Citation> citations = new ArrayList<>();
        for (Ctx ci : c.list("citations")) {
            citations.add(citation(ci));
        }
        if (citations.isEmpty()) {
            problem(c.field("citations"), "every record needs at least one citation");
        }
        List<SeedModel.Basis> basis = basis(c, citations, start, end);
        return new SeedModel.Record(file, c.where(), kind.kind().name(), c.slug(), c.text("title", true),
                c.text("summary", true), c.enumValue("status", RecordStatus.class, true), start, end, columns, actors,
                locations, links, citations, fields.kept, basis);
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    private static Class<? extends Enum> enumClass(SubtypeColumn column) {
        return (Class<? extends Enum>) column.enumType();
    }

    /** A record's fields as its kind's description reads them (see {@link SeedFields}). */
    private final class KindFields implements SeedFields {
        final Ctx c;
        final List<SeedModel.Involvement> actors;
        final Map<String, Object> kept;
        final List<Runnable> checks;

        KindFields(Ctx c, List<SeedModel.Involvement> actors, Map<String, Object> kept, List<Runnable> checks) {
            this.c = c;
            this.actors = actors;
            this.kept = kept;
            this.checks = checks;
        }

        @Override
        public String text(String field, boolean required) {
            return c.text(field, required);
        }

        @Override
        public <E extends Enum<E>> String enumValue(String field, Class<E> type, boolean required) {
            return c.enumValue(field, type, required);
        }

        @Override
        public void involveEach(String field, ActorRole role) {
            for (Ref actor : c.refs(field)) {
                actors.add(new SeedModel.Involvement(actor, role.name(), null));
            }
        }

        @Override
        public List<SeedFields> list(String field, String... allowed) {
            List<SeedFields> out = new ArrayList<>();
            for (Ctx entry : c.list(field)) {
                entry.allow(allowed);
                out.add(new KindFields(entry, actors, kept, checks));
            }
            return out;
        }

        @Override
        public void keep(String key, Object value) {
            kept.put(key, value);
        }

        @Override
        public void requireInvolved(ActorRole role, int atLeast, String field, String message) {
            checks.add(() -> {
                if (actors.stream().filter(a -> a.role().equals(role.name())).count() < atLeast) {
                    problem(c.field(field), message);
                }
            });
        }
    }

    /**
     * The record's period basis: which of its citations give its dates, and what date each
     * gives. Every date of the period (start, and end for a span) must be given by an entry
     * at least as precise as the record's date and within it: a record is never dated more
     * finely than the text it cites, and never without one.
     */
    private List<SeedModel.Basis> basis(Ctx c, List<SeedModel.Citation> citations, FuzzyDate start, FuzzyDate end) {
        List<SeedModel.Basis> out = new ArrayList<>();
        for (Ctx b : c.list("basis")) {
            b.allow("source", "paragraph", "gives");
            Ref source = b.ref("source", true);
            Integer paragraph = b.integer("paragraph", true);
            FuzzyDate gives = b.date("gives", true);
            if (source != null && paragraph != null && citations.stream().noneMatch(ci -> ci.source() != null
                    && ci.source().slug().equals(source.slug()) && ci.paragraph() == paragraph)) {
                problem(b.field("paragraph"), "[SEED_BASIS_NOT_CITED] the basis names paragraph " + paragraph
                        + " of source '" + source.slug() + "', which none of this record's citations cites");
            }
            out.add(new SeedModel.Basis(source, paragraph, gives, b.where()));
        }
        if (start == null) {
            return out;
        }
        String dateField = c.has("period") ? "period" : "date";
        if (out.isEmpty()) {
            if (REQUIRE_BASIS) {
                problem(c.field("basis"), "[SEED_PERIOD_WITHOUT_BASIS] the " + dateField + " cites no basis; list "
                        + "the citations whose text gives it, e.g. basis: [{source: SLUG, paragraph: N, gives: "
                        + start.getLabel() + "}]");
            }
            return out;
        }
        checkGiven(c, out, start, dateField + (dateField.equals("period") ? ".from" : ""));
        if (end != null) {
            checkGiven(c, out, end, "period.to");
        }
        return out;
    }

    private void checkGiven(Ctx c, List<SeedModel.Basis> basis, FuzzyDate date, String field) {
        boolean given = basis.stream().anyMatch(b -> b.gives() != null
                && b.gives().precision().ordinal() <= date.precision().ordinal()
                && !b.gives().earliest().isBefore(date.earliest()) && !b.gives().latest().isAfter(date.latest()));
        if (!given && basis.stream().allMatch(b -> b.gives() != null)) {
            problem(c.field(field), "[SEED_DATE_FINER_THAN_BASIS] " + date.getLabel() + " (" + date.precision()
                    + ") is given by no basis entry: the basis gives "
                    + basis.stream().map(b -> b.gives().getLabel()).distinct().toList()
                    + "; date the record no more finely than its sources");
        }
    }

    private SeedModel.Citation citation(Ctx c) {
        c.allow("source", "paragraph", "claimant", "stance", "firmness", "claimedOn", "summary", "quote", "estimates",
                "claim");
        List<SeedModel.Estimate> estimates = new ArrayList<>();
        for (Ctx e : c.list("estimates")) {
            estimates.add(estimate(e));
        }
        Integer paragraph = c.integer("paragraph", true);
        String stance = c.enumValue("stance", Stance.class, true);
        String claim = c.text("claim", false);
        if (claim != null && !SLUG.matcher(claim).matches()) {
            problem(c.field("claim"), "'" + claim + "' is not a slug (lower-case words joined by hyphens)");
        }
        String firmness = c.enumValue("firmness", CitationFirmness.class, false);
        if ("FORECASTS".equals(stance)) {
            for (int i = 0; i < estimates.size(); i++) {
                if ("ESTIMATE".equals(estimates.get(i).nature())) {
                    problem(c.field("estimates[" + i + "].nature"), "[SEED_FORECAST_AS_ESTIMATE] a citation that "
                            + "FORECASTS gives no estimate of what happened; mark its numbers FORECAST, THRESHOLD or "
                            + "HYPOTHESIS");
                }
            }
        }
        return new SeedModel.Citation(c.field("paragraph"), c.ref("source", true), paragraph == null ? 1 : paragraph,
                c.ref("claimant", false), stance, c.date("claimedOn", false),
                c.text("summary", true), c.text("quote", false), estimates, claim, c.field("claim"),
                firmness == null ? CitationFirmness.STATED.name() : firmness);
    }

    private SeedModel.Estimate estimate(Ctx c) {
        c.allow("metric", "qualifier", "low", "high", "value", "unit", "label", "nature");
        String qualifier = c.enumValue("qualifier", EstimateQualifier.class, true);
        BigDecimal value = c.number("value");
        BigDecimal low = c.number("low");
        BigDecimal high = c.number("high");
        if (value != null) {
            if (low != null || high != null) {
                problem(c.field("value"), "give value, or low/high, not both");
            }
            low = value;
            high = value;
        }
        if (qualifier != null) {
            String bounds = switch (EstimateQualifier.valueOf(qualifier)) {
                case EXACT, ABOUT -> low != null && high != null && low.compareTo(high) == 0 ? null
                        : "needs one value (value: N, or low and high equal)";
                case AT_LEAST, MORE_THAN -> low != null && high == null ? null : "needs low only";
                case UP_TO, LESS_THAN -> low == null && high != null ? null : "needs high only";
                case BETWEEN -> low != null && high != null && low.compareTo(high) < 0 ? null
                        : "needs low and high with low < high";
            };
            if (bounds != null) {
                problem(c.field("qualifier"), qualifier + " " + bounds);
            }
        }
        for (BigDecimal b : Arrays.asList(low, high)) {
            if (b != null && b.signum() < 0) {
                problem(c.where(), "bounds cannot be negative");
            }
        }
        return new SeedModel.Estimate(c.enumValue("metric", EstimateMetric.class, true), qualifier, low, high,
                c.text("unit", true), c.text("label", false),
                Objects.requireNonNullElse(c.enumValue("nature", EstimateNature.class, false), "ESTIMATE"));
    }

    // ---------------------------------------------------------------------------------
    // Cross-references, uniqueness and coverage

    private void checkReferences(SeedModel.Dataset d) {
        Map<String, SeedModel.Source> sources = unique(d.sources(), SeedModel.Source::slug, SeedModel.Source::where,
                "source");
        Map<String, SeedModel.Actor> actors = unique(d.actors(), SeedModel.Actor::slug, SeedModel.Actor::where,
                "actor");
        Map<String, SeedModel.Location> locations = unique(d.locations(), SeedModel.Location::slug,
                SeedModel.Location::where, "location");
        Map<String, SeedModel.Record> records = unique(d.records(), SeedModel.Record::slug, SeedModel.Record::where,
                "record");
        unique(d.sources(), SeedModel.Source::corpusFile, SeedModel.Source::where, "corpus file");
        unique(d.actors().stream().filter(a -> a.isoCode() != null).toList(), SeedModel.Actor::isoCode,
                SeedModel.Actor::where, "ISO code");

        Set<String> referenceFacts = new HashSet<>();
        for (SeedModel.Actor a : d.actors()) {
            check(a.country(), actors, "actor");
            outsideFact(a.isoCode() != null, a.isoCodeSource(), a.where() + " field 'isoCode'", "an ISO code",
                    sources, referenceFacts);
            names(a.names(), sources, referenceFacts);
            for (SeedModel.Role r : a.roles()) {
                check(r.organisation(), actors, "actor");
                check(r.source(), sources, "source");
                paragraph(r.source(), r.paragraph(), sources, r.where());
            }
        }
        for (SeedModel.Location l : d.locations()) {
            check(l.country(), actors, "actor");
            check(l.parent(), locations, "location");
            outsideFact(l.latitude() != null, l.coordinatesSource(), l.where() + " field 'coordinates'",
                    "coordinates", sources, referenceFacts);
            names(l.names(), sources, referenceFacts);
        }
        Map<String, Set<Integer>> cited = new HashMap<>();
        for (SeedModel.Record r : d.records()) {
            r.actors().forEach(a -> check(a.actor(), actors, "actor"));
            r.locations().forEach(l -> check(l.location(), locations, "location"));
            for (SeedModel.Link l : r.links()) {
                check(l.record(), records, "record");
                if (l.record() != null && l.record().slug().equals(r.slug())) {
                    problem(l.record().where(), "a record cannot link to itself");
                }
            }
            for (SeedModel.Citation c : r.citations()) {
                check(c.source(), sources, "source");
                check(c.claimant(), actors, "actor");
                paragraph(c.source(), c.paragraph(), sources, c.where());
                if (c.source() != null) {
                    cited.computeIfAbsent(c.source().slug(), k -> new HashSet<>()).add(c.paragraph());
                }
            }
        }
        checkClaims(d);
        for (SeedModel.Source s : d.sources()) {
            Set<Integer> done = referenceFacts.contains(s.slug()) ? Set.of(1) : cited.getOrDefault(s.slug(), Set.of());
            for (int p = 1; p <= s.paragraphCount(); p++) {
                boolean isCited = done.contains(p);
                boolean isExcused = s.uncitedParagraphs().containsKey(p);
                if (!isCited && !isExcused) {
                    problem(s.where() + " field 'uncitedParagraphs'", "paragraph " + p
                            + " is cited by no record; cite it or list it here with the reason it holds no fact");
                } else if (isCited && isExcused) {
                    problem(s.where() + " field 'uncitedParagraphs." + p + "'", "paragraph " + p
                            + " is cited by a record, so it cannot be listed as holding no fact");
                }
            }
        }
    }

    /**
     * A claim shared by several records is one claim: its citations must agree on everything
     * that makes it the claim it is (source, paragraph, claimant, stance, firmness, date and
     * numbers). And a claim that gives numbers may not be copied onto another record without
     * saying so: two citations with the same source, paragraph, claimant and numbers must
     * share a claim name, or aggregate would count it twice.
     */
    private void checkClaims(SeedModel.Dataset d) {
        Map<String, SeedModel.Citation> byClaim = new HashMap<>();
        Map<String, SeedModel.Citation> byContent = new HashMap<>();
        Map<String, String> recordOf = new HashMap<>();
        for (SeedModel.Record r : d.records()) {
            Set<String> claimsHere = new HashSet<>();
            for (SeedModel.Citation c : r.citations()) {
                if (c.claim() != null) {
                    if (!claimsHere.add(c.claim())) {
                        problem(c.claimWhere(), "[SEED_CLAIM_TWICE] claim '" + c.claim()
                                + "' supports this record twice");
                    }
                    SeedModel.Citation first = byClaim.putIfAbsent(c.claim(), c);
                    if (first != null && !sameClaim(first, c)) {
                        problem(c.claimWhere(), "[SEED_CLAIM_MISMATCH] claim '" + c.claim() + "' differs here from "
                                + first.claimWhere() + " (" + claimDifference(first, c) + "); one claim has one "
                                + "source, paragraph, claimant, stance, firmness, date and set of numbers");
                    }
                }
                if (c.estimates().isEmpty() || c.source() == null) {
                    continue;
                }
                String content = c.source().slug() + "#" + c.paragraph() + "/"
                        + (c.claimant() == null ? "" : c.claimant().slug()) + "/" + c.estimates();
                SeedModel.Citation other = byContent.putIfAbsent(content, c);
                if (other != null && !recordOf.get(content).equals(r.slug())
                        && (c.claim() == null || !c.claim().equals(other.claim()))) {
                    problem(c.claimWhere(), "[SEED_CLAIM_COPIED] the same claim (source '" + c.source().slug()
                            + "' paragraph " + c.paragraph() + ", same claimant and numbers) also supports record '"
                            + recordOf.get(content) + "'; give both citations the same 'claim' name so that it is "
                            + "counted once");
                }
                recordOf.putIfAbsent(content, r.slug());
            }
        }
    }

    private static boolean sameClaim(SeedModel.Citation a, SeedModel.Citation b) {
        return claimDifference(a, b).isEmpty();
    }

    private static String claimDifference(SeedModel.Citation a, SeedModel.Citation b) {
        List<String> diff = new ArrayList<>();
        if (!Objects.equals(slug(a.source()), slug(b.source())) || a.paragraph() != b.paragraph()) {
            diff.add("source or paragraph");
        }
        if (!Objects.equals(slug(a.claimant()), slug(b.claimant()))) {
            diff.add("claimant");
        }
        if (!Objects.equals(a.stance(), b.stance())) {
            diff.add("stance");
        }
        if (!Objects.equals(a.firmness(), b.firmness())) {
            diff.add("firmness");
        }
        if (!Objects.equals(a.claimedOn() == null ? null : a.claimedOn().getLabel(),
                b.claimedOn() == null ? null : b.claimedOn().getLabel())) {
            diff.add("claimedOn");
        }
        if (!a.estimates().equals(b.estimates())) {
            diff.add("estimates");
        }
        return String.join(", ", diff);
    }

    private static String slug(Ref ref) {
        return ref == null ? null : ref.slug();
    }

    /**
     * Nothing unsourced: a fact none of the articles gives (an ISO code, coordinates) is served
     * only as outside knowledge, so it needs a REFERENCE source of its own ({@code present}: the
     * seed gives the fact). A REFERENCE source cited this way counts as cited.
     */
    private void outsideFact(boolean present, Ref source, String where, String what,
            Map<String, SeedModel.Source> sources, Set<String> referenceFacts) {
        if (present && source == null) {
            problem(where, "[SEED_UNSOURCED_FACT] " + what + " is in none of the articles: cite the reference work "
                    + "it comes from (a REFERENCE source in "
                    + where.substring(where.lastIndexOf('\'', where.length() - 2) + 1, where.length() - 1)
                    + "Source), or leave it out");
            return;
        }
        if (source == null) {
            return;
        }
        if (!present) {
            problem(source.where(), "a source for " + what + " that the seed does not give");
        }
        check(source, sources, "source");
        SeedModel.Source s = sources.get(source.slug());
        if (s != null && !SourceKind.REFERENCE.name().equals(s.kind())) {
            problem(source.where(), "[SEED_OUTSIDE_FACT_CITED_TO_ARTICLE] " + what + " comes from no article: '"
                    + source.slug() + "' is " + s.kind() + "; cite a REFERENCE source");
        }
        referenceFacts.add(source.slug());
    }

    /**
     * Every name of an actor or place is sourced: to the article and paragraph that give it, or,
     * for a name none of the articles gives, to a REFERENCE source (outside knowledge, marked so
     * in the API).
     */
    private void names(List<SeedModel.Name> names, Map<String, SeedModel.Source> sources,
            Set<String> referenceFacts) {
        for (SeedModel.Name n : names) {
            if (n.source() == null) {
                problem(n.where(), "[SEED_UNSOURCED_FACT] name '" + n.name() + "' has no "
                        + "source: give the article and paragraph that give it, or a REFERENCE source, or leave it out");
                continue;
            }
            check(n.source(), sources, "source");
            SeedModel.Source s = sources.get(n.source().slug());
            if (s == null) {
                continue;
            }
            if (SourceKind.REFERENCE.name().equals(s.kind())) {
                referenceFacts.add(s.slug());
                if (n.paragraph() != null) {
                    problem(n.where().replace(".source'", ".paragraph'"), "a REFERENCE source has no paragraphs of the corpus");
                }
            } else if (n.paragraph() == null) {
                problem(n.where().replace(".source'", ".paragraph'"), "name '" + n.name() + "' needs the paragraph of '"
                        + s.slug() + "' that gives it");
            } else {
                paragraph(n.source(), n.paragraph(), sources, n.where().replace(".source'", ".paragraph'"));
            }
        }
    }

    private void paragraph(Ref source, Integer paragraph, Map<String, SeedModel.Source> sources, String where) {
        if (source == null || paragraph == null || !sources.containsKey(source.slug())) {
            return;
        }
        int count = sources.get(source.slug()).paragraphCount();
        if (paragraph < 1 || paragraph > count) {
            problem(where, "paragraph " + paragraph + " is outside source '" + source.slug() + "', which has "
                    + count + " paragraphs");
        }
    }

    private void check(Ref ref, Map<String, ?> known, String what) {
        if (ref != null && !known.containsKey(ref.slug())) {
            problem(ref.where(), "unknown " + what + " '" + ref.slug() + "'");
        }
    }

    private <T> Map<String, T> unique(List<T> items, java.util.function.Function<T, String> key,
            java.util.function.Function<T, String> where, String what) {
        Map<String, T> map = new HashMap<>();
        for (T item : items) {
            String k = key.apply(item);
            if (k == null) {
                continue;
            }
            T previous = map.putIfAbsent(k, item);
            if (previous != null) {
                problem(where.apply(item), "duplicate " + what + " '" + k + "', already used by "
                        + where.apply(previous));
            }
        }
        return map;
    }

    private void problem(String where, String message) {
        problems.add(where + ": " + message);
    }

    // ---------------------------------------------------------------------------------

    /** A value of a seed file (see {@link SeedYaml}) with the place it stands in the seeds, for messages. */
    private final class Ctx {
        final String entity;
        final Object node;
        final String path;

        Ctx(String entity, Object node, String path) {
            this.entity = entity;
            this.node = node;
            this.path = path;
        }

        String where() {
            return path.isEmpty() ? entity : entity + " field '" + path + "'";
        }

        String field(String name) {
            return entity + " field '" + (path.isEmpty() ? name : path + "." + name) + "'";
        }

        /** The field's value; null when it is absent, null, or this is no mapping. */
        Object get(String name) {
            return node instanceof Map<?, ?> fields ? fields.get(name) : null;
        }

        /** Whether the field is given, even as null. */
        boolean has(String name) {
            return node instanceof Map<?, ?> fields && fields.containsKey(name);
        }

        Ctx child(String name) {
            Object n = get(name);
            return n == null ? null : new Ctx(entity, n, path.isEmpty() ? name : path + "." + name);
        }

        void allow(String... names) {
            Set<String> ok = Set.of(names);
            if (node instanceof Map<?, ?> fields) {
                for (Object f : fields.keySet()) {
                    if (!ok.contains(f)) {
                        problem(field((String) f), "unknown field; expected one of " + new java.util.TreeSet<>(ok));
                    }
                }
            }
        }

        String slug() {
            String s = text("slug", true);
            if (s != null && !SLUG.matcher(s).matches()) {
                problem(field("slug"), "'" + s + "' is not a slug (lower-case words joined by hyphens)");
            }
            return s;
        }

        /** The field's value, or null when absent or null: then a problem "missing" when required. */
        private Object given(String name, boolean required) {
            Object n = get(name);
            if (n == null && required) {
                problem(field(name), "missing");
            }
            return n;
        }

        String text(String name, boolean required) {
            Object n = given(name, required);
            if (n == null) {
                return null;
            }
            if (n instanceof Map || n instanceof List) {
                problem(field(name), "must be text");
                return null;
            }
            String s = SeedYaml.text(n).strip();
            if (s.isEmpty() && required) {
                problem(field(name), "must not be empty");
                return null;
            }
            return s.isEmpty() ? null : s;
        }

        Integer integer(String name, boolean required) {
            Object n = given(name, required);
            if (n == null) {
                return null;
            }
            if (!(n instanceof BigInteger whole)) {
                problem(field(name), "'" + SeedYaml.text(n) + "' is not a whole number");
                return null;
            }
            return whole.intValue();
        }

        BigDecimal number(String name) {
            Object n = get(name);
            if (n == null) {
                return null;
            }
            if (!SeedYaml.isNumber(n)) {
                problem(field(name), "'" + SeedYaml.text(n) + "' is not a number (write 5500000000, not '5.5 billion')");
                return null;
            }
            return SeedYaml.decimal(n);
        }

        <E extends Enum<E>> String enumValue(String name, Class<E> type, boolean required) {
            String s = text(name, required);
            if (s == null) {
                return null;
            }
            try {
                return Enum.valueOf(type, s).name();
            } catch (IllegalArgumentException e) {
                problem(field(name), "'" + s + "' is not one of " + Arrays.toString(type.getEnumConstants()));
                return null;
            }
        }

        FuzzyDate date(String name, boolean required) {
            String s = text(name, required);
            if (s == null) {
                return null;
            }
            try {
                return FuzzyDate.parse(s);
            } catch (IllegalArgumentException e) {
                problem(field(name), e.getMessage());
                return null;
            }
        }

        Ref ref(String name, boolean required) {
            String s = text(name, required);
            return s == null ? null : new Ref(s, field(name));
        }

        List<Ref> refs(String name) {
            List<Ref> out = new ArrayList<>();
            for (Ctx item : items(name, "must be a list of slugs")) {
                if (item.node instanceof String slug) {
                    out.add(new Ref(slug, item.where()));
                } else {
                    problem(item.where(), "must be a slug");
                }
            }
            return out;
        }

        List<Ctx> list(String name) {
            List<Ctx> out = new ArrayList<>();
            for (Ctx item : items(name, "must be a list")) {
                if (item.node instanceof Map) {
                    out.add(item);
                } else {
                    problem(item.where(), "must be a mapping of fields");
                }
            }
            return out;
        }

        /** The items of a list field, each placed at name[i]; none when absent, a problem when no list. */
        private List<Ctx> items(String name, String notAList) {
            Object n = get(name);
            if (n == null) {
                return List.of();
            }
            if (!(n instanceof List<?> values)) {
                problem(field(name), notAList);
                return List.of();
            }
            String at = path.isEmpty() ? name : path + "." + name;
            List<Ctx> out = new ArrayList<>(values.size());
            for (int i = 0; i < values.size(); i++) {
                out.add(new Ctx(entity, values.get(i), at + "[" + i + "]"));
            }
            return out;
        }
    }
}
