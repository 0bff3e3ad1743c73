package org.rudprk.citation.query;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.rudprk.common.FuzzyDate;
import org.rudprk.common.NestedPages;
import org.rudprk.common.Row;
import org.rudprk.common.Sql;
import org.rudprk.citation.CitationFirmness;
import org.rudprk.citation.EstimateMetric;
import org.rudprk.citation.EstimateNature;
import org.rudprk.citation.EstimateQualifier;
import org.rudprk.citation.Stance;
import org.rudprk.citation.api.Citation;
import org.rudprk.citation.api.Estimate;
import org.rudprk.citation.api.EstimateConnection;

/** Citations and estimates, loaded in batches keyed by their parents. */
@ApplicationScoped
public class CitationRepository {

    /**
     * The claim a citation of record {@code r} supports, as {@link Citation#claim()} names it: the
     * claim's slug ({@code cl}), or {@code <record slug>/<ordinal>} for a claim of one record. The
     * one place this rule is written for reads (the seed loader writes claims' slugs).
     */
    public static final String CLAIM_SLUG = "coalesce(cl.slug, r.slug || '/' || c.ordinal)";

    private static final String COLUMNS = """
            select c.id, c.record_id, r.slug as record_slug, c.source_id, c.claimant_id, c.ordinal, c.paragraph,
                   c.stance::text as stance, c.claimed_earliest, c.claimed_latest,
                   c.claimed_precision::text as claimed_precision, c.summary, c.quote, c.firmness::text as firmness,
                   %s as claim_slug,
                   s.kind::text <> 'REFERENCE' as in_articles""".formatted(CitationRepository.CLAIM_SLUG);
    private static final String FROM = " from citations c join records r on r.id = c.record_id left join claims cl on "
            + "cl.id = c.claim_id join sources s on s.id = c.source_id ";
    private static final String SELECT = COLUMNS + FROM;

    private static final String ESTIMATE_COLUMNS = "select e.id, e.citation_id, e.record_id, e.metric::text as metric, "
            + "e.low, e.high, e.unit, e.qualifier::text as qualifier, e.label, e.nature::text as nature";

    /** The citations of record {@code parent_.id}, in curated order (NestedPages). */
    public static final NestedPages.Relation<Citation> OF_RECORD = NestedPages.Relation.of("RECORD_CITATIONS",
            COLUMNS + " {keys}" + FROM + "where c.record_id = parent_.id", List.of(new NestedPages.Key("c.ordinal",
                    "integer")), CitationRepository::map);

    /** The citations that date record {@code parent_.id}'s period, in curated order (NestedPages). */
    public static final NestedPages.Relation<Citation> PERIOD_BASIS = NestedPages.Relation.of("PERIOD_BASIS",
            COLUMNS + " {keys}" + FROM + "where c.record_id = parent_.id and c.ordinal = any(r.period_basis)",
            List.of(new NestedPages.Key("c.ordinal", "integer")), CitationRepository::map);

    /** The citations of source {@code parent_.id}, by paragraph (NestedPages). */
    public static final NestedPages.Relation<Citation> OF_SOURCE = NestedPages.Relation.of("SOURCE_CITATIONS",
            COLUMNS + " {keys}" + FROM + "where c.source_id = parent_.id", List.of(new NestedPages.Key("c.paragraph",
                    "integer"), new NestedPages.Key("r.slug", "text"), new NestedPages.Key("c.ordinal", "integer")),
            CitationRepository::map);

    /** The claims actor {@code parent_.id} makes, with one stance when given, by record date (NestedPages). */
    public static NestedPages.Relation<Citation> ofClaimant(Stance stance) {
        return NestedPages.Relation.of("ACTOR_CLAIMS", COLUMNS + " {keys}" + FROM + "where c.claimant_id = "
                + "parent_.id" + (stance == null ? "" : " and c.stance = '" + stance.name() + "'"), List.of(
                        new NestedPages.Key("r.start_earliest", "date"), new NestedPages.Key("r.slug", "text"),
                        new NestedPages.Key("c.ordinal", "integer")), CitationRepository::map);
    }

