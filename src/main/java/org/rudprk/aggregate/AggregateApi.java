package org.rudprk.aggregate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.rudprk.actor.Actor;
import org.rudprk.actor.ActorRepository;
import org.rudprk.citation.EstimateMetric;
import org.rudprk.common.Filters;
import org.rudprk.common.InvalidArgumentException;
import org.rudprk.common.Sql;
import org.rudprk.record.RecordFilter;
import org.rudprk.record.RecordFilters;
import org.rudprk.record.RecordKind;
import org.rudprk.record.RecordRepository;
import org.rudprk.record.RecordStatus;
import org.rudprk.shipment.ShipmentCategory;

/** Counts and estimate sums over records, grouped by dimensions. */
@GraphQLApi
public class AggregateApi {

    @Inject
    EntityManager em;

    @Inject
    ActorRepository actors;

    @Inject
    RecordRepository records;

    @Query
    @Description("Counts and sums of estimates over the records matching a filter, grouped by one or more "
            + "dimensions: e.g. total reported value of shipments by year and category, with low and high bounds. "
            + "Records without an estimate are counted (countWithoutEstimate), never silently dropped.")
    public List<@NonNull AggregateGroup> aggregate(
            @NonNull @Description("What to group by; several dimensions give their combinations. Empty: one group "
                    + "of everything.") List<@NonNull Dimension> groupBy,
            @Description("Only records matching this condition.") RecordFilter filter,
            @DefaultValue("VALUE_USD") @Description("Which estimates to sum.") EstimateMetric metric) {
        if (groupBy.size() != groupBy.stream().distinct().count()) {
            throw new InvalidArgumentException("argument 'groupBy' names a dimension twice");
        }
        List<Dimension> dims = List.copyOf(groupBy);
        Sql condition = RecordFilters.toSql(filter, new Filters(records::actorIdsBySlug));

        // keyed: one row per record and combination of dimension values.
        StringBuilder select = new StringBuilder("select r.id");
        for (Dimension d : dims) {
            select.append(", ").append(d.sql).append(" as d_").append(d.name().toLowerCase());
        }
        Sql keyed = new Sql().append(select + " from records r");
        if (dims.contains(Dimension.SUPPLIER)) {
            keyed.append(" left join record_actors sup on sup.record_id = r.id and sup.role = 'SUPPLIER'");
        }
        if (dims.contains(Dimension.RECIPIENT)) {
            keyed.append(" left join record_actors rec on rec.record_id = r.id and rec.role = 'RECIPIENT'");
        }
        keyed.append(" where true");
        if (condition != null) {
            keyed.append(" and (").append(condition).append(")");
        }
        String dimCols = dims.stream().map(d -> "k.d_" + d.name().toLowerCase()).reduce((a, b) -> a + ", " + b)
                .orElse("");
        String groupCols = dimCols.isEmpty() ? "" : dimCols + ", ";
        String groupBySql = dimCols.isEmpty() ? "" : " group by " + dimCols;

        // env: each record's envelope per unit: lowest low (0 where none given), highest high
        // (null where any claim gives none). Joined, never probed row by row: "exists (select
        // from env ...)" per keyed row scanned env once per row, quadratic in the records matched.
        String env = """
                env as (select e.record_id, e.unit, min(coalesce(e.low, 0)) as lo,
                               case when bool_or(e.high is null) then null else max(e.high) end as hi
                        from (select distinct id from keyed) k join estimates e on e.record_id = k.id
                        where e.metric = cast(? as estimate_metric) group by e.record_id, e.unit)
                """;
        // One statement: the groups' counts (rows 'C') and their sums per unit (rows 'S') share
        // the keyed and env CTEs, which PostgreSQL then computes once; two statements computed
        // them twice and planned twice.
        Sql both = new Sql().append("with keyed as (").append(keyed).append("), ")
                .append(env, metric.name())
                .append(", estimated as (select distinct record_id from env) ")
                .append("select 'C' as part, " + groupCols + "null::text as unit, count(distinct k.id) as n, "
                        + "count(distinct k.id) filter (where estimated.record_id is not null) as m, "
                        + "null::numeric as lo, null::numeric as hi "
                        + "from keyed k left join estimated on estimated.record_id = k.id" + groupBySql
                        + " union all "
                        + "select 'S', " + groupCols + "env.unit, count(*), count(*) filter (where env.hi is null), "
                        + "sum(env.lo), case when bool_or(env.hi is null) then null else sum(env.hi) end "
                        + "from keyed k join env on env.record_id = k.id"
                        + (dimCols.isEmpty() ? " group by env.unit" : groupBySql + ", env.unit")
                        + " order by 1, " + (dims.size() + 2));

        Map<List<Object>, List<EstimateSum>> sumsByKey = new LinkedHashMap<>();
        List<Object[]> countRows = new ArrayList<>();
        int at = dims.size() + 1;
        for (Object[] row : rows(both)) {
            if ("C".equals(row[0])) {
                countRows.add(row);
                continue;
            }
            List<Object> key = Arrays.asList(Arrays.copyOfRange(row, 1, at));
            sumsByKey.computeIfAbsent(key, k -> new ArrayList<>()).add(new EstimateSum((String) row[at],
                    ((Number) row[at + 1]).intValue(), decimal(row[at + 3]), decimal(row[at + 4]),
                    ((Number) row[at + 2]).intValue()));
        }
        List<AggregateGroup> groups = new ArrayList<>();
        for (Object[] row : countRows) {
            List<Object> key = Arrays.asList(Arrays.copyOfRange(row, 1, at));
            int count = ((Number) row[at + 1]).intValue();
            int withEstimate = ((Number) row[at + 2]).intValue();
            groups.add(new AggregateGroup(
                    (Integer) value(key, dims, Dimension.YEAR),
                    enumValue(RecordKind.class, value(key, dims, Dimension.KIND)),
                    enumValue(RecordStatus.class, value(key, dims, Dimension.STATUS)),
                    enumValue(ShipmentCategory.class, value(key, dims, Dimension.CATEGORY)),
                    id(value(key, dims, Dimension.SUPPLIER)), id(value(key, dims, Dimension.RECIPIENT)),
                    count, withEstimate, count - withEstimate, sumsByKey.getOrDefault(key, List.of())));
        }
        groups.sort(AggregateApi::compare);
        return groups;
    }

