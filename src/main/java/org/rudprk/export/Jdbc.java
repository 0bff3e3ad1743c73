package org.rudprk.export;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import org.rudprk.common.Sql;

/**
 * Runs a {@link Sql} (written for JPA's numbered parameters, where a list parameter stands
 * for the values of an {@code in (...)}) as a plain JDBC statement.
 */
final class Jdbc {

    private Jdbc() {
    }

    /** A forward-only, read-only statement with every parameter bound. */
    static PreparedStatement prepare(Connection connection, Sql sql) throws SQLException {
        Sql.Jdbc query = sql.jdbc();
        List<Object> values = query.values();
        PreparedStatement statement = connection.prepareStatement(query.text(), ResultSet.TYPE_FORWARD_ONLY,
                ResultSet.CONCUR_READ_ONLY);
        try {
            for (int i = 0; i < values.size(); i++) {
                Object v = values.get(i);
                if (v instanceof BigDecimal d) {
                    statement.setBigDecimal(i + 1, d);
                } else {
                    // Strings, LocalDates and numbers; null (an open end of a date range) goes untyped and
                    // PostgreSQL infers its type from where it is used, as with the GraphQL API.
                    statement.setObject(i + 1, v);
                }
            }
        } catch (SQLException | RuntimeException e) {
            statement.close();
            throw e;
        }
        return statement;
    }
}
