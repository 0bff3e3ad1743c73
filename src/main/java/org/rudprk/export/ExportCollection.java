package org.rudprk.export;

import static org.rudprk.export.Column.CLAIM_SEPARATOR;
import static org.rudprk.export.Column.LIST_SEPARATOR;
import static org.rudprk.export.Column.Type.INTEGER;
import static org.rudprk.export.Column.Type.NUMBER;
import static org.rudprk.export.Column.Type.TEXT;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.rudprk.actor.api.Actor;
import org.rudprk.citation.api.Citation;
import org.rudprk.common.GlobalId;
import org.rudprk.common.Headline;
import org.rudprk.record.api.RecordBase;
import org.rudprk.record.RecordKind;
import org.rudprk.record.query.RecordKindDescription;

/**
 * The collections that can be exported, with their columns: every record, the records of each
 * kind (one collection per {@link RecordKind}, in its order, named after the kind's list),
 * citations and actors. Every column is one SQL expression over the collection's query, so a
 * row is computed by PostgreSQL in the same statement that streams it: no per-row round
 * trips, nothing collected in memory. Global IDs and date labels are then made from what that
 * expression returns by the API's own Java code ({@link Column#fromText}), as the row streams.
 */
public final class ExportCollection {

    /** What one row stands for. */
    public enum Shape {
        RECORD, CITATION, ACTOR
    }

    private static final ExportCollection[] VALUES = values(RecordKind.descriptions());

    private final String urlName;
    private final Shape shape;
    private final RecordKind kind;

    private ExportCollection(String urlName, Shape shape, RecordKind kind) {
        this.urlName = urlName;
        this.shape = shape;
        this.kind = kind;
    }

    private static ExportCollection[] values(List<RecordKindDescription> kinds) {
        List<ExportCollection> all = new ArrayList<>();
        all.add(new ExportCollection("records", Shape.RECORD, null));
        kinds.forEach(k -> all.add(new ExportCollection(k.listName(), Shape.RECORD, k.kind())));
        all.add(new ExportCollection("citations", Shape.CITATION, null));
        all.add(new ExportCollection("actors", Shape.ACTOR, null));
        return all.toArray(ExportCollection[]::new);
    }

    /** Every collection, in the order of the export index. */
    public static ExportCollection[] values() {
        return VALUES.clone();
    }

    public Shape shape() {
        return shape;
    }

    /** The record kind of a per-kind export; null for the mixed records export and the others. */
    public RecordKind kind() {
        return kind;
    }

    @Override
    public String toString() {
        return urlName.toUpperCase(Locale.ROOT);
    }

    /** The name in the URL: records, shipments, citations, ... */
    public String urlName() {
        return urlName;
    }

    public static Optional<ExportCollection> byUrlName(String name) {
        return Arrays.stream(values()).filter(c -> c.urlName().equals(name)).findFirst();
    }

    /**
     * The columns of this export. For citations, {@code estimateSets} says how many groups of
     * estimate_N_* columns to write (the most estimates any exported citation has, at least 1).
     */
    public List<Column> columns(int estimateSets) {
        return switch (shape) {
            case RECORD -> RECORD_COLUMNS.stream().filter(c -> c.appliesTo(kind)).toList();
            case CITATION -> citationColumns(estimateSets);
            case ACTOR -> ACTOR_COLUMNS;
        };
    }

    // ---------------------------------------------------------------------------------------
    // SQL building blocks. None of them contains user input: filters travel as parameters.
    // ---------------------------------------------------------------------------------------

    /** "source#paragraph claimant STANCE" of a citation c with source s and claimant cl. */
    static final String CLAIM = "s.slug || '#' || c.paragraph || coalesce(' ' || cl.slug, '') || ' ' || c.stance::text";

    /** Joins a citation c to its source s and claimant cl. */
    static final String CLAIM_JOINS = " join sources s on s.id = c.source_id left join actors cl on cl.id = c.claimant_id";

    /**
     * The headline estimate of one metric of record r ({@link Headline}), with the claim that
     * gives it, as a lateral join.
     */
    public static String headline(String alias, String metric) {
        return " left join lateral (" + Headline.estimate(metric, "e.low, e.high, e.unit, e.qualifier::text as qualifier, "
                + CLAIM + " as claim", " join citations c on c.id = e.citation_id" + CLAIM_JOINS) + ") " + alias + " on true";
    }

