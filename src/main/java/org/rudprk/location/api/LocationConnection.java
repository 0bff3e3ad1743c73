package org.rudprk.location.api;

import org.eclipse.microprofile.graphql.Description;
import org.rudprk.common.Connection;
import org.rudprk.common.Edge;
import org.rudprk.common.Pages;

/** A page of locations. */
@Description("A page of locations.")
public class LocationConnection extends Connection<Location, LocationConnection.LocationEdge> {

    public LocationConnection(Pages.Page<LocationEdge> page, Integer totalCount) {
        super(page, totalCount);
    }

    /** One location of a page and its cursor. */
    @Description("A location and its cursor.")
    public static class LocationEdge extends Edge<Location> {

        public LocationEdge(String cursor, Location node) {
            super(cursor, node);
        }
    }
}
