package org.rudprk.aggregate;

import java.util.List;

import org.rudprk.citation.EstimateMetric;
import org.rudprk.citation.EstimateNature;
import org.rudprk.common.Filters;
import org.rudprk.common.Row;
import org.rudprk.common.Sql;
import org.rudprk.record.api.RecordFilter;

/**
 * The aggregate answered from the summaries computed at load (aggregate_cells, see
 * db/V31__aggregate_cells.sql) instead of the curated tables, for the questions they can
 * answer exactly: the records one actor is involved in (in one role, or in any), narrowed by
 * kind, status or shipment category, grouped by the dimensions the cells hold ({@link Dimension#cell}:
 * YEAR, KIND, STATUS, CATEGORY), without
 * claim counts or identities. The statement gives the same rows as {@link AggregateApi}'s
 * (part 'C': a group's counts, part 'S': a group's sum in one unit), plus a row of part 'X'
 * when one of the actor's claims is cited more than once in that role: the cells would count
 * it more than once, so the caller asks the curated tables instead (AggregateCellsTest
 * compares the two statements on every curated actor and role).
 */
final class AggregateCells {

    private AggregateCells() {
    }

    /**
     * The statement over the cells for this question, or null when the cells cannot answer it.
     * The filter has been checked (slugs known, lists within limits) before this is called.
     */
    static Sql statement(List<Dimension> dims, RecordFilter filter, EstimateMetric metric, EstimateNature nature,
            boolean claimsAsked) {
        if (claimsAsked || dims.stream().anyMatch(d -> d.cell == null) || !answerable(filter)) {
            return null;
        }
        RecordFilter.InvolvementFilter who = filter.involves;
        String actor = who.actors.get(0);
        String role = who.roles == null ? "*" : who.roles.get(0).name();
        Sql cells = new Sql().append("with cells as (select kind, year, status, category, metric, nature, unit, "
                + "records, unbounded, low, high from aggregate_cells "
                + "where actor_id = (select id from actors where slug = ?) and role = ?", actor, role);
        Filters checked = new Filters(); // the lists were checked with the filter: not empty
        if (filter.kind != null) {
            cells.append(" and ").append(checked.enumIn("kind", "record_kind", filter.kind, "filter.kind"));
        }
        if (filter.status != null) {
            cells.append(" and ").append(checked.enumIn("status", "record_status", filter.status, "filter.status"));
        }
        if (filter.category != null) {
            cells.append(" and ").append(checked.enumIn("category", "shipment_category", filter.category,
                    "filter.category"));
        }
        cells.append(") ");

        String columns = dims.stream().map(d -> d.cell + " as " + d.column() + ", ").reduce("", String::concat);
        String groupBy = dims.stream().map(Dimension::column).reduce((a, b) -> a + ", " + b).orElse("");
        String noDims = dims.stream().map(d -> "null as " + d.column() + ", ").reduce("", String::concat);
        return cells
                .append("select 'C' as part, " + columns + "null::text as unit, "
                        + "coalesce(sum(records) filter (where metric is null), 0) as n, "
                        + "coalesce(sum(records) filter (where metric = cast(? as estimate_metric) "
                        + "and nature = cast(? as estimate_nature) and unit is null), 0) as m, "
                        + "null::numeric as lo, null::numeric as hi, 0 as claims, null::text as claim_slugs from cells"
                        + (groupBy.isEmpty() ? "" : " group by " + groupBy), metric.name(), nature.name())
                .append(" union all select 'S', " + columns + "unit, sum(records), sum(unbounded), sum(low), "
                        + "case when sum(unbounded) > 0 then null else sum(high) end, 0, null from cells "
                        + "where metric = cast(? as estimate_metric) and nature = cast(? as estimate_nature) "
                        + "and unit is not null group by " + (groupBy.isEmpty() ? "" : groupBy + ", ") + "unit",
                        metric.name(), nature.name())
                .append(" union all select 'X', " + noDims + "null, 0, 0, null, null, 0, null "
                        + "from aggregate_shared_claims where actor_id = (select id from actors where slug = ?) "
                        + "and role = ?", actor, role)
                .append(" order by 1, " + (dims.size() + 2));
    }

    /** Whether the rows say that the cells cannot answer (a claim cited more than once). */
    static boolean refused(List<Row> rows) {
        return !rows.isEmpty() && "X".equals(rows.get(rows.size() - 1).text("part"));
    }

    /**
     * A filter the cells answer: one involvement of one actor (in one role or any), and
     * otherwise only kinds, statuses and shipment categories.
     */
    private static boolean answerable(RecordFilter f) {
        if (f == null || f.and != null || f.or != null || f.not != null || f.slugs != null || f.locations != null
                || f.period != null || f.cited != null || f.estimate != null || f.deploymentKind != null
                || f.eventKind != null || f.statementKind != null) {
            return false;
        }
        RecordFilter.InvolvementFilter who = f.involves;
        if (who == null || who.countries != null || who.actors == null || who.actors.size() != 1
                || (who.roles != null && who.roles.size() != 1)) {
            return false;
        }
        return true;
    }
}
