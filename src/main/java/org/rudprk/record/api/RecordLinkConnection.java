package org.rudprk.record.api;

import org.eclipse.microprofile.graphql.Description;
import org.rudprk.common.Connection;
import org.rudprk.common.Edge;
import org.rudprk.common.Pages;

/** A page of links between records. */
@Description("A page of links between records.")
public class RecordLinkConnection extends Connection<RecordLink, RecordLinkConnection.RecordLinkEdge> {

    public RecordLinkConnection(Pages.Page<RecordLinkEdge> page, Integer totalCount) {
        super(page, totalCount);
    }

    /** One item of a page and its cursor. */
    @Description("One of links between records and its cursor.")
    public static class RecordLinkEdge extends Edge<RecordLink> {
        public RecordLinkEdge(String cursor, RecordLink node) {
            super(cursor, node);
        }
    }
}
