package org.rudprk.changes;

import org.eclipse.microprofile.graphql.Description;
import org.rudprk.common.Connection;
import org.rudprk.common.Edge;
import org.rudprk.common.Pages;

/** A page of the corrections log. */
@Description("A page of the corrections log.")
public class DatasetChangeConnection extends Connection<DatasetChange, DatasetChangeConnection.DatasetChangeEdge> {

    public DatasetChangeConnection(Pages.Page<DatasetChangeEdge> page, Integer totalCount) {
        super(page, totalCount);
    }

    /** One change of a page and its cursor. */
    @Description("A change and its cursor.")
    public static class DatasetChangeEdge extends Edge<DatasetChange> {

        public DatasetChangeEdge(String cursor, DatasetChange node) {
            super(cursor, node);
        }
    }
}
