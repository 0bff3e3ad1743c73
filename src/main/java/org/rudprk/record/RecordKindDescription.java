package org.rudprk.record;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.rudprk.actor.Actor;
import org.rudprk.export.Column;
import org.rudprk.seed.SeedFields;
import org.rudprk.seed.SeedSql;

/**
 * Everything the shared code needs to know about one kind of record, written once in the
 * kind's own package: the subtype table (declared by its entity), the principal roles, how
 * the GraphQL type is built from a row, the kind's own seed fields and its export columns.
 * {@link RecordKind} names the description of each kind; the repository, the seed loader,
 * the exports and the tests iterate over {@link RecordKind#descriptions()}.
 * <p>
 * Adding a kind: its package (the GraphQL type, connection, resolvers, entity, enums and this
 * description), its constant in {@link RecordKind}, its migration and its seed file.
 */
public interface RecordKindDescription {

    /** The kind described. */
    RecordKind kind();

    /**
     * The entity of the subtype table: its {@code @Table} names the table, its {@code @Column}
     * fields are the kind's own columns (the seed field of each is the entity field's name).
     */
    Class<?> entity();

    /** The SQL alias of the subtype table wherever records are joined to it ({@code sh} for shipments). */
    String alias();

    /**
     * The roles of the principal actors read with the record itself (the supplier and recipient
     * of a shipment), in the order {@link #toApi} receives them; each is also a required seed
     * field named after the role ({@code supplier: north-korea}).
     */
    default List<ActorRole> principalRoles() {
        return List.of();
    }

    /**
     * The GraphQL object of a record of this kind: {@code core} is the common row,
     * {@code column} gives the value of each of {@link #columns()} by column name (enums as
     * text), {@code principals} the first actor in each of {@link #principalRoles()}, or null.
     */
    RecordBase toApi(RecordBase.Core core, Function<String, Object> column, List<Actor> principals);

    /** The columns this kind's exports add, in the order they are written. */
    List<Column> exportColumns();

    /** The columns this kind's exports add after the headline value columns (its headline figures). */
    default List<Column> exportFigureColumns() {
        return List.of();
    }

    /** Joins over record r that {@link #exportFigureColumns()} read from (after the subtype table's join). */
    default String exportJoins() {
        return "";
    }

    /**
     * Reads the fields of this kind's seed records beyond its columns and principal roles
     * (an agreement's parties, signatories and provisions); nothing by default.
     */
    default void readSeed(SeedFields fields) {
    }

    /** The seed fields {@link #readSeed} reads. */
    default List<String> extraSeedFields() {
        return List.of();
    }

    /** Writes what {@link #readSeed} kept, after the record's subtype row (record id {@code recordId}). */
    default void writeSeed(long recordId, Function<String, Object> kept, SeedSql sql) throws java.sql.SQLException {
    }

    /** Curated tables besides the subtype table that the seed loader replaces (agreement_provisions). */
    default List<String> extraTables() {
        return List.of();
    }

    // ---------------------------------------------------------------------------------------
    // Derived from the above

    /** The subtype table, from the entity's {@code @Table}. */
    default String table() {
        return SubtypeColumn.table(entity());
    }

    /** The kind's own columns, from the entity's {@code @Column} fields (the key record_id left out). */
    default List<SubtypeColumn> columns() {
        return SubtypeColumn.of(entity());
    }

    /** The name of the GraphQL list of this kind and of its export: {@code shipments}, as the table. */
    default String listName() {
        return table();
    }

    /** The file of seeds/ that holds the records of this kind: {@code shipments.yaml}. */
    default String seedFile() {
        return table() + ".yaml";
    }

    /** The seed fields of this kind: its columns', its principal roles' and the extra ones. */
    default List<String> seedFields() {
        List<String> out = new ArrayList<>();
        columns().forEach(c -> out.add(c.field()));
        principalRoles().forEach(r -> out.add(r.name().toLowerCase(Locale.ROOT)));
        out.addAll(extraSeedFields());
        return out;
    }

    /** {@code left join shipments sh on sh.record_id = r.id}. */
    default String join() {
        return "left join " + table() + " " + alias() + " on " + alias() + ".record_id = r.id";
    }

    /** The GraphQL type name: Shipment. */
    default String typeName() {
        return RecordBase.typeName(kind());
    }
}
