package org.rudprk.record.query;

import java.time.LocalDate;
import java.util.List;

import org.rudprk.common.Filters;
import org.rudprk.common.FuzzyDate;
import org.rudprk.common.InvalidArgumentException;
import org.rudprk.common.Sql;
import org.rudprk.record.api.RecordFilter;

/**
 * Turns a {@link RecordFilter} into a SQL condition on the alias {@code r} (records). Every
 * value travels as a parameter; {@link Filters} bounds the filter's depth and size so a
 * client cannot build an arbitrarily expensive condition.
 */
public final class RecordFilters {

    private final Filters f;

    private RecordFilters(Filters shared) {
        this.f = shared;
    }

    /** The SQL condition, or null when the filter is absent. */
    public static Sql toSql(RecordFilter filter) {
        return toSql(filter, new Filters());
    }

    /** The SQL condition with these limits (and their actor resolver), or null when the filter is absent. */
    public static Sql toSql(RecordFilter filter, Filters limits) {
        return filter == null ? null : toSql(filter, limits, "filter", 0);
    }

    /** The condition of a record filter nested in another collection's filter, sharing its limits. */
    public static Sql toSql(RecordFilter filter, Filters shared, String path, int depth) {
        return new RecordFilters(shared).build(filter, path, depth);
    }

    private Sql build(RecordFilter filter, String path, int depth) {
        return f.compose(filter, path, depth, filter.and, filter.or, filter.not, x -> fields(x, path), this::build);
    }

    private Sql fields(RecordFilter x, String path) {
        Sql all = f.slugsAndKind("r", x.slugs, "record_kind", x.kind, path);
        if (x.status != null) {
            all.append(" and ").append(f.enumIn("r.status", "record_status", x.status, path + ".status"));
        }
        if (x.involves != null) {
            all.append(" and ").append(involves(x.involves, path + ".involves"));
        }
        if (x.locations != null) {
            List<String> slugs = f.known("place", x.locations, path + ".locations");
            all.append(" ").append("""
                     and exists (select 1 from record_locations rl join locations l on l.id = rl.location_id
                        left join locations p on p.id = l.parent_id
                        where rl.record_id = r.id and (l.slug in (?) or p.slug in (?)))""", slugs, slugs);
        }
        if (x.period != null) {
            all.append(" and ").append(period(x.period, path + ".period"));
        }
        if (x.cited != null) {
            all.append(" and ").append(cited(x.cited, path + ".cited", "c.record_id = r.id", f));
        }
        if (x.estimate != null) {
            all.append(" and ").append(estimate(x.estimate, path + ".estimate"));
        }
        subtype(all, "shipments", "category", "shipment_category", x.category, path + ".category");
        subtype(all, "deployments", "deployment_kind", "deployment_kind", x.deploymentKind, path + ".deploymentKind");
        subtype(all, "events", "event_kind", "event_kind", x.eventKind, path + ".eventKind");
        subtype(all, "statements", "statement_kind", "statement_kind", x.statementKind, path + ".statementKind");
        return all;
    }

    private Sql involves(RecordFilter.InvolvementFilter x, String path) {
        Sql sql = new Sql().append("exists (select 1 from record_actors ra");
        if (x.countries != null) {
            sql.append(" join actors a on a.id = ra.actor_id left join actors ac on ac.id = a.country_id");
        }
        sql.append(" where ra.record_id = r.id");
        if (x.actors != null) {
            List<String> slugs = f.known("actor", x.actors, path + ".actors");
            List<Long> ids = f.actorIds(slugs);
            if (ids == null) {
                sql.append(" and ra.actor_id in (select id from actors where slug in (?))", slugs);
            } else if (ids.isEmpty()) {
                sql.append(" and false");
            } else {
                sql.append(" and ra.actor_id in (?)", ids);
            }
        }
        if (x.countries != null) {
            List<String> c = f.known("actor", x.countries, path + ".countries");
            sql.append(" and (a.slug in (?) or ac.slug in (?))", c, c);
        }
        if (x.roles != null) {
            sql.append(" and ").append(f.enumIn("ra.role", "actor_role", x.roles, path + ".roles"));
        }
        return sql.append(")");
    }

    /**
     * "There is a citation, tied to the outer row by {@code link}, matching the filter",
     * shared with the citation list and the actor filter.
     */
    public static Sql cited(RecordFilter.CitationFilter x, String path, String link, Filters f) {
        return new Sql().append("exists (select 1 from citations c where " + link + " and ")
                .append(citation(x, path, f)).append(")");
    }

