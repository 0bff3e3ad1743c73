package org.rudprk.deployment;

import org.eclipse.microprofile.graphql.Description;
import org.rudprk.common.Connection;
import org.rudprk.common.Edge;
import org.rudprk.common.Pages;

/** A page of deployments. */
@Description("A page of deployments.")
public class DeploymentConnection extends Connection<Deployment, DeploymentConnection.DeploymentEdge> {

    public DeploymentConnection(Pages.Page<DeploymentEdge> page, Integer totalCount) {
        super(page, totalCount);
    }

    /** One deployment of a page and its cursor. */
    @Description("A deployment and its cursor.")
    public static class DeploymentEdge extends Edge<Deployment> {

        public DeploymentEdge(String cursor, Deployment node) {
            super(cursor, node);
        }
    }
}
