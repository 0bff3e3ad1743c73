package org.rudprk.aggregate;

import java.util.ArrayList;
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
import org.rudprk.actor.api.Actor;
import org.rudprk.actor.query.ActorRepository;
import org.rudprk.citation.EstimateMetric;
import org.rudprk.citation.EstimateNature;
import org.rudprk.common.DatePrecision;
import org.rudprk.common.FuzzyDate;
import org.rudprk.common.Filters;
import org.rudprk.common.InvalidArgumentException;
import org.rudprk.common.Row;
import org.rudprk.common.Sql;
import org.rudprk.record.api.RecordFilter;
import org.rudprk.record.query.RecordFilters;
import org.rudprk.record.RecordKind;
import org.rudprk.record.RecordStatus;
import org.rudprk.shipment.ShipmentCategory;

/** Counts and estimate sums over records, grouped by dimensions. */
@GraphQLApi
public class AggregateApi {

    /** Most groups one aggregate answers; more is an error asking for a narrower question. */
    public static final int MAX_GROUPS = 1000;
    /** Most claim identities one sum lists; claimCount always counts them all. */
    public static final int MAX_LISTED_CLAIMS = 100;

    @Inject
    EntityManager em;

    @Inject
    ActorRepository actors;

    @Inject
    io.smallrye.graphql.api.Context context;

    @Query
    @Description("Counts and sums over the records matching a filter and the claims that support them, grouped by "
            + "dimensions of records (YEAR, KIND, STATUS, CATEGORY, SUPPLIER, RECIPIENT) and of claims (CLAIMANT, "
            + "CLAIMANT_COUNTRY, SOURCE, CLAIM_DATE): e.g. how many troops, according to whom. What is added up: "
            + "the numbers (estimates) of the given metric and nature that the group's claims give, each claim once "
            + "however many records it supports, per unit (see EstimateSum). Records without such a number are "
            + "counted (countWithoutEstimate), never silently dropped. Thresholds, hypotheses and forecasts are "
            + "summed only when asked for with 'nature', and never together with estimates of what happened.")
    public List<@NonNull AggregateGroup> aggregate(
            @NonNull @Description("What to group by; several dimensions give their combinations. Empty: one group "
                    + "of everything.") List<@NonNull Dimension> groupBy,
            @Description("Only records matching this condition.") RecordFilter filter,
            @DefaultValue("VALUE_USD") @Description("Which estimates to sum.") EstimateMetric metric,
            @DefaultValue("ESTIMATE") @Description("Which kind of number to sum: ESTIMATE (what happened, the "
                    + "default), or THRESHOLD, HYPOTHESIS or FORECAST, each on its own.") EstimateNature nature) {
        if (groupBy.size() != groupBy.stream().distinct().count()) {
            throw new InvalidArgumentException("argument 'groupBy' names a dimension twice");
        }
        List<Dimension> dims = List.copyOf(groupBy);
        // Actor slugs are compared in the statement (a sub-select on actors.slug), not turned into
        // keys by a statement of their own first as the record lists do: this statement runs on
        // its generic plan (below), which never sees the keys' values, so the look-up would cost a
        // round trip and buy nothing. Unknown slugs are still refused from KnownSlugs, in memory.
        // Built first even when the summaries answer: it is also what checks the filter (known
        // slugs, no empty lists, limits), which AggregateCells relies on.
        Sql condition = RecordFilters.toSql(filter, new Filters());

        boolean claimsAsked = claimsAsked();
        // Summaries: the cells computed at load answer the common questions (one actor's records
        // by year, kind, status or category) in a few rows (AggregateCells); the others, and an
        // actor whose claims the cells would count twice, read the curated tables.
        List<Row> rows = null;
        Sql cells = AggregateCells.statement(dims, filter, metric, nature, claimsAsked);
        if (cells != null) {
            rows = cells.rows(em, false);
        }
        if (rows == null || AggregateCells.refused(rows)) {
            // One statement: the counts ('C' rows, one per group) and the sums ('S' rows, one per group
            // and unit). Prepared on the server once it repeats, so PostgreSQL's plan cache decides
            // (plan_cache_mode auto: five custom plans, then the generic one if it costs no more).
            // Planning this statement takes longer than running it for a small supplier (1.0-1.3 ms
            // against 0.9-1.0 ms at 1M); measured with the generic plan forced, suppliers of 60,
            // 5,000 and 12,000 shipments ran in 0.9, 238-287 and 569-615 ms (custom plans: 1.0,
            // 267-302, 530-615 ms), so the generic plan does not go wrong with the supplier's size.
            rows = statement(dims, condition, metric, nature, claimsAsked).rows(em, false);
        }
        Map<List<Object>, List<EstimateSum>> sumsByKey = new LinkedHashMap<>();
        List<Row> countRows = new ArrayList<>();
        for (Row row : rows) {
            if ("C".equals(row.text("part"))) {
                countRows.add(row);
                continue;
            }
            String slugs = row.text("claim_slugs");
            sumsByKey.computeIfAbsent(key(row, dims), k -> new ArrayList<>()).add(new EstimateSum(row.text("unit"),
                    row.integer("n"), row.decimal("lo"), row.decimal("hi"), row.integer("m"), row.integer("claims"),
                    slugs == null ? List.of() : List.of(slugs.split("\n"))));
        }
        if (countRows.size() > MAX_GROUPS) {
            throw new InvalidArgumentException("aggregate: the question has " + countRows.size() + " groups; at most "
                    + MAX_GROUPS + " are answered (group by fewer dimensions or narrow the filter)");
        }
        List<AggregateGroup> groups = new ArrayList<>();
        for (Row row : countRows) {
            List<Object> key = key(row, dims);
            int count = row.integer("n");
            int withEstimate = row.integer("m");
            groups.add(new AggregateGroup(
                    (Integer) value(key, dims, Dimension.YEAR),
                    enumValue(RecordKind.class, value(key, dims, Dimension.KIND)),
                    enumValue(RecordStatus.class, value(key, dims, Dimension.STATUS)),
                    enumValue(ShipmentCategory.class, value(key, dims, Dimension.CATEGORY)),
                    id(value(key, dims, Dimension.SUPPLIER)), id(value(key, dims, Dimension.RECIPIENT)),
                    id(value(key, dims, Dimension.CLAIMANT)), id(value(key, dims, Dimension.CLAIMANT_COUNTRY)),
                    id(value(key, dims, Dimension.SOURCE)), fuzzy(value(key, dims, Dimension.CLAIM_DATE)),
                    count, withEstimate, count - withEstimate, row.integer("claims"),
                    sumsByKey.getOrDefault(key, List.of())));
        }
        groups.sort(AggregateApi::compare);
        return groups;
    }

