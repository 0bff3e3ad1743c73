package org.rudprk.shipment;

import org.eclipse.microprofile.graphql.Description;
import org.rudprk.common.Connection;
import org.rudprk.common.Edge;
import org.rudprk.common.Pages;

/** A page of shipments. */
@Description("A page of shipments.")
public class ShipmentConnection extends Connection<Shipment, ShipmentConnection.ShipmentEdge> {

    public ShipmentConnection(Pages.Page<ShipmentEdge> page, Integer totalCount) {
        super(page, totalCount);
    }

    /** One shipment of a page and its cursor. */
    @Description("A shipment and its cursor.")
    public static class ShipmentEdge extends Edge<Shipment> {

        public ShipmentEdge(String cursor, Shipment node) {
            super(cursor, node);
        }
    }
}
