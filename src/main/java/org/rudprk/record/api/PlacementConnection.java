package org.rudprk.record.api;

import org.eclipse.microprofile.graphql.Description;
import org.rudprk.common.Connection;
import org.rudprk.common.Edge;
import org.rudprk.common.Pages;

/** A page of placements (a place in a record, with its role). */
@Description("A page of placements (a place in a record, with its role).")
public class PlacementConnection extends Connection<Placement, PlacementConnection.PlacementEdge> {

    public PlacementConnection(Pages.Page<PlacementEdge> page, Integer totalCount) {
        super(page, totalCount);
    }

    /** One item of a page and its cursor. */
    @Description("One of placements (a place in a record, with its role) and its cursor.")
    public static class PlacementEdge extends Edge<Placement> {
        public PlacementEdge(String cursor, Placement node) {
            super(cursor, node);
        }
    }
}