    /**
     * The statement over the curated tables: the counts ('C' rows, one per group) and the sums ('S'
     * rows, one per group and unit) of the records matching the condition.
     */
    static Sql statement(List<Dimension> dims, Sql condition, EstimateMetric metric, EstimateNature nature,
            boolean claimsAsked) {
        // keyed: one row per record, citation of it and combination of dimension values. Every
        // record has at least one citation, so no record is lost by the join.
        // A citation without a claim row (data written by other tools than the seed loader) is a
        // claim of its own.
        // Counting and naming the claims (claimCount, sums' claims) costs about a tenth of the
        // statement's running time (1.85 -> 1.65 ms for a 60-shipment supplier at 1M): done only
        // when the operation selects them. Their slugs need the claims table; nothing else does.
        StringBuilder select = new StringBuilder("select r.id, c.id as cid, coalesce(c.claim_id, -c.id) as claim_id, "
                + (claimsAsked ? org.rudprk.citation.query.CitationRepository.CLAIM_SLUG : "null::text") + " as claim_slug");
        for (Dimension d : dims) {
            select.append(", ").append(d.sql).append(" as ").append(d.column());
        }
        Sql keyed = new Sql().append(select + " from records r join citations c on c.record_id = r.id"
                + (claimsAsked ? " left join claims cl on cl.id = c.claim_id" : ""));
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
        String dimCols = dims.stream().map(Dimension::column).reduce((a, b) -> a + ", " + b)
                .orElse("");
        String groupCols = dimCols.isEmpty() ? "" : dimCols + ", ";
        String groupBySql = dimCols.isEmpty() ? "" : " group by " + dimCols;

        // claimed: each claim once per group, on the first record of the group it supports
        // (records are numbered in seed order), through that record's citation of it.
        // valued: the estimates of the metric and nature that any citation of keyed gives, read once
        // (it served numbers and counted with a read each: pgbench at 1M, (d), 1,740-2,110 tps
        // with two reads, 2,015-2,380 with one).
        // numbers: the estimates of valued that the claimed citations give.
        // env: per group, record and unit, the envelope of the claims placed on that record.
        Sql both = new Sql().append("with keyed as (").append(keyed).append("), ")
                .append("claimed as (select distinct on (" + groupCols + "claim_id) " + groupCols
                        + "claim_id, claim_slug, id as home, cid from keyed order by " + groupCols
                        + "claim_id, id), ")
                .append("valued as (select e.citation_id, e.unit, e.low, e.high from estimates e "
                        + "where e.metric = cast(? as estimate_metric) and e.nature = cast(? as estimate_nature) "
                        + "and e.citation_id in (select cid from keyed)), ", metric.name(), nature.name())
                .append("numbers as (select " + groupCols.replace("d_", "cl.d_")
                        + "cl.home, cl.claim_id, cl.claim_slug, e.unit, e.low, e.high "
                        + "from claimed cl join valued e on e.citation_id = cl.cid), ")
                .append("env as (select " + groupCols + "home, unit, min(coalesce(low, 0)) as lo, "
                        + "case when bool_or(high is null) then null else max(high) end as hi "
                        + "from numbers group by " + groupCols + "home, unit), ")
                .append(!claimsAsked ? "" : "named as (select " + groupCols + "unit, count(distinct claim_id) as claims, "
                        + "array_to_string((array_agg(distinct claim_slug order by claim_slug))[1:" + MAX_LISTED_CLAIMS
                        + "], E'\\n') as slugs from numbers "
                        + "group by " + groupCols + "unit), ")
                .append("sums as (select " + groupCols + "unit, count(*) as n, count(*) filter (where hi is null) "
                        + "as u, sum(lo) as lo, case when bool_or(hi is null) then null else sum(hi) end as hi "
                        + "from env group by " + groupCols + "unit), ")
                .append("counted as (select distinct citation_id from valued) ")
                .append("select 'C' as part, " + groupCols.replace("d_", "k.d_") + "null::text as unit, "
                        + "count(distinct k.id) as n, "
                        + "count(distinct k.id) filter (where counted.citation_id is not null) as m, "
                        + "null::numeric as lo, null::numeric as hi, "
                        + (claimsAsked ? "count(distinct k.claim_id)" : "0") + " as claims, "
                        + "null::text as claim_slugs "
                        + "from keyed k left join counted on counted.citation_id = k.cid"
                        + groupBySql.replace("d_", "k.d_")
                        + " union all "
                        + "select 'S', " + groupCols.replace("d_", "s.d_") + "s.unit, s.n, s.u, s.lo, s.hi, "
                        + (!claimsAsked ? "0, null::text from sums s"
                                : "nm.claims, nm.slugs from sums s join named nm on nm.unit = s.unit"
                                        + dims.stream().map(d -> " and nm." + d.column()
                                                + " is not distinct from s." + d.column())
                                                .reduce("", String::concat))
                        + " order by 1, " + (dims.size() + 2));

        return both;
    }

