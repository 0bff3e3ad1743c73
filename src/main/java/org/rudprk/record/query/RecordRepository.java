package org.rudprk.record.query;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.rudprk.actor.api.Actor;
import org.rudprk.common.Row;
import org.rudprk.common.FuzzyDate;
import org.rudprk.common.Sql;
import org.rudprk.record.ActorRole;
import org.rudprk.record.RecordKind;
import org.rudprk.record.RecordOrder;
import org.rudprk.record.RecordStatus;
import org.rudprk.record.api.Period;
import org.rudprk.record.api.RecordBase;

/**
 * Reads records of every kind in one query each: the common row joined to its subtype row,
 * mapped to the API type of its kind.
 */
@ApplicationScoped
public class RecordRepository {

    /** The most principal actors a kind reads with its records (2: a shipment's supplier and recipient). */
    private static final int PRINCIPALS = RecordKind.descriptions().stream()
            .mapToInt(k -> k.principalRoles().size()).max().orElse(0);

    /**
     * The SELECT of records of every kind, as a template (extra columns, then the FROM item
     * that binds r): every column the API types need, the common row, each kind's subtype
     * columns labelled alias_column (sh_category; null for other kinds), the largest USD value,
     * then the principal actors (see {@link #selectOf}). Tables, columns and principal roles come
     * from the kinds' descriptions ({@link RecordKind#descriptions()}).
     */
    private static final String TEMPLATE = selectOf(null);

    /**
     * The columns for records of one kind: only that kind's subtype table is joined and only
     * its columns are selected (rows are read by label). A page of shipments then costs one
     * index probe per row instead of five.
     */
    private static final Map<RecordKind, String> TEMPLATE_KIND = java.util.Arrays.stream(RecordKind.values())
            .collect(java.util.stream.Collectors.toUnmodifiableMap(k -> k, RecordRepository::selectOf));

    /** Records of every kind, from table records. */
    static final String SELECT = select(null, "", "records r");

    /**
     * The SELECT for records of one kind ({@code only}; every kind when null).
     * <p>
     * The principal actors are read with the record itself: the supplier and recipient of a
     * shipment, the sender and host of a deployment, the speaker of a statement (the first
     * actor by key in that role). They are part of almost every question about these records;
     * reading them here makes a page of shipments with both parties one SQL statement and
     * plain property fields, where batch loaders cost two more statements and two data-loader
     * rounds per page.
     */
    private static String selectOf(RecordKind only) {
        List<String> columns = new java.util.ArrayList<>();
        List<String> joins = new java.util.ArrayList<>();
        for (RecordKindDescription k : RecordKind.descriptions()) {
            if (only == null || only == k.kind()) {
                k.columns().forEach(c -> columns.add(c.select(k.alias()) + " as " + k.alias() + "_" + c.name()));
                joins.add(k.join());
            }
        }
        StringBuilder principals = new StringBuilder();
        StringBuilder principalJoins = new StringBuilder();
        for (int i = 0; i < PRINCIPALS; i++) {
            String role = role(only, i);
            principals.append(principalColumns("p" + (i + 1), role));
            principalJoins.append(principalJoin("p" + (i + 1), role));
        }
        return """
                select r.id, r.slug, r.kind::text as kind, r.title, r.summary, r.status::text as status,
                       r.start_earliest, r.start_latest, r.start_precision::text as start_precision,
                       r.end_earliest, r.end_latest, r.end_precision::text as end_precision,
                       %s, r.value_usd%s%%1$s
                from %%2$s
                %s
                %s""".formatted(String.join(", ", columns), principals, String.join("\n", joins), principalJoins);
    }

    /**
     * The SQL expression of the i-th principal role of records of one kind (a literal), or of
     * every kind (a case over r.kind); null where no kind in question has one.
     */
    private static String role(RecordKind only, int i) {
        StringBuilder cases = new StringBuilder();
        for (RecordKindDescription k : RecordKind.descriptions()) {
            if (i < k.principalRoles().size()) {
                String role = "'" + k.principalRoles().get(i).name() + "'";
                if (only == k.kind()) {
                    return role;
                }
                cases.append(" when '").append(k.kind().name()).append("' then ").append(role);
            }
        }
        return only != null || cases.isEmpty() ? null : "(case r.kind" + cases + " end)";
    }

    /**
     * The SELECT of records of one kind (all kinds when null) with {@code extraColumns}
     * after the mapped ones, from {@code from} (which binds {@code r}).
     */
    private static String select(RecordKind kind, String extraColumns, String from) {
        return (kind == null ? TEMPLATE : TEMPLATE_KIND.get(kind)).formatted(extraColumns, from);
    }

    /** The principal actor's columns labelled p1_id, p1_slug... (none where the kind has no such role). */
    private static String principalColumns(String alias, String role) {
        return role == null ? "" : ", " + Actor.columns(alias, alias + "_");
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

    @Inject
    org.rudprk.actor.query.ActorRepository actors;

    /** One statement per batch: {@code where r.id in (keys)}, at most one row per key, in no particular order. */
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

    /** One statement per batch: {@code where r.slug in (slugs)}, at most one row per slug, in no particular order. */
    public List<RecordBase> bySlugs(Collection<String> slugs) {
        return slugs.isEmpty() ? List.of()
                : list(new Sql().append(SELECT).append("where r.slug in (?)", List.copyOf(slugs)), false);
    }

    /** One statement, a unique-index probe on the slug: the record, if it is of the given kind (any kind when null). */
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
     * One statement: keyset on the order's keys, literal {@code LIMIT size+1}, no OFFSET.
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

    /** One statement, {@code count(*)} under {@link #where}: how many records {@link #page} would page through. */
    public long count(RecordKind kind, Sql filter) {
        return new Sql().append("select count(*) from records r ").append(where(kind, filter))
                .count(em, filter != null);
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
        return actors.bySlugs(slugs).values().stream().map(Actor::dbId).toList();
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
        return org.rudprk.common.NestedPages.Relation.of("ACTOR_RECORDS_DATE_ASC",
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

    /** The record in a row of {@link #SELECT}'s columns, read by label; its kind's description builds it. */
    static RecordBase map(Row row) {
        RecordKind kind = row.enumOf(RecordKind.class, "kind");
        long id = row.id("id");
        RecordBase.Core core = new RecordBase.Core(id, row.text("slug"), kind, row.text("title"), row.text("summary"),
                row.enumOf(RecordStatus.class, "status"),
                new Period(FuzzyDate.read(row, "start_"), FuzzyDate.read(row, "end_"), id), row.decimal("value_usd"));
        RecordKindDescription description = kind.description();
        List<Actor> principals = new java.util.ArrayList<>(description.principalRoles().size());
        for (int i = 0; i < description.principalRoles().size(); i++) {
            principals.add(Actor.read(row, "p" + (i + 1) + "_"));
        }
        return description.toApi(core, column -> row.get(description.alias() + "_" + column), principals);
    }
}
