package org.rudprk.common;

import java.util.List;

import jakarta.persistence.EntityManager;

import org.rudprk.common.errors.DatabaseErrors;

/**
 * One keyset-paginated list of entities: {@code select alias.* from table alias where ...
 * and (keys) > (cursor keys) order by keys limit n}, and its count. No OFFSET, so a page
 * deep in a long list costs the same as the first.
 */
public final class KeysetQuery {

    private final String table;
    private final String alias;
    private final List<String> keys;
    private final Sql where = new Sql().append(" where true");

    /** {@code keys} are the ordering columns, ending in a unique one (the slug). */
    public KeysetQuery(String table, String alias, List<String> keys) {
        this.table = table;
        this.alias = alias;
        this.keys = keys;
    }

    /** Adds a condition (ANDed); null adds nothing. */
    public KeysetQuery where(Sql condition) {
        if (condition != null) {
            where.append(" and (").append(condition).append(")");
        }
        return this;
    }

    /**
     * Up to {@code size + 1} entities after the given key values (none: from the start), mapped
     * by Hibernate from the table's columns by name. One statement: keyset, literal LIMIT size+1.
     */
    public <E> List<E> page(EntityManager em, Class<E> entity, List<Object> after, int size) {
        Sql sql = page(alias + ".*", after, size);
        @SuppressWarnings("unchecked")
        List<E> found = DatabaseErrors.reading(
                () -> sql.bind(em.createNativeQuery(sql.text(), entity)).getResultList());
        return found;
    }

    /**
     * Up to {@code size + 1} rows of {@code columns} after the given key values, each read by
     * column label with {@code read}. One statement: keyset, literal LIMIT size+1.
     */
    public <T> List<T> page(EntityManager em, String columns, java.util.function.Function<Row, T> read,
            List<Object> after, int size) {
        return page(columns, after, size).rows(em, false).stream().map(read).toList();
    }

    private Sql page(String columns, List<Object> after, int size) {
        Sql sql = new Sql().append("select " + columns + " from " + table + " " + alias).append(where);
        String order = String.join(", ", keys);
        if (after != null) {
            String placeholders = String.join(", ", keys.stream().map(k -> "?").toList());
            sql.append(" and (" + order + ") > (" + placeholders + ")", after.toArray());
        }
        return sql.append(" order by " + order + " limit " + (size + 1)); // literal: see Sql
    }

    /**
     * A root list's page read forward: the {@code first} items (default and bound of {@link Pages#size})
     * after the cursor {@code after} (null: from the start), made for {@code ordering}.
     * {@code fetch} reads up to size + 1 items after the key values it is given (null: from the
     * start); {@code keysOf} gives an item's values of this query's keys as its cursor holds them, and {@code parse}
     * turns a cursor's back into the values compared in SQL (it throws InvalidCursorException).
     */
    public <T, E extends Edge<?>> Pages.Page<E> forward(String ordering, Integer first, String after,
            java.util.function.BiFunction<List<Object>, Integer, List<T>> fetch,
            java.util.function.Function<T, List<String>> keysOf,
            java.util.function.Function<List<String>, List<Object>> parse,
            java.util.function.BiFunction<String, T, E> edge) {
        int size = Pages.size(first);
        List<Object> keys = after == null ? null : parse.apply(Pages.keys(after, ordering, this.keys.size()));
        return Pages.page(fetch.apply(keys, size), size, after != null,
                item -> edge.apply(Pages.cursor(ordering, keysOf.apply(item).toArray(String[]::new)), item));
    }

    /** One statement, {@code select count(*)} under the same conditions. */
    public int count(EntityManager em) {
        return (int) new Sql().append("select count(*) from " + table + " " + alias).append(where).count(em, false);
    }
}
