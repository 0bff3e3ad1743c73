package org.rudprk.record.api;

import org.rudprk.common.GlobalId;
import org.rudprk.record.RecordKind;
import org.rudprk.record.RecordStatus;

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

    // The getters of the Record interface: its declarations carry the fields' annotations (SmallRye
    // reads a kind's fields from the interface after this class, so annotations here were dead copies).

    public String getId() {
        return GlobalId.of(typeName(core.kind()), core.slug());
    }

    public String getSlug() {
        return core.slug();
    }

    public RecordKind getKind() {
        return core.kind();
    }

    public String getTitle() {
        return core.title();
    }

    public String getSummary() {
        return core.summary();
    }

    public RecordStatus getStatus() {
        return core.status();
    }

    public Period getPeriod() {
        return core.period();
    }
}
