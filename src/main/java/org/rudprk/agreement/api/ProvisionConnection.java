package org.rudprk.agreement.api;

import org.eclipse.microprofile.graphql.Description;
import org.rudprk.common.Connection;
import org.rudprk.common.Edge;
import org.rudprk.common.Pages;

/** A page of provisions. */
@Description("A page of provisions.")
public class ProvisionConnection extends Connection<Provision, ProvisionConnection.ProvisionEdge> {

    public ProvisionConnection(Pages.Page<ProvisionEdge> page, Integer totalCount) {
        super(page, totalCount);
    }

    /** One item of a page and its cursor. */
    @Description("One of provisions and its cursor.")
    public static class ProvisionEdge extends Edge<Provision> {
        public ProvisionEdge(String cursor, Provision node) {
            super(cursor, node);
        }
    }
}
