package org.rudprk.record;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.rudprk.actor.Actor;
import org.rudprk.agreement.Agreement;
import org.rudprk.common.DatePrecision;
import org.rudprk.common.FuzzyDate;
import org.rudprk.common.Sql;
import org.rudprk.deployment.Deployment;
import org.rudprk.deployment.DeploymentKind;
import org.rudprk.event.Event;
import org.rudprk.event.EventKind;
import org.rudprk.shipment.Shipment;
import org.rudprk.shipment.ShipmentCategory;
import org.rudprk.statement.Statement;
import org.rudprk.statement.StatementKind;

/**
 * Reads records of every kind in one query each: the common row joined to its subtype row,
 * mapped to the API type of its kind.
 */
@ApplicationScoped
public class RecordRepository {

    /**
     * The SELECT of records of every kind, as a template (extra columns, then the FROM item
     * that binds r): every column the API types need, the common row, the subtype columns
     * (null for other kinds), the largest USD value, then the principal actors (see
     * {@link #selectOf}).
     */
    private static final String TEMPLATE = selectOf("a.official_name, s.category::text, d.deployment_kind::text, d.purpose, "
            + "e.event_kind::text, st.statement_kind::text, st.context, st.quote, st.quote_original", """
            left join agreements a on a.record_id = r.id
            left join shipments s on s.record_id = r.id
            left join deployments d on d.record_id = r.id
            left join events e on e.record_id = r.id
            left join statements st on st.record_id = r.id
            """, "(case r.kind when 'SHIPMENT' then 'SUPPLIER' when 'DEPLOYMENT' then 'SENDER' "
                    + "when 'STATEMENT' then 'SPEAKER' end)",
            "(case r.kind when 'SHIPMENT' then 'RECIPIENT' when 'DEPLOYMENT' then 'HOST' end)");

    /**
     * The same columns for records of one kind: only that kind's subtype table is joined,
     * the other kinds' columns are nulls. A page of shipments then costs one index probe per
     * row instead of five.
     */
    private static final Map<RecordKind, String> TEMPLATE_KIND = Map.of(
            RecordKind.AGREEMENT, selectOf("a.official_name, null, null, null, null, null, null, null, null",
                    "left join agreements a on a.record_id = r.id", null, null),
            RecordKind.SHIPMENT, selectOf("null, s.category::text, null, null, null, null, null, null, null",
                    "left join shipments s on s.record_id = r.id", "'SUPPLIER'", "'RECIPIENT'"),
            RecordKind.DEPLOYMENT, selectOf("null, null, d.deployment_kind::text, d.purpose, null, null, null, null, "
                    + "null", "left join deployments d on d.record_id = r.id", "'SENDER'", "'HOST'"),
            RecordKind.EVENT, selectOf("null, null, null, null, e.event_kind::text, null, null, null, null",
                    "left join events e on e.record_id = r.id", null, null),
            RecordKind.STATEMENT, selectOf("null, null, null, null, null, st.statement_kind::text, st.context, "
                    + "st.quote, st.quote_original", "left join statements st on st.record_id = r.id", "'SPEAKER'",
                    null));

    /** Records of every kind, from table records. */
    static final String SELECT = select(null, "", "records r");

    /** The column of the first principal actor's key; the second's follows {@link #ACTOR_COLUMNS} later. */
    private static final int PRINCIPAL_AT = 22;
    private static final int ACTOR_COLUMNS = 7;

    /**
     * The SELECT for records with these subtype columns and joins; {@code role1}/{@code role2}
     * are SQL expressions of the principal roles, or null where the kind has none.
     * <p>
     * The principal actors are read with the record itself: the supplier and recipient of a
     * shipment, the sender and host of a deployment, the speaker of a statement (the first
     * actor by key in that role). They are part of almost every question about these records;
     * reading them here makes a page of shipments with both parties one SQL statement and
     * plain property fields, where batch loaders cost two more statements and two data-loader
     * rounds per page.
     */
    private static String selectOf(String subtypeColumns, String join, String role1, String role2) {
        return """
                select r.id, r.slug, r.kind::text, r.title, r.summary, r.status::text,
                       r.start_earliest, r.start_latest, r.start_precision::text,
                       r.end_earliest, r.end_latest, r.end_precision::text,
                       %s, r.value_usd,
                       %s, %s%%1$s
                from %%2$s
                %s
                %s%s""".formatted(subtypeColumns, principalColumns("p1", role1), principalColumns("p2", role2),
                join, principalJoin("p1", role1), principalJoin("p2", role2));
    }

