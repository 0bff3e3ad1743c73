package org.rudprk.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.junit.jupiter.api.Test;
import org.rudprk.citation.EstimateMetric;
import org.rudprk.citation.EstimateNature;
import org.rudprk.common.Row;
import org.rudprk.common.Sql;
import org.rudprk.record.ActorRole;
import org.rudprk.record.RecordKind;
import org.rudprk.record.RecordStatus;
import org.rudprk.record.api.RecordFilter;
import org.rudprk.record.query.RecordFilters;
import org.rudprk.shipment.ShipmentCategory;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The summaries computed at load (aggregate_cells) give the aggregate the same rows as the
 * curated tables, for every curated actor in every role it plays and in any role, every grouping
 * the cells hold and every metric and nature the data has; and they refuse, rather than answer
 * wrongly, where a claim is cited more than once.
 */
@QuarkusTest
class AggregateCellsTest {

    private static final List<Dimension> HELD = List.of(Dimension.YEAR, Dimension.KIND, Dimension.STATUS,
            Dimension.CATEGORY);

    @Inject
    EntityManager em;

    @Test
    @Transactional
    void theCellsAnswerAsTheCuratedTablesDo() {
        Compared c = compare("", sql -> sql.rows(em, false));
        assertTrue(c.answered > 1000, "questions the cells answered: " + c.answered);
        assertTrue(c.sums > 100, "sums the cells gave: " + c.sums);
        assertTrue(c.refused > 0, "the curated data cites some claims for several records, which the cells refuse");
    }

