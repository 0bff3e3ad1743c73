package org.rudprk.shipment;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.rudprk.record.Record;
import org.rudprk.record.RecordBase;

/** A transfer from a supplier to a recipient: arms, munitions, food, fuel, technology or support. Quantities and value are estimates on the citations that give them. */
@Type("Shipment")
@Description("A transfer from a supplier to a recipient: arms, munitions, food, fuel, technology or support. Quantities and value are estimates on the citations that give them.")
public class Shipment extends RecordBase implements Record {

    private final ShipmentCategory category;

    public Shipment(Core core, ShipmentCategory category) {
        super(core);
        this.category = category;
    }

    @NonNull
    @Description("What was transferred.")
    public ShipmentCategory getCategory() {
        return category;
    }
}