    @Description("The supplier, when grouped by SUPPLIER (null for records without one).")
    public List<Actor> supplier(@Source List<AggregateGroup> groups) {
        return actors.inOrder(groups.stream().map(AggregateGroup::supplierId).toList());
    }

    @Description("The recipient, when grouped by RECIPIENT (null for records without one).")
    public List<Actor> recipient(@Source List<AggregateGroup> groups) {
        return actors.inOrder(groups.stream().map(AggregateGroup::recipientId).toList());
    }

    /** Planned for the filter's own values (see {@link Sql#rows}). */
    private List<Object[]> rows(Sql sql) {
        return sql.rows(em, true);
    }

    private static Object value(List<Object> key, List<Dimension> dims, Dimension d) {
        int i = dims.indexOf(d);
        return i < 0 ? null : key.get(i);
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, Object value) {
        return value == null ? null : Enum.valueOf(type, value.toString());
    }

    private static Long id(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    private static BigDecimal decimal(Object value) {
        return value == null ? null : new BigDecimal(value.toString());
    }

    /** Stable group order: by year, then the other keys, nulls last. */
    private static int compare(AggregateGroup a, AggregateGroup b) {
        int c = java.util.Comparator.nullsLast(Integer::compare).compare(a.year(), b.year());
        if (c == 0) {
            c = java.util.Comparator.nullsLast(String::compareTo).compare(
                    String.valueOf(a.kind()) + a.status() + a.category() + a.supplierId() + a.recipientId(),
                    String.valueOf(b.kind()) + b.status() + b.category() + b.supplierId() + b.recipientId());
        }
        return c;
    }
}
