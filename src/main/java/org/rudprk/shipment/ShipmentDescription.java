package org.rudprk.shipment;

import static org.rudprk.export.Column.Type.TEXT;

import java.util.List;
import java.util.function.Function;

import org.rudprk.actor.Actor;
import org.rudprk.export.Column;
import org.rudprk.record.ActorRole;
import org.rudprk.record.RecordBase;
import org.rudprk.record.RecordKind;
import org.rudprk.record.RecordKindDescription;

/** Shipments: table shipments (see {@link ShipmentEntity}), supplied by a supplier to a recipient. */
public final class ShipmentDescription implements RecordKindDescription {

    @Override
    public RecordKind kind() {
        return RecordKind.SHIPMENT;
    }

    @Override
    public Class<?> entity() {
        return ShipmentEntity.class;
    }

    @Override
    public String alias() {
        return "sh";
    }

    @Override
    public List<ActorRole> principalRoles() {
        return List.of(ActorRole.SUPPLIER, ActorRole.RECIPIENT);
    }

    @Override
    public RecordBase toApi(RecordBase.Core core, Function<String, Object> column, List<Actor> principals) {
        return new Shipment(core, ShipmentCategory.valueOf((String) column.apply("category")), principals.get(0),
                principals.get(1));
    }

    @Override
    public List<Column> exportColumns() {
        return List.of(
                Column.ofKind(kind(), "category", TEXT, "sh.category::text",
                        "Shipments: what was transferred (MUNITIONS, MISSILES, FOOD, ...)."),
                Column.ofKind(kind(), "supplier", TEXT, Column.slugsInRole(ActorRole.SUPPLIER),
                        "Shipments: who supplied it (actor slug)."),
                Column.ofKind(kind(), "recipient", TEXT, Column.slugsInRole(ActorRole.RECIPIENT),
                        "Shipments: who received it (actor slug)."));
    }
}
