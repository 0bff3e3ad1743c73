package org.rudprk.citation.api;

import org.eclipse.microprofile.graphql.Description;
import org.rudprk.common.Connection;
import org.rudprk.common.Edge;
import org.rudprk.common.Pages;

/** A page of estimates. */
@Description("A page of estimates.")
public class EstimateConnection extends Connection<Estimate, EstimateConnection.EstimateEdge> {

    public EstimateConnection(Pages.Page<EstimateEdge> page, Integer totalCount) {
        super(page, totalCount);
    }

    /** One item of a page and its cursor. */
    @Description("One of estimates and its cursor.")
    public static class EstimateEdge extends Edge<Estimate> {
        public EstimateEdge(String cursor, Estimate node) {
            super(cursor, node);
        }
    }
}