    /** The condition on a citation {@code c} alone. */
    public static Sql citation(RecordFilter.CitationFilter x, String path, Filters f) {
        Sql sql = new Sql().append("true");
        if (x.claimants != null) {
            sql.append(" and c.claimant_id in (select id from actors where slug in (?))",
                    f.known("actor", x.claimants, path + ".claimants"));
        }
        if (x.claimantCountries != null) {
            List<String> c = f.known("actor", x.claimantCountries, path + ".claimantCountries");
            sql.append(" and c.claimant_id in (select a.id from actors a left join actors ac on ac.id = a.country_id "
                    + "where a.slug in (?) or ac.slug in (?))", c, c);
        }
        if (x.sources != null) {
            sql.append(" and c.source_id in (select id from sources where slug in (?))",
                    f.known("source", x.sources, path + ".sources"));
        }
        if (x.stances != null) {
            sql.append(" and ").append(f.enumIn("c.stance", "stance", x.stances, path + ".stances"));
        }
        if (x.firmness != null) {
            sql.append(" and ").append(f.enumIn("c.firmness", "citation_firmness", x.firmness, path + ".firmness"));
        }
        if (x.inArticles != null) {
            f.count(path + ".inArticles");
            sql.append(" and c.source_id " + (x.inArticles ? "not in" : "in")
                    + " (select id from sources where kind::text = 'REFERENCE')");
        }
        if (x.claims != null) {
            sql.append(" and c.claim_id in (select id from claims where slug in (?))",
                    f.list(x.claims, path + ".claims"));
        }
        return sql;
    }

    private Sql estimate(RecordFilter.EstimateFilter x, String path) {
        f.count(path);
        if (x.metric == null) {
            throw new InvalidArgumentException("argument '" + path + ".metric' is required: say what the numbers "
                    + "measure (VALUE_USD, STRENGTH, ...)");
        }
        Sql sql = new Sql().append("exists (select 1 from estimates e where e.record_id = r.id "
                + "and e.metric = cast(? as estimate_metric)", x.metric.name());
        if (x.unit != null) {
            sql.append(" and e.unit = ?", x.unit);
        }
        bounds(sql, "e.low", x.low, path + ".low");
        bounds(sql, "e.high", x.high, path + ".high");
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

    private Sql period(RecordFilter.PeriodFilter x, String path) {
        return period(x, path, "r.span", "r.start_earliest", f);
    }

    /**
     * Precision-aware overlaps/within on a daterange column. {@code start}, when given, is the
     * column holding the span's lower bound: the bounds a range implies on it are added, so
     * that an index on it (records by kind and date) can be scanned from the range's end
     * instead of filtering every later row.
     */
    public static Sql period(RecordFilter.PeriodFilter x, String path, String span, String start, Filters f) {
        Sql sql = new Sql().append("true");
        // A span overlapping the range starts no later than its end; one within it, also no earlier than its start.
        spanIn(sql, x.overlaps, path, ".overlaps", span + " &&", start, false, f);
        spanIn(sql, x.within, path, ".within", span + " <@", start, true, f);
        return sql;
    }

    /**
     * One condition of {@link #period}, when {@code text} is given: {@code test} (span and operator)
     * against the range {@code text} names, and the bounds that implies on {@code start}: its end,
     * and its beginning too when {@code startsInside}.
     */
    private static void spanIn(Sql sql, String text, String path, String field, String test, String start,
            boolean startsInside, Filters f) {
        if (text == null) {
            return;
        }
        f.count(path);
        LocalDate[] range = range(text, path + field);
        sql.append(" and " + test + " daterange(?, ?, '[]')", range[0], range[1]);
        if (start != null && startsInside && range[0] != null) {
            sql.append(" and " + start + " >= ?", range[0]);
        }
        if (start != null && range[1] != null) {
            sql.append(" and " + start + " <= ?", range[1]);
        }
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

    private void subtype(Sql all, String table, String column, String type, List<? extends Enum<?>> values,
            String path) {
        if (values != null) {
            all.append(" and exists (select 1 from " + table + " x where x.record_id = r.id and ")
                    .append(f.enumIn("x." + column, type, values, path)).append(")");
        }
    }
}