    /** A record's global ID, as {@code Record.id} makes it, from {@link #RECORD_ID_PARTS}. */
    static String recordId(String text) {
        int space = text.indexOf(' ');
        return GlobalId.of(RecordBase.typeName(RecordKind.valueOf(text.substring(0, space))), text.substring(space + 1));
    }

    /** What a record's ID is made of: its kind and slug. */
    static final String RECORD_ID_PARTS = "r.kind::text || ' ' || r.slug";

    /** A citation's global ID, as {@code Citation.id} makes it, from its record's slug and its ordinal. */
    static String citationId(String text) {
        int space = text.lastIndexOf(' ');
        return GlobalId.of(Citation.TYPE, Citation.key(text.substring(0, space), Integer.parseInt(text.substring(space + 1))));
    }

    /**
     * What computes the columns of one item o of an ordered list (records: o.id; citations: o.id
     * of the citation), as the FROM of a lateral subquery. The list is sorted first, on its keys
     * alone, and each item's columns are computed as it is sent: PostgreSQL keeps the order and
     * sends the first rows at once instead of computing every row before sorting them, so each
     * fetch of rows stays well within the statement timeout however long the export.
     */
    static final String RECORD_COLUMNS_FROM = " from records r"
            + RecordKind.descriptions().stream().map(k -> " " + k.join()).collect(Collectors.joining())
            + headline("usd", "VALUE_USD")
            + RecordKind.descriptions().stream().map(RecordKindDescription::exportJoins).collect(Collectors.joining())
            + " where r.id = o.id offset 0"; // offset 0: computed per item, never merged into the list's joins

    static final String CITATION_COLUMNS_FROM = " from citations c join records r on r.id = c.record_id" + CLAIM_JOINS
            + " left join actors clc on clc.id = cl.country_id"
            + " left join lateral (select count(*) as n,"
            + " array_agg(e.metric::text order by e.ordinal) as metric, array_agg(e.low order by e.ordinal) as low,"
            + " array_agg(e.high order by e.ordinal) as high, array_agg(e.unit order by e.ordinal) as unit,"
            + " array_agg(e.qualifier::text order by e.ordinal) as qualifier,"
            + " array_agg(e.label order by e.ordinal) as label"
            + " from estimates e where e.citation_id = c.id) est on true"
            + " where c.id = o.id offset 0";

    static final String ACTOR_FROM = " from actors a left join actors ac on ac.id = a.country_id ";

