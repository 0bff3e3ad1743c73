package org.rudprk.record;

import java.time.LocalDate;
import java.util.List;

import org.rudprk.common.FuzzyDate;
import org.rudprk.common.InvalidArgumentException;
import org.rudprk.common.Sql;

/**
 * Turns a {@link RecordFilter} into a SQL condition on the alias {@code r} (records). Every
 * value travels as a parameter; the filter's size is bounded so a client cannot build an
 * arbitrarily expensive condition.
 */
public final class RecordFilters {

    /** Deepest nesting of and/or/not accepted. */
    public static final int MAX_DEPTH = 5;
    /** Most conditions one filter may hold. */
    public static final int MAX_CONDITIONS = 50;

    private int conditions;

    private RecordFilters() {
    }

    /** The SQL condition, or null when the filter is absent or empty. */
    public static Sql toSql(RecordFilter filter) {
        return filter == null ? null : new RecordFilters().build(filter, "filter", 0);
    }

    private Sql build(RecordFilter f, String path, int depth) {
        if (depth > MAX_DEPTH) {
            throw new InvalidArgumentException("argument '" + path + "' nests and/or/not more than " + MAX_DEPTH
                    + " levels deep");
        }
        Sql all = new Sql().append("true");
        if (f.and != null) {
            nonEmpty(f.and, path + ".and");
            for (int i = 0; i < f.and.size(); i++) {
                all.append(" and (").append(build(f.and.get(i), path + ".and[" + i + "]", depth + 1)).append(")");
            }
        }
        if (f.or != null) {
            nonEmpty(f.or, path + ".or");
            Sql any = new Sql().append("false");
            for (int i = 0; i < f.or.size(); i++) {
                any.append(" or (").append(build(f.or.get(i), path + ".or[" + i + "]", depth + 1)).append(")");
            }
            all.append(" and (").append(any).append(")");
        }
        if (f.not != null) {
            all.append(" and not (").append(build(f.not, path + ".not", depth + 1)).append(")");
        }
        if (f.slugs != null) {
            all.append(" and r.slug in (?)", list(f.slugs, path + ".slugs"));
        }
        if (f.kind != null) {
            all.append(" and r.kind::text in (?)", names(f.kind, path + ".kind"));
        }
        if (f.status != null) {
            all.append(" and r.status::text in (?)", names(f.status, path + ".status"));
        }
        if (f.involves != null) {
            all.append(" and ").append(involves(f.involves, path + ".involves"));
        }
        if (f.locations != null) {
            count(path + ".locations");
            all.append("""
                     and exists (select 1 from record_locations rl join locations l on l.id = rl.location_id
                        left join locations p on p.id = l.parent_id
                        where rl.record_id = r.id and (l.slug in (?) or p.slug in (?)))""",
                    list(f.locations, path + ".locations"), f.locations);
        }
        if (f.period != null) {
            all.append(" and ").append(period(f.period, path + ".period"));
        }
        if (f.cited != null) {
            all.append(" and ").append(cited(f.cited, path + ".cited"));
        }
        if (f.estimate != null) {
            all.append(" and ").append(estimate(f.estimate, path + ".estimate"));
        }
        subtype(all, "shipments", "category", f.category, path + ".category");
        subtype(all, "deployments", "deployment_kind", f.deploymentKind, path + ".deploymentKind");
        subtype(all, "events", "event_kind", f.eventKind, path + ".eventKind");
        subtype(all, "statements", "statement_kind", f.statementKind, path + ".statementKind");
        return all;
    }

    private Sql involves(RecordFilter.InvolvementFilter f, String path) {
        Sql sql = new Sql().append("exists (select 1 from record_actors ra join actors a on a.id = ra.actor_id "
                + "left join actors ac on ac.id = a.country_id where ra.record_id = r.id");
        if (f.actors != null) {
            sql.append(" and a.slug in (?)", list(f.actors, path + ".actors"));
        }
        if (f.countries != null) {
            List<String> c = list(f.countries, path + ".countries");
            sql.append(" and (a.slug in (?) or ac.slug in (?))", c, c);
        }
        if (f.roles != null) {
            sql.append(" and ra.role::text in (?)", names(f.roles, path + ".roles"));
        }
        return sql.append(")");
    }

