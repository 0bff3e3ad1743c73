package org.rudprk.record.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.rudprk.actor.api.Actor;
import org.rudprk.export.Column;
import org.rudprk.seed.SeedFields;
import org.rudprk.seed.SeedSql;
import org.rudprk.record.ActorRole;
import org.rudprk.record.RecordKind;
import org.rudprk.record.api.RecordBase;

/**
 * Everything the shared code needs to know about one kind of record, written once in the
 * kind's own package: the subtype table (declared by its entity), the principal roles, how
 * the GraphQL type is built from a row, the kind's own seed fields and its export columns.
 * {@link RecordKind} names the description of each kind; the repository, the seed loader,
 * the exports and the tests iterate over {@link RecordKind#descriptions()}.
 * <p>
 * Adding a kind: its package (the GraphQL type and resolvers in {@code api}, this description in
 * {@code query}, the entity in {@code entity}, enums at its root), its constant in
 * {@link RecordKind}, its migration and its seed file.
 */
public abstract class RecordKindDescription {

    private final RecordKind kind;
    private final Class<?> entity;
    private final String alias;
    private final ApiText apiText;
    private final List<ActorRole> principalRoles;

    /**
     * @param kind the kind described
     * @param entity the entity of the subtype table: its {@code @Table} names the table, its
     *        {@code @Column} fields are the kind's own columns (the seed field of each is the
     *        entity field's name)
     * @param alias the SQL alias of the subtype table wherever records are joined to it
     *        ({@code sh} for shipments)
     * @param apiText what the kind's lists say in the API
     * @param principalRoles the roles of the principal actors read with the record itself (the
     *        supplier and recipient of a shipment), in the order {@link #toApi} receives them;
     *        each is also a required seed field named after the role ({@code supplier: north-korea})
     */
    protected RecordKindDescription(RecordKind kind, Class<?> entity, String alias, ApiText apiText,
            ActorRole... principalRoles) {
        this.kind = kind;
        this.entity = entity;
        this.alias = alias;
        this.apiText = apiText;
        this.principalRoles = List.of(principalRoles);
    }

    /** The kind described. */
    public final RecordKind kind() {
        return kind;
    }

    /** The entity of the subtype table. */
    public final Class<?> entity() {
        return entity;
    }

    /** The SQL alias of the subtype table ({@code sh} for shipments). */
    public final String alias() {
        return alias;
    }

    /** What the kind's lists say in the API. */
    public final ApiText apiText() {
        return apiText;
    }

    /** The roles of the principal actors, in the order {@link #toApi} receives them. */
    public final List<ActorRole> principalRoles() {
        return principalRoles;
    }

    /**
     * The GraphQL object of a record of this kind: {@code core} is the common row,
     * {@code column} gives the value of each of {@link #columns()} by column name (enums as
     * text), {@code principals} the first actor in each of {@link #principalRoles()}, or null.
     */
    public abstract RecordBase toApi(RecordBase.Core core, Function<String, Object> column, List<Actor> principals);

    /**
     * What the kind's own fields say in the API ({@link org.rudprk.record.api.RecordKindApi}): {@code list}, the
     * description of Query.shipments; {@code ofActor}, that of Actor.shipments; {@code onlyRole},
     * when not null, the one role Actor's list reads (a statement's speaker), which then takes
     * no role argument; {@code figures}, the fields of the kind's type that list its estimates of
     * one metric (Shipment.valueUsd).
     */
    public record ApiText(String list, String ofActor, ActorRole onlyRole, List<Figure> figures) {
        public ApiText(String list, String ofActor) {
            this(list, ofActor, null, List.of());
        }
    }

    /** A field of the kind's type listing the record's estimates of one metric, and its description. */
    public record Figure(String field, org.rudprk.citation.EstimateMetric metric, String description) {
    }

    /** The columns this kind's exports add, in the order they are written. */
    public abstract List<Column> exportColumns();

    /** The columns this kind's exports add after the headline value columns (its headline figures). */
    public List<Column> exportFigureColumns() {
        return List.of();
    }

    /** Joins over record r that {@link #exportFigureColumns()} read from (after the subtype table's join). */
    public String exportJoins() {
        return "";
    }

    /**
     * Reads the fields of this kind's seed records beyond its columns and principal roles
     * (an agreement's parties, signatories and provisions); nothing by default.
     */
    public void readSeed(SeedFields fields) {
    }

    /** The seed fields {@link #readSeed} reads. */
    public List<String> extraSeedFields() {
        return List.of();
    }

    /** Writes what {@link #readSeed} kept, after the record's subtype row (record id {@code recordId}). */
    public void writeSeed(long recordId, Function<String, Object> kept, SeedSql sql) throws java.sql.SQLException {
    }

    /** Curated tables besides the subtype table that the seed loader replaces (agreement_provisions). */
    public List<String> extraTables() {
        return List.of();
    }

    /** A text column of this kind's exports, computed by {@code sql} over record r and the subtype table. */
    private Column exportText(String name, String sql, String description) {
        return Column.ofKind(kind, name, Column.Type.TEXT, sql, description);
    }

    /**
     * A column of this kind's exports holding one of its own {@link #columns()}, named as the
     * column and read over {@link #alias()} as {@link SubtypeColumn#select} reads it (enums as text).
     */
    protected final Column exportOwn(String column, String description) {
        SubtypeColumn own = columns().stream().filter(c -> c.name().equals(column)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(table() + " has no column " + column));
        return exportText(column, own.select(alias), description);
    }

    /** A column of this kind's exports: the slugs of the record's actors in {@code role}, '|'-separated. */
    protected final Column exportActors(String name, ActorRole role, String description) {
        return exportText(name, Column.slugsInRole(role), description);
    }

    // ---------------------------------------------------------------------------------------
    // Derived from the above

    /** The subtype table, from the entity's {@code @Table}. */
    public String table() {
        return SubtypeColumn.table(entity());
    }

    /** The kind's own columns, from the entity's {@code @Column} fields (the key record_id left out). */
    public List<SubtypeColumn> columns() {
        return SubtypeColumn.of(entity());
    }

    /** The name of the GraphQL list of this kind and of its export: {@code shipments}, as the table. */
    public String listName() {
        return table();
    }

    /** The file of seeds/ that holds the records of this kind: {@code shipments.yaml}. */
    public String seedFile() {
        return table() + ".yaml";
    }

    /** The seed fields of this kind: its columns', its principal roles' and the extra ones. */
    public List<String> seedFields() {
        List<String> out = new ArrayList<>();
        columns().forEach(c -> out.add(c.field()));
        principalRoles().forEach(r -> out.add(r.name().toLowerCase(Locale.ROOT)));
        out.addAll(extraSeedFields());
        return out;
    }

    /** {@code left join shipments sh on sh.record_id = r.id}. */
    public String join() {
        return "left join " + table() + " " + alias() + " on " + alias() + ".record_id = r.id";
    }

    /** The GraphQL type name: Shipment. */
    public String typeName() {
        return RecordBase.typeName(kind());
    }
}