    /**
     * The columns of record exports: the common ones, each kind's own (in the order of the kinds),
     * the actors, places and headline value, each kind's figures, then the claims.
     */
    static final List<Column> RECORD_COLUMNS = recordColumns(Column.concat(List.of(
            Column.id("id", RECORD_ID_PARTS, ExportCollection::recordId,
                    "Global ID, the same as the GraphQL `id` (fetch it with `node(id: ...)`)."),
            Column.of("slug", TEXT, "r.slug", "Human-readable unique identifier."),
            Column.of("kind", TEXT, "r.kind::text", kinds() + "."),
            Column.of("title", TEXT, "r.title", "Short headline."),
            Column.of("status", TEXT, "r.status::text", "REPORTED, CONFIRMED, DENIED, ... (see `RecordStatus`).")
    ), Column.fuzzyDate("start", "r.start_", "the start (or the single date)", ""),
            Column.fuzzyDate("end", "r.end_", "the end", "; empty for a single date"), List.of(
            Column.periodLabel("period_label", "r",
                    "The whole period, as GraphQL `period.label`: `2024-06-19` or `2023-09 – 2024-02`."))
    ), List.of(
            Column.joined("actors", LIST_SEPARATOR, "a.slug || ':' || ra.role::text", "ra.role, a.slug",
                    "record_actors ra join actors a on a.id = ra.actor_id where ra.record_id = r.id",
                    "Every actor involved, as `slug:ROLE`, `|`-separated (`north-korea:SUPPLIER|russia:RECIPIENT`)."),
            Column.joined("locations", LIST_SEPARATOR, "l.slug || ':' || rl.role::text", "rl.role, l.slug",
                    "record_locations rl join locations l on l.id = rl.location_id where rl.record_id = r.id",
                    "Every place involved, as `slug:ROLE`, `|`-separated."),
            Column.of("value_usd_low", NUMBER, "usd.low",
                    "Headline value in US dollars (the largest VALUE_USD estimate of any citation): its low bound; "
                            + "empty when the source gives none (`up to`)."),
            Column.of("value_usd_high", NUMBER, "usd.high",
                    "Headline value: its high bound; empty when the source gives none (`more than`)."),
            Column.of("value_usd_qualifier", TEXT, "usd.qualifier",
                    "Headline value: the qualifier the source put on it (EXACT, ABOUT, UP_TO, MORE_THAN, BETWEEN, ...)."),
            Column.of("value_usd_claim", TEXT, "usd.claim",
                    "Headline value: who claims it, as `source#paragraph claimant STANCE` (see `citations`).")
    ), List.of(
            Column.of("estimate_count", INTEGER, "(select count(*) from estimates e where e.record_id = r.id)",
                    "How many numbers (estimates) the record's citations give."),
            Column.joined("estimates", CLAIM_SEPARATOR, "e.metric::text || ' ' || e.qualifier::text || ' ' || "
                    + "coalesce(e.low::text, '') || '..' || coalesce(e.high::text, '') || ' ' || e.unit || ' (' || "
                    + CLAIM + " || ')'", "e.ordinal", "estimates e join citations c on c.id = e.citation_id"
                    + CLAIM_JOINS + " where e.record_id = r.id",
                    "Every estimate, `; `-separated, as `METRIC QUALIFIER low..high unit (source#paragraph claimant "
                            + "STANCE)`; a missing bound is left empty (`VALUE_USD UP_TO ..5500000000 USD (...)`)."),
            Column.of("citation_count", INTEGER, "(select count(*) from citations c where c.record_id = r.id)",
                    "How many citations (claims) back the record."),
            Column.joined("citations", CLAIM_SEPARATOR, CLAIM, "c.ordinal", "citations c" + CLAIM_JOINS
                    + " where c.record_id = r.id",
                    "Every citation in curated order, `; `-separated, as `source#paragraph claimant STANCE` (source "
                            + "slug, paragraph number, claimant slug, stance); the claimant is left out when the "
                            + "source speaks in its own voice. One row per citation: the `citations` export."),
            Column.of("summary", TEXT, "r.summary", "What the sources say, in the curators' words.")
    ));

    /** "AGREEMENT, SHIPMENT, ... or STATEMENT". */
    private static String kinds() {
        List<String> names = Arrays.stream(RecordKind.values()).map(Enum::name).toList();
        return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }

    private static List<Column> recordColumns(List<Column> head, List<Column> middle, List<Column> tail) {
        List<Column> all = new ArrayList<>(head);
        RecordKind.descriptions().forEach(k -> all.addAll(k.exportColumns()));
        all.addAll(middle);
        RecordKind.descriptions().forEach(k -> all.addAll(k.exportFigureColumns()));
        all.addAll(tail);
        return List.copyOf(all);
    }

    static final List<Column> CITATION_HEAD = Column.concat(List.of(
            Column.id("id", "r.slug || ' ' || c.ordinal", ExportCollection::citationId,
                    "Global ID of the citation (GraphQL `Citation.id`)."),
            Column.id("record_id", RECORD_ID_PARTS, ExportCollection::recordId, "Global ID of the record it backs."),
            Column.of("record_slug", TEXT, "r.slug", "Slug of the record."),
            Column.of("record_kind", TEXT, "r.kind::text", "Kind of the record."),
            Column.of("record_title", TEXT, "r.title", "Title of the record."),
            Column.periodLabel("record_period_label", "r", "When the record happened (`period.label`)."),
            Column.of("ordinal", INTEGER, "c.ordinal", "Position of the citation among its record's citations, from 1."),
            Column.of("source", TEXT, "s.slug", "Slug of the source article."),
            Column.of("source_title", TEXT, "s.title", "Title of the source, in English."),
            Column.dateLabel("source_published", "s.published_",
                    "When the source was published, as written in the seeds."),
            Column.of("paragraph", INTEGER, "c.paragraph", "Paragraph of the source (the n-th non-blank line, from 1)."),
            Column.of("claimant", TEXT, "cl.slug", "Who makes the claim inside the source (actor slug); empty for the "
                    + "source's own voice."),
            Column.of("claimant_name", TEXT, "cl.name", "The claimant's name."),
            Column.of("claimant_country", TEXT, "coalesce(clc.slug, case when cl.kind = 'STATE' then cl.slug end)",
                    "The state the claimant is or belongs to (actor slug), where known."),
            Column.of("stance", TEXT, "c.stance::text", "ASSERTS, REPORTS, ESTIMATES, FORECASTS, CONFIRMS, ACKNOWLEDGES or DENIES.")
    ), Column.fuzzyDate("claimed", "c.claimed_", "the claim's date", ""), List.of(
            Column.of("summary", TEXT, "c.summary", "What the source says, in the curators' words."),
            Column.of("quote", TEXT, "c.quote", "The claimant's words, where the wording is the fact."),
            Column.of("estimate_count", INTEGER, "est.n", "How many numbers this citation gives.")));

