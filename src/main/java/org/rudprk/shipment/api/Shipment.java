package org.rudprk.shipment.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.rudprk.actor.api.Actor;
import org.rudprk.record.api.Record;
import org.rudprk.record.api.RecordBase;
import org.rudprk.shipment.ShipmentCategory;

/** A transfer from a supplier to a recipient: arms, munitions, food, fuel, technology or support. Quantities and value are estimates on the citations that give them. */
@Type("Shipment")
@Description("A transfer from a supplier to a recipient: arms, munitions, food, fuel, technology or support. Quantities and value are estimates on the citations that give them.")
public class Shipment extends RecordBase implements Record {

    @NonNull
    @Description("What was transferred.")
    public final ShipmentCategory category;

    @Description("Who supplied it.")
    public final Actor supplier;

    @Description("Who received it.")
    public final Actor recipient;

    public Shipment(Core core, ShipmentCategory category, Actor supplier, Actor recipient) {
        super(core);
        this.category = category;
        this.supplier = supplier;
        this.recipient = recipient;
    }
}
