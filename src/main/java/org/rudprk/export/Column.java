package org.rudprk.export;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.rudprk.common.DatePrecision;
import org.rudprk.common.FuzzyDate;
import org.rudprk.record.api.Period;
import org.rudprk.record.RecordKind;

/**
 * One column of an export: its header name, the type of its values, the SQL expression that
 * computes it (over the aliases of its collection's query) and what it holds, for the export docs (src/main/docs/exports.md)
 * and {@code GET /export}.
 * <p>
 * A value the GraphQL API computes in Java (a global ID, a date's label) is computed here by
 * the same Java code, from what its SQL expression returns as text ({@code fromText}), as each
 * row streams: each rule is written once, and the export still reads nothing ahead.
 *
 * @param kinds the record kinds that have this column; empty: every export of the collection has it
 * @param fromText makes the value from the SQL's text (never called with null); null when the
 *        value is read as its type says
 */
public record Column(String name, Type type, String sql, String description, Set<RecordKind> kinds,
        Function<String, String> fromText) {

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
        /** The opaque global ID the GraphQL API uses, made by the API's own code (see {@link Column#id}). */
        ID
    }

    public Column {
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
        if (type == Type.ID && fromText == null) {
            throw new IllegalArgumentException("column " + name + ": an ID is made by the API's code, give fromText");
        }
    }

    static Column of(String name, Type type, String sql, String description) {
        return new Column(name, type, sql, description, Set.of(), null);
    }

    /** A column only exports of records of {@code kind} (and the mixed records export) have. */
    public static Column ofKind(RecordKind kind, String name, Type type, String sql, String description) {
        return new Column(name, type, sql, description, Set.of(kind), null);
    }

    /**
     * A global ID: {@code sql} gives the parts the ID is made of as text, {@code id} makes the ID
     * from them with the code the GraphQL types use.
     */
    static Column id(String name, String sql, Function<String, String> id, String description) {
        return new Column(name, Type.ID, sql, description, Set.of(), id);
    }

    /**
     * A fuzzy date's label ({@link FuzzyDate#getLabel}: 2024-06-19, 2024-W25, 2024-06, 2024-autumn,
     * 2024), from the columns {@code <prefix>earliest}, {@code <prefix>latest} and
     * {@code <prefix>precision}; empty when there is no date.
     */
    static Column dateLabel(String name, String prefix, String description) {
        return new Column(name, Type.TEXT, dateText(prefix), description, Set.of(),
                text -> date(text.split(" "), 0).getLabel());
    }

    /**
     * A fuzzy date as the four columns every export writes it in: {@code <name>_earliest} and
     * {@code <name>_latest} (the first and last day it may fall on), {@code <name>_precision} and
     * {@code <name>_label} ({@link #dateLabel}), read from {@code <prefix>earliest},
     * {@code <prefix>latest} and {@code <prefix>precision}.
     *
     * @param what the date in words, after "the first day" ("the claim's date")
     * @param note said of each column after its description ("; empty for a single date"), or ""
     */
    static List<Column> fuzzyDate(String name, String prefix, String what, String note) {
        return List.of(
                of(name + "_earliest", Type.DATE, prefix + "earliest", "First day " + what + " may fall on" + note + "."),
                of(name + "_latest", Type.DATE, prefix + "latest", "Last day " + what + " may fall on" + note + "."),
                of(name + "_precision", Type.TEXT, prefix + "precision::text",
                        "How much of " + what + " is known: DAY, WEEK, MONTH, SEASON or YEAR" + note + "."),
                dateLabel(name + "_label", prefix, Character.toUpperCase(what.charAt(0)) + what.substring(1)
                        + " as written in the seeds (`2024-06-19`, `2024-W25`, `2024-06`, `2024-autumn`, `2024`)"
                        + note + "."));
    }

    /** The columns of each list, in order: for a column list with groups ({@link #fuzzyDate}) inside. */
    @SafeVarargs
    static List<Column> concat(List<Column>... lists) {
        return java.util.Arrays.stream(lists).flatMap(List::stream).toList();
    }

    /**
     * A record's period label ({@link Period#getLabel}: 2024-06-19, or 2023-09 – 2024-02 for a
     * span), from the start_ and end_ columns of {@code alias}.
     */
    static Column periodLabel(String name, String alias, String description) {
        return new Column(name, Type.TEXT, dateText(alias + ".start_") + " || coalesce(' ' || "
                + dateText(alias + ".end_") + ", '')", description, Set.of(), text -> {
                    String[] parts = text.split(" ");
                    return new Period(date(parts, 0), parts.length > 3 ? date(parts, 3) : null).getLabel();
                });
    }

    /** "earliest latest PRECISION" as text; null when the date is. */
    private static String dateText(String prefix) {
        return "(" + prefix + "earliest::text || ' ' || " + prefix + "latest::text || ' ' || " + prefix
                + "precision::text)";
    }

    private static FuzzyDate date(String[] parts, int at) {
        return new FuzzyDate(day(parts[at]), day(parts[at + 1]), DatePrecision.valueOf(parts[at + 2]));
    }

    /** A date as PostgreSQL writes it (ISO, YYYY-MM-DD), read without a formatter: this runs for every row. */
    private static LocalDate day(String text) {
        if (text.length() != 10) {
            return LocalDate.parse(text);
        }
        return LocalDate.of(Integer.parseInt(text, 0, 4, 10), Integer.parseInt(text, 5, 7, 10),
                Integer.parseInt(text, 8, 10, 10));
    }

    /** Lists inside a cell: items joined with this, as every export's description says. */
    static final String LIST_SEPARATOR = "|";
    /** Claims (citations, estimates) inside a cell: each holds spaces, so they take a wider separator. */
    static final String CLAIM_SEPARATOR = "; ";

    /**
     * A text column holding one {@code item} per row of {@code from} (a FROM clause with its WHERE,
     * correlated to the export's row), in {@code orderBy} order, joined with {@code separator};
     * empty when there are none.
     */
    static Column joined(String name, String separator, String item, String orderBy, String from, String description) {
        return of(name, Type.TEXT, joinedSql(separator, item, orderBy, from), description);
    }

    private static String joinedSql(String separator, String item, String orderBy, String from) {
        return "(select string_agg(" + item + ", '" + separator + "' order by " + orderBy + ") from " + from + ")";
    }

    /** The slugs of the actors in one role of record r, joined with {@link #LIST_SEPARATOR}. */
    public static String slugsInRole(org.rudprk.record.ActorRole role) {
        return joinedSql(LIST_SEPARATOR, "a.slug", "a.slug", "record_actors ra join actors a on a.id = ra.actor_id "
                + "where ra.record_id = r.id and ra.role = '" + role.name() + "'");
    }

    /** Whether the export of records of {@code kind} (all kinds when null) has this column. */
    boolean appliesTo(RecordKind kind) {
        return kind == null || kinds.isEmpty() || kinds.contains(kind);
    }
}
