package org.rudprk.seed;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.rudprk.common.FuzzyDate;
import org.rudprk.record.RecordKind;
import org.rudprk.record.query.RecordKindDescription;
import org.rudprk.record.query.SubtypeColumn;
import org.rudprk.seed.SeedModel.Ref;

/**
 * Writes a checked dataset into the curated tables, replacing what was there. Runs on the
 * caller's connection and transaction: Flyway's, so a failure rolls everything back.
 */
final class SeedWriter {

    /** The curated tables, replaced by every load: the common ones and each kind's. */
    private static final String CURATED_TABLES = "dataset_release, estimates, citations, claims, record_links, "
            + "record_locations, record_actors, " + RecordKind.descriptions().stream()
                    .flatMap(k -> Stream.concat(k.extraTables().stream(), Stream.of(k.table())))
                    .collect(Collectors.joining(", "))
            + ", records, location_names, locations, actor_roles, actor_names, actors, sources";

    private final Connection db;
    private final Map<String, Long> sources = new HashMap<>();
    private final Map<String, Long> actors = new HashMap<>();
    private final Map<String, Long> locations = new HashMap<>();
    private final Map<String, Long> records = new HashMap<>();
    private final Map<String, Long> claims = new HashMap<>();

    private SeedWriter(Connection db) {
        this.db = db;
    }

    static void write(Connection db, SeedModel.Dataset dataset, String version, int checksum) throws SQLException {
        new SeedWriter(db).writeAll(dataset, version, checksum);
    }

