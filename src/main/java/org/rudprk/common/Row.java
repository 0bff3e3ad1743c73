package org.rudprk.common;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One row of a native query, read by column label (every column of the data layer's SQL has an
 * alias); never by position. Numbers, dates and enum labels are converted here, once, for every
 * reader.
 */
public final class Row {

    /** The position of each label, shared by all rows of one result. */
    private final Map<String, Integer> columns;
    private final Object[] values;

    private Row(Map<String, Integer> columns, Object[] values) {
        this.columns = columns;
        this.values = values;
    }

    /** Every row of a result set, as JDBC reads them (dates as {@link java.sql.Date}, numbers as {@link Number}). */
    static List<Row> all(java.sql.ResultSet rs) throws java.sql.SQLException {
        java.sql.ResultSetMetaData meta = rs.getMetaData();
        int n = meta.getColumnCount();
        Map<String, Integer> columns = new HashMap<>(n * 2);
        for (int c = 0; c < n; c++) {
            if (columns.putIfAbsent(meta.getColumnLabel(c + 1), c) != null) {
                throw new IllegalStateException("two columns labelled " + meta.getColumnLabel(c + 1)
                        + ": give each its own alias");
            }
        }
        List<Row> rows = new ArrayList<>();
        while (rs.next()) {
            Object[] values = new Object[n];
            for (int c = 0; c < n; c++) {
                values[c] = rs.getObject(c + 1); // every column, each then read by its label
            }
            rows.add(new Row(columns, values));
        }
        return rows;
    }

    /** The column's value as the query returned it; an unknown label is a programming error. */
    public Object get(String column) {
        Integer at = columns.get(column);
        if (at == null) {
            throw new IllegalArgumentException("no column labelled " + column + " (there are " + columns.keySet() + ")");
        }
        return values[at];
    }

    public boolean isNull(String column) {
        return get(column) == null;
    }

    /** A non-null key. */
    public long id(String column) {
        return ((Number) get(column)).longValue();
    }

    public Long longOrNull(String column) {
        Object v = get(column);
        return v == null ? null : ((Number) v).longValue();
    }

    public Integer integer(String column) {
        Object v = get(column);
        return v == null ? null : ((Number) v).intValue();
    }

    public String text(String column) {
        Object v = get(column);
        return v == null ? null : v.toString();
    }

    public Boolean bool(String column) {
        return (Boolean) get(column);
    }

    public BigDecimal decimal(String column) {
        Object v = get(column);
        return v == null ? null : v instanceof BigDecimal d ? d : new BigDecimal(v.toString());
    }

    public LocalDate date(String column) {
        return date(get(column));
    }

    /** An enum constant from a column holding its name (an enum column cast to text). */
    public <E extends Enum<E>> E enumOf(Class<E> type, String column) {
        Object v = get(column);
        return v == null ? null : Enum.valueOf(type, v.toString());
    }

    /** A date as JDBC or Hibernate returns it ({@link java.sql.Date} or {@link LocalDate}). */
    public static LocalDate date(Object value) {
        return value == null ? null : value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
