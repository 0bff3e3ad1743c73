package org.rudprk.common;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

import jakarta.persistence.EntityManager;

/**
 * Pages of a nested list (an actor's shipments, a record's citations...) for every parent of a
 * batch in one SQL statement: the parents' keys are unnested and each parent's page is cut in
 * PostgreSQL by a lateral subquery with {@code order by ... limit first+1}, after the cursor when
 * there is one (keyset, no OFFSET). {@code totalCount}, when asked, is one more statement for the
 * whole batch. Nothing reads a parent's whole list to cut it in Java.
 */
@jakarta.enterprise.context.ApplicationScoped
public class NestedPages {

    @jakarta.inject.Inject
    EntityManager em;

    @jakarta.inject.Inject
    io.smallrye.graphql.api.Context context;

    /** One key of a nested list's order: a SQL expression and the SQL type its cursor value is cast to. */
    public record Key(String expression, String type) {
    }

    /**
     * One nested list: {@code ordering}, the name its cursors carry (so a cursor of another list
     * is refused); {@code select}, "select ..." of the child's columns, each with its own label
     * (no placeholders: values the API has checked, such as enum constants, are written as
     * literals; see {@link Sql}), where {@code {keys}} stands for the ordering keys, added as text
     * columns key_0, key_1..., then "from ... where ...", whose condition ties the children to the
     * parent {@code parent_.id}; {@code keys}, the order, which makes each child unique within its
     * parent; and how a child is read from its row, by column label.
     */
    public record Relation<T>(String ordering, String select, List<Key> keys, Function<Row, T> read) {

        public Relation {
            keys = List.copyOf(keys);
        }

        /** A list whose children are read by column label. */
        public static <T> Relation<T> of(String ordering, String select, List<Key> keys, Function<Row, T> read) {
            return new Relation<>(ordering, select, keys, read);
        }

        /** This list narrowed by a further literal condition, ANDed to its select. */
        public Relation<T> and(String condition) {
            return new Relation<>(ordering, select + " and " + condition, keys, read);
        }

        /** This list with its children mapped further. */
        public <U> Relation<U> map(Function<T, U> then) {
            return new Relation<>(ordering, select, keys, read.andThen(then));
        }
    }

    /**
     * The page of {@code relation} for each parent, counted when the client selected
     * {@code totalCount}; see {@link #pages(EntityManager, List, Relation, Integer, String, boolean,
     * BiFunction, BiFunction)}.
     */
    public <T, E extends Edge<T>, C> List<C> pages(List<Long> parents, Relation<T> relation, Integer first,
            String after, BiFunction<String, T, E> edge, BiFunction<Pages.Page<E>, Integer, C> connection) {
        return pages(em, parents, relation, first, after, Pages.countAsked(context), edge, connection);
    }

    /**
     * The page of {@code relation} for each parent in {@code parents} (in their order), made into
     * connections with {@code edge} and {@code connection}.
     *
     * @param count  whether to count each parent's whole list (totalCount was asked)
     */
    public static <T, E extends Edge<T>, C> List<C> pages(EntityManager em, List<Long> parents,
            Relation<T> relation, Integer first, String after, boolean count,
            BiFunction<String, T, E> edge, BiFunction<Pages.Page<E>, Integer, C> connection) {
        int size = Pages.size(first);
        List<String> cursor = after == null ? null
                : Pages.keys(after, relation.ordering(), relation.keys().size());
        List<Long> distinct = List.copyOf(new LinkedHashSet<>(parents));
        Map<Long, List<Row>> rows = distinct.isEmpty() || size == 0 && !count ? Map.of()
                : rows(em, distinct, relation, size, cursor);
        Map<Long, Integer> counts = count && !distinct.isEmpty() ? counts(em, distinct, relation) : Map.of();
        List<C> out = new ArrayList<>(parents.size());
        for (Long parent : parents) {
            List<Row> found = rows.getOrDefault(parent, List.of());
            List<E> items = new ArrayList<>(found.size());
            for (Row row : found) {
                String[] keys = new String[relation.keys().size()];
                for (int k = 0; k < keys.length; k++) {
                    keys[k] = String.valueOf(row.get(KEY + k));
                }
                items.add(edge.apply(Pages.cursor(relation.ordering(), keys), relation.read().apply(row)));
            }
            Pages.Page<E> page = Pages.page(items, size, after != null, e -> e);
            out.add(connection.apply(page, count ? counts.getOrDefault(parent, 0) : null));
        }
        return out;
    }

    /** The labels of the ordering keys' columns (key_0, key_1...) and of the parent's key. */
    private static final String KEY = "key_";
    public static final String PARENT = "parent_key_";

    /** One statement per batch: parents unnested, each one's page by a lateral ORDER BY keys LIMIT first+1. */
    private static Map<Long, List<Row>> rows(EntityManager em, List<Long> parents, Relation<?> relation,
            int size, List<String> cursor) {
        StringBuilder keys = new StringBuilder();
        StringBuilder order = new StringBuilder();
        for (int i = 0; i < relation.keys().size(); i++) {
            Key k = relation.keys().get(i);
            keys.append(", (").append(k.expression()).append(")::text as ").append(KEY).append(i);
            order.append(order.isEmpty() ? "" : ", ").append(k.expression());
        }
        Sql sql = new Sql().append("select page_.*, parent_.id as " + PARENT + " from unnest(array[?]::bigint[]) as parent_(id) "
                + "cross join lateral (", parents);
        sql.append(relation.select().replace("{keys}", keys));
        if (cursor != null) {
            StringBuilder after = new StringBuilder(" and (").append(order).append(") > (");
            for (int i = 0; i < cursor.size(); i++) {
                after.append(i == 0 ? "" : ", ").append("cast(? as ").append(relation.keys().get(i).type())
                        .append(")");
            }
            sql.append(after.append(")").toString(), cursor.toArray());
        }
        // Literal LIMIT: a validated int (see Sql).
        sql.append(" order by " + order + " limit " + (size + 1) + ") page_");
        Map<Long, List<Row>> out = new HashMap<>();
        for (Row row : sql.rows(em, false)) {
            out.computeIfAbsent(row.id(PARENT), p -> new ArrayList<>()).add(row);
        }
        return out;
    }

    /** One statement per batch: parents unnested, each one's list counted by a lateral count(*). */
    private static Map<Long, Integer> counts(EntityManager em, List<Long> parents, Relation<?> relation) {
        Sql sql = new Sql().append("select parent_.id as " + PARENT + ", count_.n from unnest(array[?]::bigint[]) as parent_(id) "
                + "cross join lateral (select count(*) from (", parents);
        sql.append(relation.select().replace("{keys}", ""));
        sql.append(") all_) count_(n)");
        Map<Long, Integer> out = new HashMap<>();
        for (Row row : sql.rows(em, false)) {
            out.put(row.id(PARENT), row.integer("n"));
        }
        return out;
    }
}
