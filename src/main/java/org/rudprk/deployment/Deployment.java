package org.rudprk.deployment;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.rudprk.record.Record;
import org.rudprk.record.RecordBase;

/** Troops or workers sent by one state to another. Strength and casualties are estimates on the citations that give them. */
@Type("Deployment")
@Description("Troops or workers sent by one state to another. Strength and casualties are estimates on the citations that give them.")
public class Deployment extends RecordBase implements Record {

    private final DeploymentKind deploymentKind;
    private final String purpose;

    public Deployment(Core core, DeploymentKind deploymentKind, String purpose) {
        super(core);
        this.deploymentKind = deploymentKind;
        this.purpose = purpose;
    }

    @NonNull
    @Description("Troops or workers.")
    public DeploymentKind getDeploymentKind() {
        return deploymentKind;
    }

    @Description("What they were sent to do.")
    public String getPurpose() {
        return purpose;
    }
}
