package org.rudprk.location.api;

import org.eclipse.microprofile.graphql.Description;
import org.rudprk.common.Connection;
import org.rudprk.common.Edge;
import org.rudprk.common.Pages;

/** A page of a place's names. */
@Description("A page of a place's names.")
public class LocationNameConnection extends Connection<LocationName, LocationNameConnection.LocationNameEdge> {

    public LocationNameConnection(Pages.Page<LocationNameEdge> page, Integer totalCount) {
        super(page, totalCount);
    }

    /** One item of a page and its cursor. */
    @Description("One of a place's names and its cursor.")
    public static class LocationNameEdge extends Edge<LocationName> {
        public LocationNameEdge(String cursor, LocationName node) {
            super(cursor, node);
        }
    }
}
