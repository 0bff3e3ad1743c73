package org.rudprk.export;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.rudprk.common.Sql;

/**
 * Runs a {@link Sql} (written for JPA's numbered parameters, where a list parameter stands
 * for the values of an {@code in (...)}) as a plain JDBC statement.
 */
final class Jdbc {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\?(\\d+)");

    private Jdbc() {
    }

    /** A forward-only, read-only statement with every parameter bound. */
    static PreparedStatement prepare(Connection connection, Sql sql) throws SQLException {
        Matcher m = PLACEHOLDER.matcher(sql.text());
        StringBuilder text = new StringBuilder();
        List<Object> values = new ArrayList<>();
        while (m.find()) {
            Object value = sql.params().get(Integer.parseInt(m.group(1)) - 1);
            if (value instanceof Collection<?> list) {
                m.appendReplacement(text, String.join(", ", Collections.nCopies(list.size(), "?")));
                values.addAll(list);
            } else {
                m.appendReplacement(text, "?");
                values.add(value);
            }
        }
        m.appendTail(text);
        PreparedStatement statement = connection.prepareStatement(text.toString(), ResultSet.TYPE_FORWARD_ONLY,
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
