package org.rudprk.common;

import java.util.List;

import jakarta.persistence.EntityManager;

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

    /** Up to {@code size + 1} entities after the given key values (none: from the start). */
    public <E> List<E> page(EntityManager em, Class<E> entity, List<Object> after, int size) {
        Sql sql = new Sql().append("select " + alias + ".* from " + table + " " + alias).append(where);
        String columns = String.join(", ", keys);
        if (after != null) {
            String placeholders = String.join(", ", keys.stream().map(k -> "?").toList());
            sql.append(" and (" + columns + ") > (" + placeholders + ")", after.toArray());
        }
        sql.append(" order by " + columns + " limit " + (size + 1)); // literal: see Sql
        @SuppressWarnings("unchecked")
        List<E> found = sql.bind(em.createNativeQuery(sql.text(), entity)).getResultList();
        return found;
    }

    public int count(EntityManager em) {
        Sql sql = new Sql().append("select count(*) from " + table + " " + alias).append(where);
        return ((Number) sql.bind(em.createNativeQuery(sql.text(), Long.class)).getSingleResult()).intValue();
    }
}
