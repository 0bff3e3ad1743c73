package org.rudprk.actor.api;

import org.eclipse.microprofile.graphql.Description;
import org.rudprk.common.Connection;
import org.rudprk.common.Edge;
import org.rudprk.common.Pages;

/** A page of an actor's names. */
@Description("A page of an actor's names.")
public class ActorNameConnection extends Connection<ActorName, ActorNameConnection.ActorNameEdge> {

    public ActorNameConnection(Pages.Page<ActorNameEdge> page, Integer totalCount) {
        super(page, totalCount);
    }

    /** One item of a page and its cursor. */
    @Description("One of an actor's names and its cursor.")
    public static class ActorNameEdge extends Edge<ActorName> {
        public ActorNameEdge(String cursor, ActorName node) {
            super(cursor, node);
        }
    }
}
