package org.rudprk.record.api;

import org.eclipse.microprofile.graphql.Description;
import org.rudprk.common.Connection;
import org.rudprk.common.Edge;
import org.rudprk.common.Pages;

/** A page of involvements (an actor in a record, with its role). */
@Description("A page of involvements (an actor in a record, with its role).")
public class InvolvementConnection extends Connection<Involvement, InvolvementConnection.InvolvementEdge> {

    public InvolvementConnection(Pages.Page<InvolvementEdge> page, Integer totalCount) {
        super(page, totalCount);
    }

    /** One item of a page and its cursor. */
    @Description("One of involvements (an actor in a record, with its role) and its cursor.")
    public static class InvolvementEdge extends Edge<Involvement> {
        public InvolvementEdge(String cursor, Involvement node) {
            super(cursor, node);
        }
    }
}
