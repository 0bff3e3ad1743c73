package org.rudprk.search.query;

import java.math.BigDecimal;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.rudprk.common.Sql;
import org.rudprk.search.SearchType;

/**
 * Runs searches over {@code search_documents} (see db/V2__search.sql): the text becomes a
 * text-search query through {@code search_tsquery}, matches are scored in SQL, and only the
 * page's hits get an excerpt.
 */
@ApplicationScoped
public class SearchRepository {

    /** One hit as found: the exact score is kept for the cursor. */
    public record Row(SearchType type, long entityId, String slug, BigDecimal score, String matched) {
    }

    /** The keyset position of the last hit seen. */
    public record After(BigDecimal score, SearchType type, String slug) {
    }

    /** The text folded and turned into a text-search query, once per statement. */
    private static final String QUERY = """
            with q as materialized (select search_fold(?) as folded, search_tsquery(?) as query)
            """;

    /**
     * Score: full-text rank (cover density, names and titles weighted A, the rest B, scaled into
     * 0..1) + how much of the text as typed is found in the document (0..1) + how closely it
     * spells one of the document's names (0..1, 1 for a name exactly). Rounded so that it
     * survives a round trip through a cursor exactly.
     */
    private static final String SCORE = """
            round(cast(ts_rank_cd(d.tsv, q.query, 32) + search_similarity(q.folded, d.folded)
                       + search_name_similarity(q.folded, d.folded_names) as numeric), 4)
            """;

    @Inject
    EntityManager em;

    /**
     * Up to {@code size + 1} hits, best first, after the given position. One statement: the
     * matches scored, keyset on (score, kind, slug), literal LIMIT size+1, excerpts for that page only.
     */
    public List<Row> page(String text, List<SearchType> types, After after, int size) {
        Sql sql = new Sql().append(QUERY, text, text).append("""
                , hits as (
                    select d.kind, d.entity_id, d.slug, d.title, d.names, d.body, %s as score
                    from search_documents d, q
                    where d.tsv @@ q.query""".formatted(SCORE)).append(kinds(types)).append("""
                ),
                page as (
                    select * from hits where true""");
        if (after != null) {
            // (score desc, kind, slug) as one row comparison.
            sql.append(" and (-score, kind, slug) > (-cast(? as numeric), ?, ?)", after.score(), after.type().name(),
                    after.slug());
        }
        sql.append(" order by score desc, kind, slug limit " + (size + 1)).append("""
                )
                select p.kind, p.entity_id, p.slug, p.score,
                       search_excerpt(p.title, p.names, p.body, q.query, ?) as matched
                from page p, q
                order by p.score desc, p.kind, p.slug""", text);
        return sql.rows(em, false).stream().map(r -> new Row(r.enumOf(SearchType.class, "kind"), r.id("entity_id"),
                r.text("slug"), r.decimal("score"), r.text("matched"))).toList();
    }

    /** The synonym groups (db/V7), each a sorted list of terms, groups in order of their first term. */
    public List<List<String>> synonyms() {
        java.util.Map<String, List<String>> groups = new java.util.TreeMap<>();
        for (org.rudprk.common.Row r : new Sql().append("select grp, term from search_synonyms order by grp, term")
                .rows(em, false)) {
            groups.computeIfAbsent(r.text("grp"), k -> new java.util.ArrayList<>()).add(r.text("term"));
        }
        return groups.values().stream().map(List::copyOf).sorted(java.util.Comparator.comparing(g -> g.get(0)))
                .toList();
    }

    /** How many hits the search has in all. */
    public long count(String text, List<SearchType> types) {
        Sql sql = new Sql().append(QUERY, text, text)
                .append("select count(*) from search_documents d, q where d.tsv @@ q.query").append(kinds(types));
        return sql.count(em, false);
    }

    private static Sql kinds(List<SearchType> types) {
        Sql sql = new Sql();
        if (types != null) {
            sql.append(" and d.kind in (?)", types.stream().map(Enum::name).distinct().toList());
        }
        return sql;
    }
}