    private Sql cited(RecordFilter.CitationFilter f, String path) {
        Sql sql = new Sql().append("exists (select 1 from citations c left join actors ca on ca.id = c.claimant_id "
                + "left join actors cc on cc.id = ca.country_id join sources s on s.id = c.source_id "
                + "where c.record_id = r.id");
        if (f.claimants != null) {
            sql.append(" and ca.slug in (?)", list(f.claimants, path + ".claimants"));
        }
        if (f.claimantCountries != null) {
            List<String> c = list(f.claimantCountries, path + ".claimantCountries");
            sql.append(" and (ca.slug in (?) or cc.slug in (?))", c, c);
        }
        if (f.sources != null) {
            sql.append(" and s.slug in (?)", list(f.sources, path + ".sources"));
        }
        if (f.stances != null) {
            sql.append(" and c.stance::text in (?)", names(f.stances, path + ".stances"));
        }
        return sql.append(")");
    }

    private Sql estimate(RecordFilter.EstimateFilter f, String path) {
        count(path);
        if (f.metric == null) {
            throw new InvalidArgumentException("argument '" + path + ".metric' is required: say what the numbers "
                    + "measure (VALUE_USD, STRENGTH, ...)");
        }
        Sql sql = new Sql().append("exists (select 1 from estimates e where e.record_id = r.id "
                + "and e.metric = cast(? as estimate_metric)", f.metric.name());
        if (f.unit != null) {
            sql.append(" and e.unit = ?", f.unit);
        }
        bounds(sql, "e.low", f.low, path + ".low");
        bounds(sql, "e.high", f.high, path + ".high");
        return sql.append(")");
    }

    private static void bounds(Sql sql, String column, RecordFilter.NumberRange range, String path) {
        if (range == null) {
            return;
        }
        if (range.gte == null && range.lte == null) {
            throw new InvalidArgumentException("argument '" + path + "' needs gte, lte or both");
        }
        if (range.gte != null) {
            sql.append(" and " + column + " >= ?", range.gte);
        }
        if (range.lte != null) {
            sql.append(" and " + column + " <= ?", range.lte);
        }
    }

    private Sql period(RecordFilter.PeriodFilter f, String path) {
        Sql sql = new Sql().append("true");
        if (f.overlaps != null) {
            count(path);
            LocalDate[] range = range(f.overlaps, path + ".overlaps");
            sql.append(" and r.span && daterange(?, ?, '[]')", range[0], range[1]);
        }
        if (f.within != null) {
            count(path);
            LocalDate[] range = range(f.within, path + ".within");
            sql.append(" and r.span <@ daterange(?, ?, '[]')", range[0], range[1]);
        }
        return sql;
    }

    /** Parses '2024', '2024-10', '2023-09..2024-02', '2024..', '..2023' into inclusive bounds (null: open). */
    static LocalDate[] range(String text, String path) {
        String t = text.trim();
        try {
            if (t.contains("..")) {
                String from = t.substring(0, t.indexOf("..")).trim();
                String to = t.substring(t.indexOf("..") + 2).trim();
                if (from.isEmpty() && to.isEmpty()) {
                    throw new IllegalArgumentException("give at least one end of the range");
                }
                LocalDate start = from.isEmpty() ? null : FuzzyDate.parse(from).earliest();
                LocalDate end = to.isEmpty() ? null : FuzzyDate.parse(to).latest();
                if (start != null && end != null && end.isBefore(start)) {
                    throw new IllegalArgumentException("the range ends before it starts");
                }
                return new LocalDate[] { start, end };
            }
            FuzzyDate d = FuzzyDate.parse(t);
            return new LocalDate[] { d.earliest(), d.latest() };
        } catch (IllegalArgumentException e) {
            throw new InvalidArgumentException("argument '" + path + "': " + e.getMessage()
                    + " (ranges are written FROM..TO, e.g. '2023-09..2024-02')");
        }
    }

    private void subtype(Sql all, String table, String column, List<? extends Enum<?>> values, String path) {
        if (values != null) {
            all.append(" and exists (select 1 from " + table + " x where x.record_id = r.id and x." + column
                    + "::text in (?))", names(values, path));
        }
    }

    private List<String> names(List<? extends Enum<?>> values, String path) {
        nonEmpty(values, path);
        return values.stream().map(Enum::name).toList();
    }

    private List<String> list(List<String> values, String path) {
        nonEmpty(values, path);
        return values;
    }

    private void nonEmpty(List<?> values, String path) {
        if (values.isEmpty()) {
            throw new InvalidArgumentException("argument '" + path + "' is an empty list; leave it out instead");
        }
        if (values.stream().anyMatch(java.util.Objects::isNull)) {
            throw new InvalidArgumentException("argument '" + path + "' holds a null");
        }
        count(path);
    }

    private void count(String path) {
        if (++conditions > MAX_CONDITIONS) {
            throw new InvalidArgumentException("argument 'filter' holds more than " + MAX_CONDITIONS
                    + " conditions (at " + path + ")");
        }
    }
}
