package org.rudprk.deployment.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.rudprk.actor.api.Actor;
import org.rudprk.record.api.Record;
import org.rudprk.record.api.RecordBase;
import org.rudprk.deployment.DeploymentKind;

/** Troops or workers sent by one state to another. Strength and casualties are estimates on the citations that give them. */
@Type("Deployment")
@Description("Troops or workers sent by one state to another. Strength and casualties are estimates on the citations that give them.")
public class Deployment extends RecordBase implements Record {

    @NonNull
    @Description("Troops or workers.")
    public final DeploymentKind deploymentKind;

    @Description("What they were sent to do.")
    public final String purpose;

    @Description("The state that sent them.")
    public final Actor sender;

    @Description("The state that received them.")
    public final Actor host;

    public Deployment(Core core, DeploymentKind deploymentKind, String purpose, Actor sender, Actor host) {
        super(core);
        this.deploymentKind = deploymentKind;
        this.purpose = purpose;
        this.sender = sender;
        this.host = host;
    }
}
