package org.rudprk.citation;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.rudprk.common.DatePrecision;
import org.rudprk.common.FuzzyDate;
import org.rudprk.common.NestedPages;
import org.rudprk.record.RecordRepository;

/** Citations and estimates, loaded in batches keyed by their parents. */
@ApplicationScoped
public class CitationRepository {

    private static final String COLUMNS = """
            select c.id, c.record_id, r.slug, c.source_id, c.claimant_id, c.ordinal, c.paragraph, c.stance::text,
                   c.claimed_earliest, c.claimed_latest, c.claimed_precision::text, c.summary, c.quote,
                   c.firmness::text, cl.slug, s.kind::text <> 'REFERENCE'""";
    private static final String FROM = " from citations c join records r on r.id = c.record_id join claims cl on "
            + "cl.id = c.claim_id join sources s on s.id = c.source_id ";
    private static final String SELECT = COLUMNS + FROM;

    private static final String ESTIMATE_COLUMNS = "select e.id, e.citation_id, e.record_id, e.metric::text, e.low, "
            + "e.high, e.unit, e.qualifier::text, e.label, e.nature::text";

    /** The citations of record {@code parent_.id}, in curated order (NestedPages). */
    public static final NestedPages.Relation<Citation> OF_RECORD = new NestedPages.Relation<>("RECORD_CITATIONS",
            COLUMNS + " {keys}" + FROM + "where c.record_id = parent_.id", List.of(new NestedPages.Key("c.ordinal",
                    "integer")), CitationRepository::map);

    /** The citations of source {@code parent_.id}, by paragraph (NestedPages). */
    public static final NestedPages.Relation<Citation> OF_SOURCE = new NestedPages.Relation<>("SOURCE_CITATIONS",
            COLUMNS + " {keys}" + FROM + "where c.source_id = parent_.id", List.of(new NestedPages.Key("c.paragraph",
                    "integer"), new NestedPages.Key("r.slug", "text"), new NestedPages.Key("c.ordinal", "integer")),
            CitationRepository::map);

    /** The claims actor {@code parent_.id} makes, with one stance when given, by record date (NestedPages). */
    public static NestedPages.Relation<Citation> ofClaimant(Stance stance) {
        return new NestedPages.Relation<>("ACTOR_CLAIMS", COLUMNS + " {keys}" + FROM + "where c.claimant_id = "
                + "parent_.id" + (stance == null ? "" : " and c.stance = '" + stance.name() + "'"), List.of(
                        new NestedPages.Key("r.start_earliest", "date"), new NestedPages.Key("r.slug", "text"),
                        new NestedPages.Key("c.ordinal", "integer")), CitationRepository::map);
    }

    /** The estimates of record {@code parent_.id}, of one metric when given, in order (NestedPages). */
    public static NestedPages.Relation<Estimate> estimatesOfRecord(EstimateMetric metric) {
        return new NestedPages.Relation<>("RECORD_ESTIMATES", ESTIMATE_COLUMNS + " {keys} from estimates e where "
                + "e.record_id = parent_.id" + (metric == null ? "" : " and e.metric = '" + metric.name() + "'"),
                List.of(new NestedPages.Key("e.ordinal", "integer"), new NestedPages.Key("e.id", "bigint")),
                CitationRepository::estimate);
    }

    /** The estimates citation {@code parent_.id} gives, in order (NestedPages). */
    public static final NestedPages.Relation<Estimate> OF_CITATION = new NestedPages.Relation<>("CITATION_ESTIMATES",
            ESTIMATE_COLUMNS + " {keys} from estimates e where e.citation_id = parent_.id", List.of(
                    new NestedPages.Key("e.ordinal", "integer"), new NestedPages.Key("e.id", "bigint")),
            CitationRepository::estimate);

    @Inject
    NestedPages nested;

    /** For each record, a page of its estimates of one metric (all when null); for batch resolvers. */
    public List<EstimateConnection> estimatePages(List<? extends org.rudprk.record.RecordBase> records,
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

    private static Estimate estimate(Object[] r) {
        return new Estimate(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), ((Number) r[2]).longValue(),
                EstimateMetric.valueOf((String) r[3]), decimal(r[4]), decimal(r[5]), (String) r[6],
                EstimateQualifier.valueOf((String) r[7]), (String) r[8], EstimateNature.valueOf((String) r[9]));
    }

    private static java.math.BigDecimal decimal(Object v) {
        return v == null ? null : v instanceof java.math.BigDecimal b ? b : new java.math.BigDecimal(v.toString());
    }

    @Inject
    EntityManager em;

    /** For each record, the citations its period's basis names, in citation order. */
    public Map<Long, List<Citation>> periodBasis(Collection<Long> recordIds) {
        return RecordRepository.group(query("c.record_id in (?1) and c.ordinal = any(r.period_basis)",
                "c.record_id, c.ordinal", recordIds), Citation::recordId);
    }

    public Citation byRecordSlugAndOrdinal(String recordSlug, int ordinal) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(SELECT + " where r.slug = ?1 and c.ordinal = ?2", Object[].class)
                .setParameter(1, recordSlug).setParameter(2, ordinal).getResultList();
        return rows.isEmpty() ? null : map(rows.get(0));
    }

    public Map<Long, Citation> byIds(Collection<Long> ids) {
        return query("c.id in (?1)", "c.id", ids).stream()
                .collect(java.util.stream.Collectors.toMap(Citation::dbId, c -> c));
    }

    private List<Citation> query(String where, String order, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(SELECT + " where " + where + " order by " + order, Object[].class)
                .setParameter(1, List.copyOf(ids)).getResultList();
        return rows.stream().map(CitationRepository::map).toList();
    }

    private static Citation map(Object[] r) {
        FuzzyDate claimed = r[8] == null ? null
                : new FuzzyDate(RecordRepository.date(r[8]), RecordRepository.date(r[9]),
                        DatePrecision.valueOf((String) r[10]));
        return new Citation(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), (String) r[2],
                ((Number) r[3]).longValue(), r[4] == null ? null : ((Number) r[4]).longValue(),
                ((Number) r[5]).intValue(), ((Number) r[6]).intValue(), Stance.valueOf((String) r[7]), claimed,
                (String) r[11], (String) r[12], CitationFirmness.valueOf((String) r[13]), (String) r[14],
                (Boolean) r[15]);
    }
}
