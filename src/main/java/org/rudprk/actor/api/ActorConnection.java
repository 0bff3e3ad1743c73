package org.rudprk.actor.api;

import org.eclipse.microprofile.graphql.Description;
import org.rudprk.common.Connection;
import org.rudprk.common.Edge;
import org.rudprk.common.Pages;

/** A page of actors. */
@Description("A page of actors.")
public class ActorConnection extends Connection<Actor, ActorConnection.ActorEdge> {

    public ActorConnection(Pages.Page<ActorEdge> page, Integer totalCount) {
        super(page, totalCount);
    }

    /** One actor of a page and its cursor. */
    @Description("An actor and its cursor.")
    public static class ActorEdge extends Edge<Actor> {

        public ActorEdge(String cursor, Actor node) {
            super(cursor, node);
        }
    }
}
