package org.rudprk.actor.api;

import org.eclipse.microprofile.graphql.Description;
import org.rudprk.common.Connection;
import org.rudprk.common.Edge;
import org.rudprk.common.Pages;

/** A page of positions held. */
@Description("A page of positions held.")
public class ActorPositionConnection extends Connection<ActorPosition, ActorPositionConnection.ActorPositionEdge> {

    public ActorPositionConnection(Pages.Page<ActorPositionEdge> page, Integer totalCount) {
        super(page, totalCount);
    }

    /** One item of a page and its cursor. */
    @Description("One of positions held and its cursor.")
    public static class ActorPositionEdge extends Edge<ActorPosition> {
        public ActorPositionEdge(String cursor, ActorPosition node) {
            super(cursor, node);
        }
    }
}
