package org.rudprk.deployment.query;

import static org.rudprk.export.Column.Type.NUMBER;
import static org.rudprk.export.Column.Type.TEXT;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.rudprk.actor.api.Actor;
import org.rudprk.citation.EstimateMetric;
import org.rudprk.export.Column;
import org.rudprk.export.ExportCollection;
import org.rudprk.record.ActorRole;
import org.rudprk.record.api.RecordBase;
import org.rudprk.record.RecordKind;
import org.rudprk.record.query.RecordKindDescription;
import org.rudprk.deployment.DeploymentKind;
import org.rudprk.deployment.api.Deployment;
import org.rudprk.deployment.entity.DeploymentEntity;

/** Deployments: table deployments (see {@link DeploymentEntity}), sent by a sender to a host. */
public final class DeploymentDescription extends RecordKindDescription {

    public DeploymentDescription() {
        super(RecordKind.DEPLOYMENT, DeploymentEntity.class, "dp", API_TEXT, ActorRole.SENDER, ActorRole.HOST);
    }

    @Override
    public RecordBase toApi(RecordBase.Core core, Function<String, Object> column, List<Actor> principals) {
        return new Deployment(core, DeploymentKind.valueOf((String) column.apply("deployment_kind")),
                (String) column.apply("purpose"), principals.get(0), principals.get(1));
    }

    @Override
    public List<Column> exportColumns() {
        return List.of(
                exportOwn("deployment_kind", "Deployments: TROOPS or WORKERS."),
                exportActors("sender", ActorRole.SENDER, "Deployments: the state that sent them (actor slug)."),
                exportActors("host", ActorRole.HOST, "Deployments: the state that received them (actor slug)."),
                exportOwn("purpose", "Deployments: what they were sent to do."));
    }

    /** The largest strength and casualties estimates, read by the lateral joins str and cas. */
    @Override
    public List<Column> exportFigureColumns() {
        List<Column> all = new ArrayList<>(
                figure("strength", "str", "STRENGTH", " (troops or workers)", " (troops, workers)"));
        all.addAll(figure("casualties", "cas", "CASUALTIES", "", ""));
        return all;
    }

    /** The columns of the largest estimate of one metric, read by the lateral join {@code alias}. */
    private List<Column> figure(String name, String alias, String metric, String counted, String units) {
        return List.of(
                Column.ofKind(kind(), name + "_low", NUMBER, alias + ".low",
                        "Deployments: the largest " + metric + " estimate" + counted + ", its low bound."),
                Column.ofKind(kind(), name + "_high", NUMBER, alias + ".high",
                        "Deployments: the largest " + metric + " estimate, its high bound."),
                Column.ofKind(kind(), name + "_qualifier", TEXT, alias + ".qualifier", "Deployments: its qualifier."),
                Column.ofKind(kind(), name + "_unit", TEXT, alias + ".unit", "Deployments: its unit" + units + "."),
                Column.ofKind(kind(), name + "_claim", TEXT, alias + ".claim",
                        "Deployments: who claims it, as `source#paragraph claimant STANCE`."));
    }

    @Override
    public String exportJoins() {
        return ExportCollection.headline("str", "STRENGTH") + ExportCollection.headline("cas", "CASUALTIES");
    }

    /** What the lists of deployments say in the API (Query.deployments, Actor.deployments). */
    private static final ApiText API_TEXT = new ApiText("Troops and workers sent abroad, earliest first unless ordered otherwise.",
            "Deployments this actor sent or hosted, earliest first.", null, List.of(
                    new Figure("strength", EstimateMetric.STRENGTH, "Claimed strength (troops or workers), one estimate per claim; see each estimate's citation."),
                    new Figure("casualties", EstimateMetric.CASUALTIES, "Claimed casualties (killed and wounded), one estimate per claim; see each estimate's citation.")));
}
