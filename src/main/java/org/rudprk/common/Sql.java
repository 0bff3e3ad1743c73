package org.rudprk.common;

import java.util.ArrayList;
import java.util.List;

/**
 * A SQL text assembled from fixed fragments with positional parameters. User input only
 * ever travels as parameters, never as SQL text.
 * <p>
 * Values the API itself controls and has checked are written as literals: a page's LIMIT
 * (a validated int) and a record kind (an enum constant). PostgreSQL cannot cost a plan for
 * {@code limit $1} without knowing it, so a prepared page query with a parameter LIMIT never
 * earns a cached generic plan and is planned again on every execution (measured: 0.6 ms of
 * planning per page of shipments, more than running it).
 */
public final class Sql {

    private static final java.util.regex.Pattern PLACEHOLDER = java.util.regex.Pattern.compile("\\?(\\d+)");

    private final StringBuilder text = new StringBuilder();
    private final List<Object> params = new ArrayList<>();

    public Sql append(String fragment, Object... values) {
        int from = 0;
        int valueIndex = 0;
        for (int i = fragment.indexOf('?'); i >= 0; i = fragment.indexOf('?', from)) {
            if (valueIndex >= values.length) {
                throw new IllegalArgumentException("more placeholders than values in: " + fragment);
            }
            text.append(fragment, from, i).append('?').append(params.size() + 1);
            params.add(values[valueIndex++]);
            from = i + 1;
        }
        if (valueIndex != values.length) {
            throw new IllegalArgumentException("more values than placeholders in: " + fragment);
        }
        text.append(fragment, from, fragment.length());
        return this;
    }

    public Sql append(Sql other) {
        String renumbered = other.text.toString();
        // Shift the other's ?N placeholders past ours, highest first so ?1 does not clobber ?10.
        for (int n = other.params.size(); n >= 1; n--) {
            renumbered = renumbered.replace("?" + n, "?#" + (n + params.size()));
        }
        text.append(renumbered.replace("?#", "?"));
        params.addAll(other.params);
        return this;
    }

    public String text() {
        return text.toString();
    }

    public List<Object> params() {
        return params;
    }

    /**
     * Runs this query as a Hibernate native query and returns its rows, read by column label
     * (see {@link Row}): give every column an alias. Collections passed as values expand to one
     * placeholder per element. Public APIs only; Hibernate's statistics and SQL logging see it.
     *
     * @param customPlan plan this execution for its own values: the driver never prepares it
     *        on the server, so PostgreSQL never falls back to a generic plan that ignores them.
     *        For queries built from a client's filter, whose best plan depends on the values.
     *        Done with pgjdbc's public {@link org.postgresql.PGConnection#setPrepareThreshold}
     *        on the session's connection, for this statement only.
     */
    public List<Row> rows(jakarta.persistence.EntityManager em, boolean customPlan) {
        org.hibernate.Session session = em.unwrap(org.hibernate.Session.class);
        List<jakarta.persistence.Tuple> tuples = run(session, customPlan,
                () -> prepare(session, jakarta.persistence.Tuple.class).getResultList());
        List<Row> rows = new ArrayList<>(tuples.size());
        for (jakarta.persistence.Tuple t : tuples) {
            rows.add(new Row(t));
        }
        return rows;
    }

    /** The one number a {@code select count(*) ...} returns; see {@link #rows} for {@code customPlan}. */
    public long count(jakarta.persistence.EntityManager em, boolean customPlan) {
        org.hibernate.Session session = em.unwrap(org.hibernate.Session.class);
        return run(session, customPlan,
                () -> prepare(session, Long.class).getSingleResult());
    }

    private static <T> T run(org.hibernate.Session session, boolean customPlan, java.util.function.Supplier<T> query) {
        if (!customPlan) {
            return query.get();
        }
        int threshold = session.doReturningWork(c -> {
            org.postgresql.PGConnection pg = c.unwrap(org.postgresql.PGConnection.class);
            int before = pg.getPrepareThreshold();
            pg.setPrepareThreshold(0);
            return before;
        });
        try {
            return query.get();
        } finally {
            session.doWork(c -> c.unwrap(org.postgresql.PGConnection.class).setPrepareThreshold(threshold));
        }
    }

    /** This query as JDBC takes it: one {@code ?} per value, and the values in that order. */
    public record Jdbc(String text, List<Object> values) {
    }

    /**
     * The text with JDBC's placeholders (?N becomes ?, or ?, ?, ... for a collection value)
     * and the values flattened in the order of the placeholders.
     */
    public Jdbc jdbc() {
        java.util.regex.Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        List<Object> values = new ArrayList<>();
        while (m.find()) {
            Object value = params.get(Integer.parseInt(m.group(1)) - 1);
            if (value instanceof java.util.Collection<?> c) {
                m.appendReplacement(out, String.join(", ", java.util.Collections.nCopies(c.size(), "?")));
                values.addAll(c);
            } else {
                m.appendReplacement(out, "?");
                values.add(value);
            }
        }
        m.appendTail(out);
        return new Jdbc(out.toString(), values);
    }

    public <Q extends jakarta.persistence.Query> Q bind(Q query) {
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
        return query;
    }

    /**
     * This query as a native query: collections expanded here, as JDBC takes them (one ?N per
     * element, so {@code array[?]} stays an array, where Hibernate's own expansion would write a
     * row), and every value bound to its ordinal.
     */
    private <T> org.hibernate.query.NativeQuery<T> prepare(org.hibernate.Session session, Class<T> type) {
        Jdbc flat = jdbc();
        StringBuilder numbered = new StringBuilder(flat.text().length() + 16);
        int n = 0;
        String text = flat.text();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            numbered.append(c);
            if (c == '?') {
                numbered.append(++n);
            }
        }
        org.hibernate.query.NativeQuery<T> query = session.createNativeQuery(numbered.toString(), type);
        for (int i = 0; i < flat.values().size(); i++) {
            query.setParameter(i + 1, flat.values().get(i));
        }
        return query;
    }
}