    private void writeAll(SeedModel.Dataset d, String version, int checksum) throws SQLException {
        String previous = null;
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("select version from dataset_release")) {
            if (rs.next()) {
                previous = rs.getString(1);
            }
        }
        Map<String, Map<String, String>> before = previous == null ? Map.of() : snapshot();
        try (Statement st = db.createStatement()) {
            st.execute("truncate " + CURATED_TABLES + " restart identity");
        }
        for (SeedModel.Source s : d.sources()) {
            sources.put(s.slug(), insert("""
                    insert into sources (slug, title, title_original, publisher, language, kind, published_earliest,
                        published_latest, published_precision, corpus_file, paragraph_count, url, notes)
                    values (?, ?, ?, ?, ?, ?::source_kind, ?, ?, ?::date_precision, ?, ?, ?, ?) returning id""",
                    s.slug(), s.title(), s.titleOriginal(), s.publisher(), s.language(), s.kind(),
                    earliest(s.published()), latest(s.published()), precision(s.published()), s.corpusFile(),
                    s.paragraphCount(), s.url(), s.notes()));
        }
        for (SeedModel.Actor a : d.actors()) {
            actors.put(a.slug(), insert("""
                    insert into actors (slug, kind, name, iso_code, iso_code_source_id, description)
                    values (?, ?::actor_kind, ?, ?, ?, ?) returning id""",
                    a.slug(), a.kind(), a.name(), a.isoCode(), id(sources, a.isoCodeSource()), a.description()));
        }
        for (SeedModel.Actor a : d.actors()) {
            long id = actors.get(a.slug());
            if (a.country() != null) {
                update("update actors set country_id = ? where id = ?", id(actors, a.country()), id);
            }
            update("insert into actor_names (actor_id, name, language, kind) values (?, ?, 'en', 'CANONICAL')",
                    id, a.name());
            for (SeedModel.Name n : a.names()) {
                update("""
                        insert into actor_names (actor_id, name, language, kind, source_id, paragraph)
                        values (?, ?, ?, ?::name_kind, ?, ?)
                        on conflict (actor_id, name, language) do update
                        set source_id = excluded.source_id, paragraph = excluded.paragraph""",
                        id, n.name(), n.language(), n.kind(), id(sources, n.source()), n.paragraph());
            }
            for (SeedModel.Role r : a.roles()) {
                update("""
                        insert into actor_roles (actor_id, title, organisation_id, start_earliest, start_latest,
                            start_precision, end_earliest, end_latest, end_precision, source_id, paragraph)
                        values (?, ?, ?, ?, ?, ?::date_precision, ?, ?, ?::date_precision, ?, ?)""",
                        id, r.title(), id(actors, r.organisation()), earliest(r.from()), latest(r.from()),
                        precision(r.from()), earliest(r.to()), latest(r.to()), precision(r.to()),
                        id(sources, r.source()), r.paragraph());
            }
        }
        for (SeedModel.Location l : d.locations()) {
            locations.put(l.slug(), insert("""
                    insert into locations (slug, name, kind, country_id, latitude, longitude, coordinates_source_id,
                        description)
                    values (?, ?, ?::location_kind, ?, ?, ?, ?, ?) returning id""",
                    l.slug(), l.name(), l.kind(), id(actors, l.country()), l.latitude(), l.longitude(),
                    id(sources, l.coordinatesSource()), l.description()));
        }
        for (SeedModel.Location l : d.locations()) {
            long id = locations.get(l.slug());
            if (l.parent() != null) {
                update("update locations set parent_id = ? where id = ?", id(locations, l.parent()), id);
            }
            update("insert into location_names (location_id, name, language) values (?, ?, 'en')", id, l.name());
            for (SeedModel.Name n : l.names()) {
                update("""
                        insert into location_names (location_id, name, language, source_id, paragraph)
                        values (?, ?, ?, ?, ?)
                        on conflict (location_id, name, language) do update
                        set source_id = excluded.source_id, paragraph = excluded.paragraph""",
                        id, n.name(), n.language(), id(sources, n.source()), n.paragraph());
            }
        }
        for (SeedModel.Record r : d.records()) {
            writeRecord(r);
        }
        for (SeedModel.Record r : d.records()) {
            for (SeedModel.Link l : r.links()) {
                update("""
                        insert into record_links (from_record_id, to_record_id, relation)
                        values (?, ?, ?::record_relation)""",
                        records.get(r.slug()), id(records, l.record()), l.relation());
            }
        }
        try (Statement st = db.createStatement()) {
            st.execute("select refresh_search_documents()");
        }
        // The headline value in US dollars, by the rule the exports show it with (Headline).
        update("update records r set value_usd = (" + org.rudprk.common.Headline.estimate("VALUE_USD",
                org.rudprk.common.Headline.SIZE, "") + ")");
        // The aggregate's summaries of what was just written (db/V31__aggregate_cells.sql).
        try (Statement st = db.createStatement()) {
            st.execute("select refresh_aggregate_cells()");
        }
        if (previous != null && !previous.equals(version)) {
            logChanges(previous, version, before, snapshot());
        }
        update("""
                insert into dataset_release (version, checksum, record_count, actor_count, source_count)
                values (?, ?, ?, ?, ?)""",
                version, (long) checksum, d.records().size(), d.actors().size(), d.sources().size());
    }

    private void writeRecord(SeedModel.Record r) throws SQLException {
        long id = insert("""
                insert into records (slug, kind, title, summary, status, start_earliest, start_latest,
                    start_precision, end_earliest, end_latest, end_precision)
                values (?, ?::record_kind, ?, ?, ?::record_status, ?, ?, ?::date_precision, ?, ?, ?::date_precision)
                returning id""",
                r.slug(), r.kind(), r.title(), r.summary(), r.status(), earliest(r.start()), latest(r.start()),
                precision(r.start()), earliest(r.end()), latest(r.end()), precision(r.end()));
        records.put(r.slug(), id);
        // The kind's own row: record_id and its columns, then what its description writes besides.
        RecordKindDescription kind = RecordKind.valueOf(r.kind()).description();
        List<SubtypeColumn> columns = kind.columns();
        List<Object> values = new ArrayList<>(List.of(id));
        columns.forEach(c -> values.add(r.columns().get(c.name())));
        update(SubtypeColumn.insert(kind.entity(), "record_id"), values.toArray());
        kind.writeSeed(id, r.kept()::get, this::update);
        for (SeedModel.Involvement a : r.actors()) {
            update("insert into record_actors (record_id, actor_id, role, note) values (?, ?, ?::actor_role, ?)",
                    id, id(actors, a.actor()), a.role(), a.note());
        }
        for (SeedModel.Placement p : r.locations()) {
            update("""
                    insert into record_locations (record_id, location_id, role)
                    values (?, ?, ?::location_role) on conflict do nothing""",
                    id, id(locations, p.location()), p.role());
        }
        int ordinal = 1;
        int estimateOrdinal = 1;
        for (SeedModel.Citation c : r.citations()) {
            // One claims row per claim: a citation naming a shared claim joins the row the
            // first citation of that name created (the reader checked that they agree).
            String claimSlug = c.claim() != null ? c.claim() : r.slug() + "/" + ordinal;
            Long claimId = claims.get(claimSlug);
            if (claimId == null) {
                claimId = insert("""
                        insert into claims (slug, source_id, paragraph, claimant_id, stance, firmness,
                            claimed_earliest, claimed_latest, claimed_precision)
                        values (?, ?, ?, ?, ?::stance, ?::citation_firmness, ?, ?, ?::date_precision) returning id""",
                        claimSlug, id(sources, c.source()), c.paragraph(), id(actors, c.claimant()), c.stance(),
                        c.firmness(), earliest(c.claimedOn()), latest(c.claimedOn()), precision(c.claimedOn()));
                claims.put(claimSlug, claimId);
            }
            long citationId = insert("""
                    insert into citations (record_id, ordinal, source_id, paragraph, claimant_id, stance,
                        claimed_earliest, claimed_latest, claimed_precision, summary, quote, claim_id, firmness)
                    values (?, ?, ?, ?, ?, ?::stance, ?, ?, ?::date_precision, ?, ?, ?, ?::citation_firmness)
                    returning id""",
                    id, ordinal++, id(sources, c.source()), c.paragraph(), id(actors, c.claimant()), c.stance(),
                    earliest(c.claimedOn()), latest(c.claimedOn()), precision(c.claimedOn()), c.summary(),
                    c.quote(), claimId, c.firmness());
            for (SeedModel.Estimate e : c.estimates()) {
                update("""
                        insert into estimates (citation_id, record_id, ordinal, metric, low, high, unit, qualifier,
                            label, claim_id, nature)
                        values (?, ?, ?, ?::estimate_metric, ?, ?, ?, ?::estimate_qualifier, ?, ?,
                            ?::estimate_nature)""",
                        citationId, id, estimateOrdinal++, e.metric(), e.low(), e.high(), e.unit(), e.qualifier(),
                        e.label(), claimId, e.nature());
            }
        }
        // The period's basis, as the ordinals of the citations it names.
        java.util.List<Integer> basis = new java.util.ArrayList<>();
        for (int i = 0; i < r.citations().size(); i++) {
            SeedModel.Citation c = r.citations().get(i);
            for (SeedModel.Basis b : r.basis()) {
                if (b.source() != null && c.source() != null && b.source().slug().equals(c.source().slug())
                        && b.paragraph() != null && b.paragraph() == c.paragraph() && !basis.contains(i + 1)) {
                    basis.add(i + 1);
                }
            }
        }
        if (!basis.isEmpty()) {
            try (PreparedStatement ps = db.prepareStatement("update records set period_basis = ? where id = ?")) {
                ps.setArray(1, db.createArrayOf("integer", basis.toArray()));
                ps.setLong(2, id);
                ps.executeUpdate();
            }
        }
    }

    /**
     * What a release says, field by field: for each record ("RECORD slug") and citation
     * ("CITATION slug|source#paragraph claimant [n]", n counting citations of a record that
     * share source, paragraph and claimant) the value of each field as text.
     */
    private Map<String, Map<String, String>> snapshot() throws SQLException {
        String sql = """
                select 'RECORD ' || r.slug as item, f.key as field, f.value as value
                from records r
                cross join lateral jsonb_each_text(jsonb_strip_nulls(jsonb_build_object(
                    'kind', r.kind, 'title', r.title, 'summary', r.summary, 'status', r.status,
                    'start', r.start_earliest || '..' || r.start_latest || ' ' || r.start_precision,
                    'end', r.end_earliest || '..' || r.end_latest || ' ' || r.end_precision,
                    'basis', nullif(array_to_string(r.period_basis, ','), '')))) f
                union all
                select 'CITATION ' || x.slug || '|' || x.k || ' [' || x.n || ']' as item, f.key as field, f.value as value
                from (select y.*, row_number() over (partition by y.slug, y.k order by y.ordinal) as n
                      from (select r.slug, c.ordinal, c.id, c.stance, c.firmness, c.summary, c.quote,
                                   c.claimed_earliest, c.claimed_latest, c.claimed_precision, cl.slug as claim,
                                   s.slug || '#' || c.paragraph || ' ' || coalesce(a.slug, '(article)') as k
                            from citations c join records r on r.id = c.record_id
                            join sources s on s.id = c.source_id join claims cl on cl.id = c.claim_id
                            left join actors a on a.id = c.claimant_id) y) x
                cross join lateral jsonb_each_text(jsonb_strip_nulls(jsonb_build_object(
                    'stance', x.stance, 'firmness', x.firmness, 'summary', x.summary, 'quote', x.quote,
                    'claimedOn', x.claimed_earliest || '..' || x.claimed_latest || ' ' || x.claimed_precision,
                    'claim', x.claim,
                    'estimates', (select string_agg(e.nature || ' ' || e.metric || ' ' || e.qualifier || ' '
                                      || coalesce(e.low::text, '') || '..' || coalesce(e.high::text, '') || ' '
                                      || e.unit || coalesce(' (' || e.label || ')', ''), '; ' order by e.ordinal)
                                  from estimates e where e.citation_id = x.id)))) f
                """;
        Map<String, Map<String, String>> out = new java.util.TreeMap<>();
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.computeIfAbsent(rs.getString("item"), k -> new java.util.TreeMap<>()).put(rs.getString("field"),
                        rs.getString("value"));
            }
        }
        return out;
    }

    /** Writes what changed between two snapshots into dataset_changes. */
    private void logChanges(String previous, String version, Map<String, Map<String, String>> before,
            Map<String, Map<String, String>> after) throws SQLException {
        java.util.Set<String> keys = new java.util.TreeSet<>(before.keySet());
        keys.addAll(after.keySet());
        for (String key : keys) {
            boolean record = key.startsWith("RECORD ");
            String rest = key.substring(key.indexOf(' ') + 1);
            String slug = record ? rest : rest.substring(0, rest.indexOf('|'));
            String citation = record ? null : rest.substring(rest.indexOf('|') + 1);
            Map<String, String> old = before.get(key);
            Map<String, String> now = after.get(key);
            if (old == null || now == null) {
                change(version, previous, record, slug, citation, old == null ? "ADDED" : "REMOVED", null, null, null);
                continue;
            }
            java.util.Set<String> fields = new java.util.TreeSet<>(old.keySet());
            fields.addAll(now.keySet());
            for (String field : fields) {
                if (!java.util.Objects.equals(old.get(field), now.get(field))) {
                    change(version, previous, record, slug, citation, "CHANGED", field, old.get(field),
                            now.get(field));
                }
            }
        }
    }

    private void change(String version, String previous, boolean record, String slug, String citation,
            String change, String field, String oldValue, String newValue) throws SQLException {
        update("""
                insert into dataset_changes (version, previous_version, entity, record_slug, citation_key, change,
                    field, old_value, new_value) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                version, previous, record ? "RECORD" : "CITATION", slug, citation, change, field, oldValue, newValue);
    }

    private static Long id(Map<String, Long> ids, Ref ref) {
        return ref == null ? null : ids.get(ref.slug());
    }

    private static Date earliest(FuzzyDate d) {
        return d == null ? null : Date.valueOf(d.earliest());
    }

    private static Date latest(FuzzyDate d) {
        return d == null ? null : Date.valueOf(d.latest());
    }

    private static String precision(FuzzyDate d) {
        return d == null ? null : d.precision().name();
    }

    private long insert(String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = prepare(sql, params); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void update(String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = prepare(sql, params)) {
            ps.executeUpdate();
        }
    }

    private PreparedStatement prepare(String sql, Object... params) throws SQLException {
        PreparedStatement ps = db.prepareStatement(sql);
        for (int i = 0; i < params.length; i++) {
            Object p = params[i];
            if (p == null) {
                ps.setNull(i + 1, Types.NULL);
            } else if (p instanceof BigDecimal b) {
                ps.setBigDecimal(i + 1, b);
            } else {
                ps.setObject(i + 1, p);
            }
        }
        return ps;
    }
}
