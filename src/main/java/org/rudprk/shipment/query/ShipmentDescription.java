package org.rudprk.shipment.query;

import java.util.List;
import java.util.function.Function;

import org.rudprk.actor.api.Actor;
import org.rudprk.citation.EstimateMetric;
import org.rudprk.export.Column;
import org.rudprk.record.ActorRole;
import org.rudprk.record.api.RecordBase;
import org.rudprk.record.RecordKind;
import org.rudprk.record.query.RecordKindDescription;
import org.rudprk.shipment.ShipmentCategory;
import org.rudprk.shipment.api.Shipment;
import org.rudprk.shipment.entity.ShipmentEntity;

/** Shipments: table shipments (see {@link ShipmentEntity}), supplied by a supplier to a recipient. */
public final class ShipmentDescription extends RecordKindDescription {

    public ShipmentDescription() {
        super(RecordKind.SHIPMENT, ShipmentEntity.class, "sh", API_TEXT, ActorRole.SUPPLIER, ActorRole.RECIPIENT);
    }

    @Override
    public RecordBase toApi(RecordBase.Core core, Function<String, Object> column, List<Actor> principals) {
        return new Shipment(core, ShipmentCategory.valueOf((String) column.apply("category")), principals.get(0),
                principals.get(1));
    }

    @Override
    public List<Column> exportColumns() {
        return List.of(
                exportOwn("category", "Shipments: what was transferred (MUNITIONS, MISSILES, FOOD, ...)."),
                exportActors("supplier", ActorRole.SUPPLIER, "Shipments: who supplied it (actor slug)."),
                exportActors("recipient", ActorRole.RECIPIENT, "Shipments: who received it (actor slug)."));
    }

    /** What the lists of shipments say in the API (Query.shipments, Actor.shipments). */
    private static final ApiText API_TEXT = new ApiText("Transfers between actors, earliest first unless ordered otherwise.",
            "Shipments this actor supplied or received, earliest first.", null, List.of(
                    new Figure("valueUsd", EstimateMetric.VALUE_USD, "Claimed values in US dollars, one estimate per claim that gives one; see each estimate's citation."),
                    new Figure("quantities", EstimateMetric.QUANTITY, "Claimed quantities (containers, metric tons, missiles...), one estimate per figure; the same flow may be measured in several units.")));
}