    /** The estimates of record {@code parent_.id}, of one metric when given, in order (NestedPages). */
    public static NestedPages.Relation<Estimate> estimatesOfRecord(EstimateMetric metric) {
        return NestedPages.Relation.of("RECORD_ESTIMATES", ESTIMATE_COLUMNS + " {keys} from estimates e where "
                + "e.record_id = parent_.id" + (metric == null ? "" : " and e.metric = '" + metric.name() + "'"),
                List.of(new NestedPages.Key("e.ordinal", "integer"), new NestedPages.Key("e.id", "bigint")),
                CitationRepository::estimate);
    }

    /** The estimates citation {@code parent_.id} gives, in order (NestedPages). */
    public static final NestedPages.Relation<Estimate> OF_CITATION = NestedPages.Relation.of("CITATION_ESTIMATES",
            ESTIMATE_COLUMNS + " {keys} from estimates e where e.citation_id = parent_.id", List.of(
                    new NestedPages.Key("e.ordinal", "integer"), new NestedPages.Key("e.id", "bigint")),
            CitationRepository::estimate);

    @Inject
    NestedPages nested;

    /** For each record, a page of its estimates of one metric (all when null); for batch resolvers. */
    public List<EstimateConnection> estimatePages(List<? extends org.rudprk.record.api.RecordBase> records,
            EstimateMetric metric, Integer first, String after) {
        return pages(records.stream().map(r -> r.dbId()).toList(), estimatesOfRecord(metric), first, after,
                EstimateConnection.EstimateEdge::new, EstimateConnection::new);
    }

    /** Pages of a nested list for a batch of parents, counted when the client asked for totalCount. */
    public <T, E extends org.rudprk.common.Edge<T>, C> List<C> pages(List<Long> parents,
            NestedPages.Relation<T> relation, Integer first, String after,
            java.util.function.BiFunction<String, T, E> edge,
            java.util.function.BiFunction<org.rudprk.common.Pages.Page<E>, Integer, C> connection) {
        return nested.pages(parents, relation, first, after, edge, connection);
    }

    private static Estimate estimate(Row r) {
        return new Estimate(r.id("id"), r.id("citation_id"), r.id("record_id"), r.enumOf(EstimateMetric.class, "metric"),
                r.decimal("low"), r.decimal("high"), r.text("unit"), r.enumOf(EstimateQualifier.class, "qualifier"),
                r.text("label"), r.enumOf(EstimateNature.class, "nature"));
    }

    @Inject
    EntityManager em;

    /** One statement: a unique-index probe on (record slug, ordinal). */
    public Citation byRecordSlugAndOrdinal(String recordSlug, int ordinal) {
        List<Citation> found = list(new Sql().append(SELECT + " where r.slug = ? and c.ordinal = ?", recordSlug,
                ordinal));
        return found.isEmpty() ? null : found.get(0);
    }

    /** One statement per batch: {@code where c.id in (keys)}, at most one row per key. */
    public Map<Long, Citation> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return list(new Sql().append(SELECT + " where c.id in (?) order by c.id", List.copyOf(ids))).stream()
                .collect(java.util.stream.Collectors.toMap(Citation::dbId, c -> c));
    }

    private List<Citation> list(Sql sql) {
        return sql.rows(em, false).stream().map(CitationRepository::map).toList();
    }

    private static Citation map(Row r) {
        return new Citation(r.id("id"), r.id("record_id"), r.text("record_slug"), r.id("source_id"),
                r.longOrNull("claimant_id"), r.integer("ordinal"), r.integer("paragraph"),
                r.enumOf(Stance.class, "stance"), FuzzyDate.read(r, "claimed_"), r.text("summary"), r.text("quote"),
                r.enumOf(CitationFirmness.class, "firmness"), r.text("claim_slug"), r.bool("in_articles"));
    }
}
