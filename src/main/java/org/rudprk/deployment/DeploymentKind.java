package org.rudprk.deployment;

import org.eclipse.microprofile.graphql.Description;

/** Who was sent. Mirrors the PostgreSQL enum of the same name. */
@Description("Who was sent.")
public enum DeploymentKind {
    @Description("Soldiers.")
    TROOPS,
    @Description("Civilian workers.")
    WORKERS
}