    /** The citation columns and {@code sets} groups of estimate_N_* columns. */
    static List<Column> citationColumns(int sets) {
        List<Column> all = new ArrayList<>(CITATION_HEAD);
        for (int n = 1; n <= Math.max(1, sets); n++) {
            String p = "estimate_" + n + "_";
            String nth = "[" + n + "]";
            String which = n == 1 ? "The first estimate" : "Estimate " + n;
            all.add(Column.of(p + "metric", TEXT, "est.metric" + nth,
                    which + " of the citation: what it measures (VALUE_USD, QUANTITY, STRENGTH, CASUALTIES, COUNT, RATE)."));
            all.add(Column.of(p + "low", NUMBER, "est.low" + nth, which + ": low bound; empty when the source gives none."));
            all.add(Column.of(p + "high", NUMBER, "est.high" + nth, which + ": high bound; empty when the source gives none."));
            all.add(Column.of(p + "unit", TEXT, "est.unit" + nth, which + ": unit (USD, troops, shipping containers, ...)."));
            all.add(Column.of(p + "qualifier", TEXT, "est.qualifier" + nth,
                    which + ": EXACT, ABOUT, AT_LEAST, MORE_THAN, UP_TO, LESS_THAN or BETWEEN."));
            all.add(Column.of(p + "label", TEXT, "est.label" + nth, which + ": what exactly is counted, where the unit does not say."));
        }
        return List.copyOf(all);
    }

    static final List<Column> ACTOR_COLUMNS = List.of(
            Column.id("id", "a.slug", slug -> GlobalId.of(Actor.TYPE, slug), "Global ID of the actor (GraphQL `Actor.id`)."),
            Column.of("slug", TEXT, "a.slug", "Human-readable unique identifier."),
            Column.of("kind", TEXT, "a.kind::text", "STATE, PERSON, GOVERNMENT_BODY, INTELLIGENCE_SERVICE, ..."),
            Column.of("name", TEXT, "a.name", "Canonical English name."),
            Column.of("iso_code", TEXT, "a.iso_code", "ISO 3166-1 alpha-3 code, for states."),
            Column.of("country", TEXT, "ac.slug", "The state a person or body belongs to (actor slug)."),
            Column.joined("names", LIST_SEPARATOR, "n.name || ' (' || n.language || ', ' || n.kind::text || ')'",
                    "n.kind, n.language, n.name", "actor_names n where n.actor_id = a.id",
                    "Every name, `|`-separated, as `name (language, KIND)`."),
            Column.joined("roles", LIST_SEPARATOR, "distinct ra.role::text", "ra.role::text",
                    "record_actors ra where ra.actor_id = a.id",
                    "The roles the actor plays in records (SUPPLIER, HOST, SPEAKER, ...), `|`-separated."),
            Column.of("record_count", INTEGER, "(select count(distinct ra.record_id) from record_actors ra where "
                    + "ra.actor_id = a.id)", "How many records involve the actor."),
            Column.of("claim_count", INTEGER, "(select count(*) from citations c where c.claimant_id = a.id)",
                    "How many citations the actor is the claimant of."),
            Column.of("description", TEXT, "a.description", "Who this is, in one sentence."));
}