    /** Whether this aggregate's selection reads claim counts or claim identities. */
    private boolean claimsAsked() {
        graphql.schema.DataFetchingFieldSelectionSet selection = context.unwrap(graphql.schema.DataFetchingEnvironment.class)
                .getSelectionSet();
        return selection.contains("claimCount") || selection.contains("sums/claimCount") || selection.contains("sums/claims");
    }

    @Description("The supplier, when grouped by SUPPLIER (null for records without one).")
    public List<Actor> supplier(@Source List<AggregateGroup> groups) {
        return actors.inOrder(groups.stream().map(AggregateGroup::supplierId).toList());
    }

    @Description("The recipient, when grouped by RECIPIENT (null for records without one).")
    public List<Actor> recipient(@Source List<AggregateGroup> groups) {
        return actors.inOrder(groups.stream().map(AggregateGroup::recipientId).toList());
    }

    @Description("The claimant, when grouped by CLAIMANT (null for the source's own voice).")
    public List<Actor> claimant(@Source List<AggregateGroup> groups) {
        return actors.inOrder(groups.stream().map(AggregateGroup::claimantId).toList());
    }

    @Description("The claimant's state, when grouped by CLAIMANT_COUNTRY (null for the source's own voice and for "
            + "claimants of no state).")
    public List<Actor> claimantCountry(@Source List<AggregateGroup> groups) {
        return actors.inOrder(groups.stream().map(AggregateGroup::claimantCountryId).toList());
    }

    @Description("The source, when grouped by SOURCE.")
    public List<org.rudprk.source.api.Source> source(@Source List<AggregateGroup> groups) {
        return org.rudprk.source.api.SourceApi.inOrder(groups.stream().map(AggregateGroup::sourceId).toList());
    }

    private static FuzzyDate fuzzy(Object value) {
        if (value == null) {
            return null;
        }
        String[] parts = value.toString().split("\\|");
        return new FuzzyDate(java.time.LocalDate.parse(parts[0]), java.time.LocalDate.parse(parts[1]),
                DatePrecision.valueOf(parts[2]));
    }

    /** A group's key: its values of the dimensions, in their order (columns d_year, d_kind...). */
    private static List<Object> key(Row row, List<Dimension> dims) {
        List<Object> key = new ArrayList<>(dims.size());
        for (Dimension d : dims) {
            key.add(row.get(d.column()));
        }
        return key;
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


    private static String key(AggregateGroup g) {
        return String.valueOf(g.kind()) + g.status() + g.category() + g.supplierId() + g.recipientId()
                + g.claimantId() + g.claimantCountryId() + g.sourceId()
                + (g.claimedOn() == null ? "~" : g.claimedOn().earliest() + "" + g.claimedOn().precision());
    }

    /** Stable group order: by year, then the other keys, nulls last. */
    private static int compare(AggregateGroup a, AggregateGroup b) {
        int c = java.util.Comparator.nullsLast(Integer::compare).compare(a.year(), b.year());
        if (c == 0) {
            c = java.util.Comparator.nullsLast(String::compareTo).compare(
                    key(a), key(b));
        }
        return c;
    }
}
