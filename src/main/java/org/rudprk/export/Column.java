package org.rudprk.export;

import java.util.Set;

import org.rudprk.record.RecordKind;

/**
 * One column of an export: its header name, the type of its values, the SQL expression that
 * computes it (over the aliases of its collection's query) and what it holds, for the export docs (src/main/docs/exports.md)
 * and {@code GET /export}.
 *
 * @param kinds the record kinds that have this column; empty: every export of the collection has it
 */
public record Column(String name, Type type, String sql, String description, Set<RecordKind> kinds) {

    /** How a value is read from the result set and written out. */
    public enum Type {
        /** Text, written as is (CSV cells starting with = + - @ are prefixed with a quote). */
        TEXT,
        /** A whole number. */
        INTEGER,
        /** A decimal number, written in plain notation (5500000000, never 5.5E+9). */
        NUMBER,
        /** A day, ISO 8601 (2024-06-19). */
        DATE,
        /** "Type:slug" in SQL, written as the opaque global ID the GraphQL API uses. */
        ID
    }

    public Column {
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
    }

    static Column of(String name, Type type, String sql, String description) {
        return new Column(name, type, sql, description, Set.of());
    }

    /** A column only exports of these record kinds (and the mixed records export) have. */
    static Column forKinds(Set<RecordKind> kinds, String name, Type type, String sql, String description) {
        return new Column(name, type, sql, description, kinds);
    }

    /** Whether the export of records of {@code kind} (all kinds when null) has this column. */
    boolean appliesTo(RecordKind kind) {
        return kind == null || kinds.isEmpty() || kinds.contains(kind);
    }
}
