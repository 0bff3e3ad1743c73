package org.rudprk.common;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Tuple;

/**
 * One row of a native query, read by column label (every column of the data layer's SQL has an
 * alias); never by position. Numbers, dates and enum labels are converted here, once, for every
 * reader.
 */
public final class Row {

    private final Tuple tuple;

    Row(Tuple tuple) {
        this.tuple = tuple;
    }

    /** The column's value as the query returned it; an unknown label is a programming error. */
    public Object get(String column) {
        return tuple.get(column);
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

    /**
     * The values in select order: only for the kind packages' nested lists that still map by
     * position (see {@link NestedPages.Relation#Relation(String, String, java.util.List,
     * java.util.function.Function)}).
     */
    public Object[] values() {
        return tuple.toArray();
    }
}
