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

    /** A column only exports of records of {@code kind} (and the mixed records export) have. */
    public static Column ofKind(RecordKind kind, String name, Type type, String sql, String description) {
        return new Column(name, type, sql, description, Set.of(kind));
    }

    /** The slugs of the actors in one role of record r, joined with '|'. */
    public static String slugsInRole(org.rudprk.record.ActorRole role) {
        return "(select string_agg(a.slug, '|' order by a.slug) from record_actors ra join actors a on a.id = "
                + "ra.actor_id where ra.record_id = r.id and ra.role = '" + role.name() + "')";
    }

    /** Whether the export of records of {@code kind} (all kinds when null) has this column. */
    boolean appliesTo(RecordKind kind) {
        return kind == null || kinds.isEmpty() || kinds.contains(kind);
    }
}
