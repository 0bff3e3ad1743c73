package org.rudprk.record;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.rudprk.common.GlobalId;

/**
 * The common part of the record types returned by the API; immutable. Each subclass
 * implements {@link Record} itself, so that this class never becomes a GraphQL type.
 */
public abstract class RecordBase {

    /** The columns of {@code records} shared by every kind. */
    public record Core(long dbId, String slug, RecordKind kind, String title, String summary, RecordStatus status,
            Period period, java.math.BigDecimal sortValue) {
    }

    private final Core core;

    protected RecordBase(Core core) {
        this.core = core;
    }

    /** The database key, for batching; not part of the API. */
    public long dbId() {
        return core.dbId();
    }

    /** The largest US-dollar figure of the record, for ordering by value; not part of the API. */
    public java.math.BigDecimal sortValue() {
        return core.sortValue();
    }

    /** The GraphQL type name of this kind (Shipment, Event, ...). */
    public static String typeName(RecordKind kind) {
        String n = kind.name();
        return n.charAt(0) + n.substring(1).toLowerCase(java.util.Locale.ROOT);
    }

    @Id
    @NonNull
    @Description("Opaque global ID, stable across releases of the dataset.")
    public String getId() {
        return GlobalId.of(typeName(core.kind()), core.slug());
    }

    @NonNull
    @Description("Human-readable unique identifier, stable across releases.")
    public String getSlug() {
        return core.slug();
    }

    @NonNull
    @Description("The kind of record.")
    public RecordKind getKind() {
        return core.kind();
    }

    @NonNull
    @Description("Short headline, in English.")
    public String getTitle() {
        return core.title();
    }

    @NonNull
    @Description("What the sources say, in the curators' own words.")
    public String getSummary() {
        return core.summary();
    }

    @NonNull
    @Description("Where the record stands according to its sources taken together; see citations for each claim.")
    public RecordStatus getStatus() {
        return core.status();
    }

    @NonNull
    @Description("When it happened, with the precision the sources give.")
    public Period getPeriod() {
        return core.period();
    }
}
