package org.rudprk.citation;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.rudprk.common.DatePrecision;
import org.rudprk.common.FuzzyDate;
import org.rudprk.record.RecordRepository;

/** Citations and estimates, loaded in batches keyed by their parents. */
@ApplicationScoped
public class CitationRepository {

    private static final String SELECT = """
            select c.id, c.record_id, r.slug, c.source_id, c.claimant_id, c.ordinal, c.paragraph, c.stance::text,
                   c.claimed_earliest, c.claimed_latest, c.claimed_precision::text, c.summary, c.quote,
                   c.firmness::text, cl.slug, s.kind::text <> 'REFERENCE'
            from citations c join records r on r.id = c.record_id join claims cl on cl.id = c.claim_id
                 join sources s on s.id = c.source_id
            """;

    @Inject
    EntityManager em;

    public Map<Long, List<Citation>> byRecord(Collection<Long> recordIds) {
        return RecordRepository.group(query("c.record_id in (?1)", "c.record_id, c.ordinal", recordIds),
                Citation::recordId);
    }

    public Map<Long, List<Citation>> bySource(Collection<Long> sourceIds) {
        return RecordRepository.group(query("c.source_id in (?1)", "c.source_id, c.paragraph, r.slug, c.ordinal",
                sourceIds), Citation::sourceId);
    }

    public Map<Long, List<Citation>> byClaimant(Collection<Long> actorIds, Stance stance) {
        List<Citation> found = query("c.claimant_id in (?1)", "c.claimant_id, r.start_earliest, r.slug, c.ordinal",
                actorIds);
        if (stance != null) {
            found = found.stream().filter(c -> c.stance() == stance).toList();
        }
        return RecordRepository.group(found, Citation::claimantId);
    }

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

    public Map<Long, List<Estimate>> estimatesByCitation(Collection<Long> citationIds) {
        if (citationIds.isEmpty()) {
            return Map.of();
        }
        return RecordRepository.group(EstimateEntity.<EstimateEntity>list(
                "citationId in ?1 order by citationId, ordinal", citationIds).stream().map(Estimate::of).toList(),
                Estimate::citationId);
    }

    /** A record's estimates, optionally of one metric only, in citation order. */
    public Map<Long, List<Estimate>> estimatesByRecord(Collection<Long> recordIds, EstimateMetric metric) {
        if (recordIds.isEmpty()) {
            return Map.of();
        }
        List<EstimateEntity> found = metric == null
                ? EstimateEntity.list("recordId in ?1 order by recordId, ordinal", recordIds)
                : EstimateEntity.list("recordId in ?1 and metric = ?2 order by recordId, ordinal", recordIds, metric);
        return RecordRepository.group(found.stream().map(Estimate::of).toList(), Estimate::recordId);
    }

    /** For each record, its estimates of one metric, in citation order; for batch resolvers. */
    public List<List<Estimate>> estimatesOf(List<? extends org.rudprk.record.RecordBase> records,
            EstimateMetric metric) {
        Map<Long, List<Estimate>> found = estimatesByRecord(records.stream().map(r -> r.dbId()).toList(), metric);
        return records.stream().map(r -> found.getOrDefault(r.dbId(), List.<Estimate>of())).toList();
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
