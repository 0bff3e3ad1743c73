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
     * One nested list.
     *
     * @param ordering the name cursors of this list carry, so a cursor of another list is refused
     * @param select   "select ..." of the child's columns (no placeholders: values the API has
     *                 checked, such as enum constants, are written as literals; see {@link Sql}), in which {@code {keys}} stands where the
     *                 ordering keys are added as text columns; then "from ... where ...", where the
     *                 condition ties the children to the parent {@code parent_.id}
     * @param keys     the order, which makes each child unique within its parent
     * @param map      the child from its row (the child's columns from index 0)
     */
    public record Relation<T>(String ordering, String select, List<Key> keys, Function<Object[], T> map) {
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
        Map<Long, List<Object[]>> rows = distinct.isEmpty() || size == 0 && !count ? Map.of()
                : rows(em, distinct, relation, size, cursor);
        Map<Long, Integer> counts = count && !distinct.isEmpty() ? counts(em, distinct, relation) : Map.of();
        List<C> out = new ArrayList<>(parents.size());
        for (Long parent : parents) {
            List<Object[]> found = rows.getOrDefault(parent, List.of());
            List<E> items = new ArrayList<>(found.size());
            for (Object[] row : found) {
                int keyAt = row.length - 1 - relation.keys().size();
                String[] keys = new String[relation.keys().size()];
                for (int k = 0; k < keys.length; k++) {
                    keys[k] = String.valueOf(row[keyAt + k]);
                }
                items.add(edge.apply(Pages.cursor(relation.ordering(), keys), relation.map().apply(row)));
            }
            Pages.Page<E> page = Pages.page(items, size, after != null, e -> e);
            out.add(connection.apply(page, count ? counts.getOrDefault(parent, 0) : null));
        }
        return out;
    }

    private static Map<Long, List<Object[]>> rows(EntityManager em, List<Long> parents, Relation<?> relation,
            int size, List<String> cursor) {
        StringBuilder keys = new StringBuilder();
        StringBuilder order = new StringBuilder();
        for (Key k : relation.keys()) {
            keys.append(", (").append(k.expression()).append(")::text");
            order.append(order.isEmpty() ? "" : ", ").append(k.expression());
        }
        Sql sql = new Sql().append("select page_.*, parent_.id from unnest(array[?]::bigint[]) as parent_(id) "
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
        Map<Long, List<Object[]>> out = new HashMap<>();
        for (Object[] row : sql.rows(em, false)) {
            out.computeIfAbsent(((Number) row[row.length - 1]).longValue(), p -> new ArrayList<>()).add(row);
        }
        return out;
    }

    private static Map<Long, Integer> counts(EntityManager em, List<Long> parents, Relation<?> relation) {
        Sql sql = new Sql().append("select parent_.id, count_.n from unnest(array[?]::bigint[]) as parent_(id) "
                + "cross join lateral (select count(*) from (", parents);
        sql.append(relation.select().replace("{keys}", ""));
        sql.append(") all_) count_(n)");
        Map<Long, Integer> out = new HashMap<>();
        for (Object[] row : sql.rows(em, false)) {
            out.put(((Number) row[0]).longValue(), ((Number) row[1]).intValue());
        }
        return out;
    }
}
