package org.rudprk.event;

import org.eclipse.microprofile.graphql.Description;
import org.rudprk.common.Connection;
import org.rudprk.common.Edge;
import org.rudprk.common.Pages;

/** A page of events. */
@Description("A page of events.")
public class EventConnection extends Connection<Event, EventConnection.EventEdge> {

    public EventConnection(Pages.Page<EventEdge> page, Integer totalCount) {
        super(page, totalCount);
    }

    /** One event of a page and its cursor. */
    @Description("An event and its cursor.")
    public static class EventEdge extends Edge<Event> {

        public EventEdge(String cursor, Event node) {
            super(cursor, node);
        }
    }
}
