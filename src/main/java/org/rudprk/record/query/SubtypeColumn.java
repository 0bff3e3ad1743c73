package org.rudprk.record.query;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One column of a subtype table (or of agreement_provisions), as its entity declares it: the column, the entity field (which
 * is also the seed field), the Java enum of a PostgreSQL enum column (null for text), and
 * whether it is required ({@code @Column(nullable = false)}).
 */
public record SubtypeColumn(String name, String field, Class<? extends Enum<?>> enumType, boolean required) {

    private static final Map<Class<?>, List<SubtypeColumn>> COLUMNS = new ConcurrentHashMap<>();

    /** The PostgreSQL type of an enum column: the enum's name in snake case (shipment_category); null for text. */
    public String pgEnum() {
        return enumType == null ? null : enumType.getSimpleName().replaceAll("([a-z0-9])([A-Z])", "$1_$2")
                .toLowerCase(java.util.Locale.ROOT);
    }

    /** The column as a SELECT reads it over {@code alias}: enums as text ({@code sh.category::text}). */
    public String select(String alias) {
        return alias + "." + name + (enumType == null ? "" : "::text");
    }

    /** Its placeholder in an INSERT: {@code ?::shipment_category}, or {@code ?}. */
    public String placeholder() {
        return enumType == null ? "?" : "?::" + pgEnum();
    }

    /**
     * The INSERT of one row of an entity's table, its key left to the table or given first when
     * {@code key} is not null: {@code insert into shipments (record_id, category, ...) values (?, ?::shipment_category, ...)}.
     */
    public static String insert(Class<?> entity, String key) {
        List<SubtypeColumn> columns = of(entity);
        StringBuilder names = new StringBuilder(key == null ? "" : key);
        StringBuilder values = new StringBuilder(key == null ? "" : "?");
        for (SubtypeColumn c : columns) {
            names.append(names.isEmpty() ? "" : ", ").append(c.name());
            values.append(values.isEmpty() ? "" : ", ").append(c.placeholder());
        }
        return "insert into " + table(entity) + " (" + names + ") values (" + values + ")";
    }

    /** An entity's columns over {@code alias}, each labelled as its column: {@code p.ordinal as ordinal, p.topic::text as topic}. */
    public static String selectList(Class<?> entity, String alias) {
        StringBuilder out = new StringBuilder();
        for (SubtypeColumn c : of(entity)) {
            out.append(out.isEmpty() ? "" : ", ").append(c.select(alias)).append(" as ").append(c.name());
        }
        return out.toString();
    }

    /** The table of an entity. */
    public static String table(Class<?> entity) {
        Table table = entity.getAnnotation(Table.class);
        if (table == null) {
            throw new IllegalStateException(entity.getName() + " has no @Table");
        }
        return table.name();
    }

    /** The columns of an entity's fields, in declaration order, leaving out its key. */
    @SuppressWarnings("unchecked")
    public static List<SubtypeColumn> of(Class<?> entity) {
        return COLUMNS.computeIfAbsent(entity, e -> {
            List<SubtypeColumn> out = new ArrayList<>();
            for (Field f : e.getDeclaredFields()) {
                Column column = f.getAnnotation(Column.class);
                if (column == null || Modifier.isStatic(f.getModifiers()) || f.isAnnotationPresent(Id.class)
                        || f.isAnnotationPresent(GeneratedValue.class)) {
                    continue;
                }
                Class<? extends Enum<?>> type = f.getType().isEnum() ? (Class<? extends Enum<?>>) f.getType() : null;
                out.add(new SubtypeColumn(column.name(), f.getName(), type, !column.nullable()));
            }
            return List.copyOf(out);
        });
    }
}
