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
     * Runs this query on the session's JDBC connection and returns its rows as JDBC reads
     * them (dates as {@link java.sql.Date}, numbers as {@link Number}). Collections passed
     * as values expand to one placeholder per element. Goes through Hibernate's statement
     * preparer, so statistics and SQL logging still see it.
     *
     * @param customPlan plan this execution for its own values: the driver never prepares it
     *        on the server, so PostgreSQL never falls back to a generic plan that ignores them.
     *        For queries built from a client's filter, whose best plan depends on the values.
     */
    public List<Object[]> rows(jakarta.persistence.EntityManager em, boolean customPlan) {
        org.hibernate.engine.spi.SharedSessionContractImplementor session =
                em.unwrap(org.hibernate.engine.spi.SharedSessionContractImplementor.class);
        org.hibernate.engine.jdbc.spi.JdbcCoordinator jdbc = session.getJdbcCoordinator();
        Jdbc query = jdbc();
        String sql = query.text();
        java.sql.PreparedStatement ps = jdbc.getStatementPreparer().prepareStatement(sql);
        try {
            if (customPlan) {
                ps.unwrap(org.postgresql.PGStatement.class).setPrepareThreshold(0);
            }
            int i = 1;
            for (Object value : query.values()) {
                set(ps, i++, value);
            }
            java.sql.ResultSet rs = jdbc.getResultSetReturn().extract(ps, sql);
            int columns = rs.getMetaData().getColumnCount();
            List<Object[]> rows = new ArrayList<>();
            while (rs.next()) {
                Object[] row = new Object[columns];
                for (int c = 0; c < columns; c++) {
                    row[c] = rs.getObject(c + 1);
                }
                rows.add(row);
            }
            return rows;
        } catch (java.sql.SQLException e) {
            throw session.getJdbcServices().getSqlExceptionHelper().convert(e, "could not run query", sql);
        } finally {
            jdbc.getLogicalConnection().getResourceRegistry().release(ps);
            jdbc.afterStatementExecution();
        }
    }

    private static void set(java.sql.PreparedStatement ps, int index, Object value) throws java.sql.SQLException {
        if (value == null) {
            ps.setNull(index, java.sql.Types.NULL);
        } else {
            ps.setObject(index, value);
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

    public jakarta.persistence.Query bind(jakarta.persistence.Query query) {
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
        return query;
    }
}
