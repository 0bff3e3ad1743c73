package org.rudprk.common;

import java.util.ArrayList;
import java.util.List;

import org.rudprk.common.errors.DatabaseErrors;

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

    /** Statements run by {@link #rows} and {@link #count}; see {@link #statements()}. */
    private static final java.util.concurrent.atomic.LongAdder STATEMENTS = new java.util.concurrent.atomic.LongAdder();

    /**
     * Runs this query on the session's own JDBC connection, through Hibernate's public
     * {@link org.hibernate.Session#doReturningWork} (same connection and transaction as every other
     * read of the request), and returns its rows, read by column label (see {@link Row}): give
     * every column an alias. A failure the client is told about (a statement timeout, a value the
     * database refuses, a database out of reach) comes out as a {@link org.rudprk.common.errors.DatabaseException} carrying
     * its error code ({@link DatabaseErrors#translate}); any other as Hibernate's
     * {@link org.hibernate.JDBCException}, an unexpected failure. Collections passed as values expand to one
     * placeholder per element.
     * <p>
     * Not a Hibernate native query: on the hot paths (a page of shipments, nested pages, the
     * aggregate) Hibernate's result processing cost 11 to 50 % more CPU per request than reading
     * the ResultSet here (measured side by side on a 10k database). Hibernate's statistics do not
     * see these statements; {@link #statements()} counts them.
     *
     * @param customPlan plan this execution for its own values: the driver never prepares it
     *        on the server, so PostgreSQL never falls back to a generic plan that ignores them.
     *        For queries built from a client's filter, whose best plan depends on the values.
     *        (pgjdbc's public {@link org.postgresql.PGStatement#setPrepareThreshold}.)
     */
    public List<Row> rows(jakarta.persistence.EntityManager em, boolean customPlan) {
        Jdbc query = jdbc();
        try {
            return em.unwrap(org.hibernate.Session.class).doReturningWork(connection -> {
                try (java.sql.PreparedStatement ps = prepare(connection, query, customPlan);
                        java.sql.ResultSet rs = ps.executeQuery()) {
                    return Row.all(rs);
                }
            });
        } catch (RuntimeException e) {
            throw DatabaseErrors.translate(e);
        }
    }

    /** Runs this query on a connection of the caller's (a test's, a tool's), as {@link #rows} does. */
    public List<Row> rows(java.sql.Connection connection) throws java.sql.SQLException {
        try (java.sql.PreparedStatement ps = prepare(connection, jdbc(), false); java.sql.ResultSet rs = ps.executeQuery()) {
            return Row.all(rs);
        }
    }

    /** The one number a {@code select count(*) ...} returns; see {@link #rows} for {@code customPlan}. */
    public long count(jakarta.persistence.EntityManager em, boolean customPlan) {
        Jdbc query = jdbc();
        try {
            return em.unwrap(org.hibernate.Session.class).doReturningWork(connection -> {
                try (java.sql.PreparedStatement ps = prepare(connection, query, customPlan);
                        java.sql.ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1); // the only column there is
                }
            });
        } catch (RuntimeException e) {
            throw DatabaseErrors.translate(e);
        }
    }

    /**
     * How many statements {@link #rows} and {@link #count} have run in this JVM: for tests that
     * count a request's SQL statements, with Hibernate's statistics for its own queries.
     */
    public static long statements() {
        return STATEMENTS.sum();
    }

    private static java.sql.PreparedStatement prepare(java.sql.Connection connection, Jdbc query, boolean customPlan)
            throws java.sql.SQLException {
        java.sql.PreparedStatement ps = connection.prepareStatement(query.text());
        try {
            if (customPlan) {
                ps.unwrap(org.postgresql.PGStatement.class).setPrepareThreshold(0);
            }
            int i = 1;
            for (Object value : query.values()) {
                if (value == null) {
                    ps.setNull(i++, java.sql.Types.NULL);
                } else {
                    ps.setObject(i++, value);
                }
            }
        } catch (java.sql.SQLException | RuntimeException e) {
            ps.close();
            throw e;
        }
        STATEMENTS.increment();
        return ps;
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
}