    /**
     * The curated data rarely puts two valued records of one actor in one group; generated
     * records do, in several units, some without an upper bound, in two roles and both at once,
     * with numbers of two metrics and natures (written and summarised in this test's transaction,
     * then rolled back).
     */
    @Test
    void theCellsAddUpSeveralRecordsAsTheCuratedTablesDo() throws SQLException {
        try (Connection owner = org.rudprk.RunDatabase.owner()) {
            owner.setAutoCommit(false);
            try {
                addUp(sql -> {
                    try {
                        return sql.rows(owner);
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                });
            } finally {
                owner.rollback();
            }
        }
    }

    private void addUp(Function<Sql, List<Row>> db) {
        // An actor of the curated data (its slug is known) involved in no record: a claimant.
        String probe = db.apply(new Sql().append("select min(slug) as slug from actors a "
                + "where not exists (select 1 from record_actors ra where ra.actor_id = a.id)")).get(0).text("slug");
        assertNotNull(probe, "the curated data has an actor involved in no record");
        db.apply(new Sql().append("""
                with probe as (
                    select id from actors a where slug = ?),
                recs as (
                    insert into records (slug, kind, title, summary, status, start_earliest, start_latest, start_precision)
                    select 'cells-probe-' || i, 'SHIPMENT', 'Probe ' || i, 'Probe shipment ' || i,
                           (array['REPORTED', 'CONFIRMED', 'DENIED']::record_status[])[1 + i % 3],
                           make_date(2023 + i % 3, 1 + i % 12, 1), make_date(2023 + i % 3, 1 + i % 12, 1), 'DAY'
                    from generate_series(1, 60) i returning id, slug),
                numbered as (select id, substring(slug from 13)::int as i from recs),
                ship as (
                    insert into shipments (record_id, category)
                    select id, (array['MUNITIONS', 'MISSILES']::shipment_category[])[1 + i % 2] from numbered),
                roles as (
                    insert into record_actors (record_id, actor_id, role)
                    select n.id, p.id, 'SUPPLIER'::actor_role from numbered n, probe p
                    union all select n.id, p.id, 'RECIPIENT'::actor_role from numbered n, probe p where n.i % 4 = 0
                    returning record_id)
                select count(*) as n from roles""", probe));
        db.apply(new Sql().append("""
                with ins as (insert into citations (record_id, ordinal, source_id, paragraph, stance, summary)
                select r.id, o, (select min(id) from sources), 1, 'ESTIMATES', 'Probe citation'
                from records r, generate_series(1, 2) o
                where r.slug like 'cells-probe-%' and (o = 1 or substring(r.slug from 13)::int % 5 = 0)
                returning 1) select count(*) as n from ins"""));
        db.apply(new Sql().append("""
                with ins as (insert into estimates (citation_id, record_id, ordinal, metric, low, high, unit, qualifier, nature)
                select c.id, c.record_id, row_number() over (partition by c.record_id order by c.id, k),
                       (array['VALUE_USD', 'VALUE_USD', 'QUANTITY']::estimate_metric[])[k],
                       case when i % 7 = 0 then null else 1000 * i + c.ordinal end,
                       case when i % 6 = 0 and i % 7 <> 0 then null else 2000 * i + k end,
                       (array['USD', 'EUR', 'shells']::text[])[1 + (i + k) % 3],
                       (case when i % 7 = 0 then 'UP_TO' when i % 6 = 0 then 'AT_LEAST' else 'BETWEEN' end)::estimate_qualifier,
                       (array['ESTIMATE', 'THRESHOLD']::estimate_nature[])[1 + i % 2 * (k % 2)]
                from citations c join records r on r.id = c.record_id,
                     lateral (select substring(r.slug from 13)::int as i) n, generate_series(1, 3) k
                where r.slug like 'cells-probe-%' and i % 9 <> 0 and (k = 1 or i % 2 = 0)
                returning 1) select count(*) as n from ins"""));
        db.apply(new Sql().append("select 1 as done from (select refresh_aggregate_cells()) x"));
        Compared c = compare(probe, db);
        assertEquals(0, c.refused, "no claim of the probe is cited twice");
        assertTrue(c.sums > 50, "sums the cells gave: " + c.sums);
        assertTrue(c.severalRecords > 20, "sums of several records: " + c.severalRecords);

        // One claim cited for two of the probe's records: the cells refuse its scopes.
        db.apply(new Sql().append("""
                with claim as (insert into claims (slug, source_id, paragraph, stance, firmness)
                    values ('cells-probe-claim', (select min(id) from sources), 1, 'ESTIMATES', 'STATED') returning id)
                update citations set claim_id = (select id from claim)
                where ordinal = 1 and record_id in (select id from records where slug in ('cells-probe-4', 'cells-probe-8'))
                returning id"""));
        db.apply(new Sql().append("select 1 as done from (select refresh_aggregate_cells()) x"));
        Compared shared = compare(probe, db);
        assertTrue(shared.refused > 0 && shared.answered == 0, "every scope of the probe is refused: " + shared.answered);
    }

    /** Counts of one comparison. */
    private static final class Compared {
        int answered, refused, sums, severalRecords;
    }

    /** Compares the two statements for every scope (actor and role) of the actors with this slug, or all. */
    private Compared compare(String onlySlug, Function<Sql, List<Row>> db) {
        List<Row> scopes = db.apply(new Sql().append("""
                select * from (
                    select a.slug, ra.role::text as role from record_actors ra join actors a on a.id = ra.actor_id
                    union select a.slug, '*' from record_actors ra join actors a on a.id = ra.actor_id) s
                where ? = '' or slug = ?
                order by 1, 2""", onlySlug, onlySlug));
        List<Row> pairs = db.apply(new Sql().append("select distinct metric::text as metric, nature::text as nature "
                + "from estimates order by 1, 2"));
        assertTrue(!scopes.isEmpty(), "scopes of " + onlySlug);
        assertTrue(pairs.size() > 1, "the data has numbers of several metrics: " + pairs.size());

        Compared c = new Compared();
        for (Row scope : scopes) {
            List<RecordFilter> filters = new ArrayList<>();
            filters.add(filter(scope, null, null, null));
            filters.add(filter(scope, List.of(RecordKind.SHIPMENT), null, null));
            filters.add(filter(scope, List.of(RecordKind.SHIPMENT, RecordKind.DEPLOYMENT), List.of(RecordStatus.values()[0]), null));
            filters.add(filter(scope, null, null, List.of(ShipmentCategory.values()[0], ShipmentCategory.values()[1])));
            List<List<Dimension>> groupings = new ArrayList<>();
            for (int mask = 0; mask < 16; mask++) {
                List<Dimension> dims = new ArrayList<>();
                for (int i = 0; i < 4; i++) {
                    if ((mask & 1 << i) != 0) {
                        dims.add(HELD.get(i));
                    }
                }
                groupings.add(dims);
            }
            for (RecordFilter filter : filters) {
                for (List<Dimension> dims : filter == filters.get(0) ? groupings : List.of(List.of(Dimension.YEAR,
                        Dimension.CATEGORY))) {
                    for (Row pair : filter == filters.get(0) && dims.size() == 2 ? pairs : pairs.subList(0, 1)) {
                        EstimateMetric metric = EstimateMetric.valueOf(pair.text("metric"));
                        EstimateNature nature = EstimateNature.valueOf(pair.text("nature"));
                        Sql cells = AggregateCells.statement(dims, filter, metric, nature, false);
                        assertNotNull(cells, "the cells should answer " + dims + " for " + scope.text("slug"));
                        List<Row> fromCells = db.apply(cells);
                        if (AggregateCells.refused(fromCells)) {
                            c.refused++;
                            continue;
                        }
                        List<String> expected = normalised(db.apply(AggregateApi.statement(dims, RecordFilters.toSql(filter),
                                metric, nature, false)), dims);
                        List<String> actual = normalised(fromCells, dims);
                        assertEquals(expected, actual, "aggregate " + dims + " " + metric + "/" + nature + " of "
                                + scope.text("slug") + " as " + scope.text("role"));
                        c.answered++;
                        for (Row row : fromCells) {
                            if ("S".equals(row.text("part"))) {
                                c.sums++;
                                c.severalRecords += row.integer("n") > 1 ? 1 : 0;
                            }
                        }
                    }
                }
            }
        }
        return c;
    }

    @Test
    void theCellsLeaveOtherQuestionsToTheCuratedTables() {
        RecordFilter one = new RecordFilter();
        one.involves = new RecordFilter.InvolvementFilter();
        one.involves.actors = List.of("russia");
        EstimateMetric usd = EstimateMetric.VALUE_USD;
        EstimateNature estimate = EstimateNature.ESTIMATE;
        assertNotNull(AggregateCells.statement(List.of(Dimension.YEAR), one, usd, estimate, false));
        assertNull(AggregateCells.statement(List.of(Dimension.YEAR), one, usd, estimate, true), "claims asked");
        assertNull(AggregateCells.statement(List.of(Dimension.SUPPLIER), one, usd, estimate, false), "a party");
        assertNull(AggregateCells.statement(List.of(Dimension.YEAR), null, usd, estimate, false), "no actor");
        RecordFilter two = new RecordFilter();
        two.involves = new RecordFilter.InvolvementFilter();
        two.involves.actors = List.of("russia", "north-korea");
        assertNull(AggregateCells.statement(List.of(Dimension.YEAR), two, usd, estimate, false), "two actors");
        RecordFilter dated = filterOf("russia");
        dated.period = new RecordFilter.PeriodFilter();
        assertNull(AggregateCells.statement(List.of(Dimension.YEAR), dated, usd, estimate, false), "a period");
        RecordFilter roles = filterOf("russia");
        roles.involves.roles = List.of(ActorRole.SUPPLIER, ActorRole.RECIPIENT);
        assertNull(AggregateCells.statement(List.of(Dimension.YEAR), roles, usd, estimate, false), "two roles");
    }

    private static RecordFilter filterOf(String actor) {
        RecordFilter f = new RecordFilter();
        f.involves = new RecordFilter.InvolvementFilter();
        f.involves.actors = List.of(actor);
        return f;
    }

    private static RecordFilter filter(Row scope, List<RecordKind> kinds, List<RecordStatus> statuses,
            List<ShipmentCategory> categories) {
        RecordFilter f = filterOf(scope.text("slug"));
        String role = scope.text("role");
        f.involves.roles = "*".equals(role) ? null : List.of(ActorRole.valueOf(role));
        f.kind = kinds;
        f.status = statuses;
        f.category = categories;
        return f;
    }

    /** The rows as text, numbers without trailing zeros, sorted (the statements order only by part and unit). */
    private static List<String> normalised(List<Row> rows, List<Dimension> dims) {
        List<String> out = new ArrayList<>();
        for (Row row : rows) {
            StringBuilder s = new StringBuilder(row.text("part"));
            for (Dimension d : dims) {
                s.append('|').append(row.get(d.column()));
            }
            s.append('|').append(row.text("unit")).append('|').append(row.integer("n")).append('|')
                    .append(row.integer("m")).append('|').append(plain(row.decimal("lo"))).append('|')
                    .append(plain(row.decimal("hi")));
            out.add(s.toString());
        }
        out.sort(null);
        return out;
    }

    private static String plain(BigDecimal value) {
        return value == null ? "null" : value.stripTrailingZeros().toPlainString();
    }
}