    /**
     * The SELECT of records of one kind (all kinds when null) with {@code extraColumns}
     * after the mapped ones, from {@code from} (which binds {@code r}).
     */
    private static String select(RecordKind kind, String extraColumns, String from) {
        return (kind == null ? TEMPLATE : TEMPLATE_KIND.get(kind)).formatted(extraColumns, from);
    }

    private static String principalColumns(String alias, String role) {
        return role == null ? String.join(", ", java.util.Collections.nCopies(ACTOR_COLUMNS, "null"))
                : "%1$s.id, %1$s.country_id, %1$s.slug, %1$s.kind, %1$s.name, %1$s.iso_code, %1$s.description"
                        .formatted(alias);
    }

    private static String principalJoin(String alias, String role) {
        return role == null ? "" : """
                left join lateral (select %s
                                   from record_actors ra join actors a on a.id = ra.actor_id
                                   where ra.record_id = r.id and ra.role = %s::actor_role
                                   order by a.id limit 1) %s on true
                """.formatted(Actor.COLUMNS, role, alias);
    }

    @Inject
    EntityManager em;

    /** Records by database key, in no particular order. */
    public Map<Long, RecordBase> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, RecordBase> out = new HashMap<>();
        for (RecordBase r : list(new Sql().append(SELECT).append("where r.id in (?)", List.copyOf(ids)), false)) {
            out.put(r.dbId(), r);
        }
        return out;
    }

    /** Records by slug, of any kind, in one statement, in no particular order. */
    public List<RecordBase> bySlugs(Collection<String> slugs) {
        return slugs.isEmpty() ? List.of()
                : list(new Sql().append(SELECT).append("where r.slug in (?)", List.copyOf(slugs)), false);
    }

    /** A record by slug, if it is of the given kind (any kind when null). */
    public RecordBase bySlug(RecordKind kind, String slug) {
        Sql sql = new Sql().append(SELECT).append("where r.slug = ?", slug);
        if (kind != null) {
            sql.append(" and r.kind = '" + kind.name() + "'");
        }
        List<RecordBase> found = list(sql, false);
        return found.isEmpty() ? null : found.get(0);
    }

    /**
     * One page of records: up to {@code size + 1} of them (the extra one tells that more
     * follow), of one kind or all kinds, matching {@code filter} (a condition on {@code r}),
     * after the cursor; or, when {@code backward}, the ones before it, nearest first.
     */
    public List<RecordBase> page(RecordKind kind, Sql filter, RecordOrder order, int size, String cursor,
            boolean backward) {
        Sql sql = new Sql().append(select(kind, "", "records r")).append(where(kind, filter));
        if (cursor != null) {
            sql.append(" and ").append(order.keyset(cursor, backward, backward ? "before" : "after"));
        }
        sql.append(" order by " + order.orderBy(backward) + " limit " + (size + 1)); // literal: see Sql
        return list(sql, filter != null);
    }

    /** How many records {@link #page} would page through. */
    public long count(RecordKind kind, Sql filter) {
        Sql sql = new Sql().append("select count(*) from records r ").append(where(kind, filter));
        return ((Number) sql.rows(em, filter != null).get(0)[0]).longValue();
    }

    /** The WHERE clause of a list of records of one kind (all kinds when null) matching {@code filter}. */
    public static Sql where(RecordKind kind, Sql filter) {
        Sql where = new Sql().append("where true");
        if (kind != null) {
            where.append(" and r.kind = '" + kind.name() + "'");
        }
        if (filter != null) {
            where.append(" and (").append(filter).append(")");
        }
        return where;
    }

    /** The keys of the actors with these slugs, for {@link org.rudprk.common.Filters}; unknown slugs have none. */
    public List<Long> actorIdsBySlug(List<String> slugs) {
        Sql sql = new Sql().append("select id from actors where slug in (?)", slugs);
        return sql.rows(em, false).stream().map(row -> ((Number) row[0]).longValue()).toList();
    }

    /**
     * Runs a query that selects {@link #SELECT}'s columns; with {@code customPlan} when it
     * holds a client's filter (see {@link Sql#rows}).
     */
    private List<RecordBase> list(Sql sql, boolean customPlan) {
        return sql.rows(em, customPlan).stream().map(RecordRepository::map).toList();
    }

    /**
     * The records of one kind (any kind when null) an actor {@code parent_.id} is involved in, in
     * one role when given, by date then slug: a nested list for {@link org.rudprk.common.NestedPages}.
     */
    public static org.rudprk.common.NestedPages.Relation<RecordBase> recordsOfActor(ActorRole role, RecordKind kind) {
        String involved = "(select distinct ra.record_id from record_actors ra where ra.actor_id = parent_.id"
                + (role == null ? "" : " and ra.role = '" + role.name() + "'") + ") x join records r on r.id = x.record_id";
        return new org.rudprk.common.NestedPages.Relation<>("ACTOR_RECORDS_DATE_ASC",
                select(kind, "{keys}", involved) + " where true" + (kind == null ? "" : " and r.kind = '" + kind.name() + "'"),
                List.of(new org.rudprk.common.NestedPages.Key("r.start_earliest", "date"),
                        new org.rudprk.common.NestedPages.Key("r.slug", "text")),
                RecordRepository::map);
    }

    /** Records in the order of {@code ids}, for batch resolvers. */
    public List<RecordBase> inOrder(List<Long> ids) {
        Map<Long, RecordBase> found = byIds(ids);
        return ids.stream().map(found::get).toList();
    }

    static RecordBase map(Object[] row) {
        RecordKind kind = RecordKind.valueOf((String) row[2]);
        FuzzyDate start = fuzzy(row[6], row[7], row[8]);
        FuzzyDate end = row[9] == null ? null : fuzzy(row[9], row[10], row[11]);
        RecordBase.Core core = new RecordBase.Core(((Number) row[0]).longValue(), (String) row[1], kind,
                (String) row[3], (String) row[4], RecordStatus.valueOf((String) row[5]),
                new Period(start, end, ((Number) row[0]).longValue()),
                row[21] == null ? null : new java.math.BigDecimal(row[21].toString()));
        Actor first = Actor.fromRow(row, PRINCIPAL_AT);
        Actor second = Actor.fromRow(row, PRINCIPAL_AT + ACTOR_COLUMNS);
        return switch (kind) {
            case AGREEMENT -> new Agreement(core, (String) row[12]);
            case SHIPMENT -> new Shipment(core, ShipmentCategory.valueOf((String) row[13]), first, second);
            case DEPLOYMENT -> new Deployment(core, DeploymentKind.valueOf((String) row[14]), (String) row[15], first,
                    second);
            case EVENT -> new Event(core, EventKind.valueOf((String) row[16]));
            case STATEMENT -> new Statement(core, StatementKind.valueOf((String) row[17]), (String) row[18],
                    (String) row[19], (String) row[20], first);
        };
    }

    private static FuzzyDate fuzzy(Object earliest, Object latest, Object precision) {
        return new FuzzyDate(date(earliest), date(latest), DatePrecision.valueOf((String) precision));
    }

    public static LocalDate date(Object value) {
        return value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
    }

    /** Groups children under their parents' keys, keeping the children's order. */
    public static <C> Map<Long, List<C>> group(List<C> children, java.util.function.Function<C, Long> key) {
        Map<Long, List<C>> out = new LinkedHashMap<>();
        for (C c : children) {
            out.computeIfAbsent(key.apply(c), k -> new java.util.ArrayList<>()).add(c);
        }
        return out;
    }
}
