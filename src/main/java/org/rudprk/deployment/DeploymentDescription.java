package org.rudprk.deployment;

import static org.rudprk.export.Column.Type.NUMBER;
import static org.rudprk.export.Column.Type.TEXT;

import java.util.List;
import java.util.function.Function;

import org.rudprk.actor.Actor;
import org.rudprk.export.Column;
import org.rudprk.export.ExportCollection;
import org.rudprk.record.ActorRole;
import org.rudprk.record.RecordBase;
import org.rudprk.record.RecordKind;
import org.rudprk.record.RecordKindDescription;

/** Deployments: table deployments (see {@link DeploymentEntity}), sent by a sender to a host. */
public final class DeploymentDescription implements RecordKindDescription {

    @Override
    public RecordKind kind() {
        return RecordKind.DEPLOYMENT;
    }

    @Override
    public Class<?> entity() {
        return DeploymentEntity.class;
    }

    @Override
    public String alias() {
        return "dp";
    }

    @Override
    public List<ActorRole> principalRoles() {
        return List.of(ActorRole.SENDER, ActorRole.HOST);
    }

    @Override
    public RecordBase toApi(RecordBase.Core core, Function<String, Object> column, List<Actor> principals) {
        return new Deployment(core, DeploymentKind.valueOf((String) column.apply("deployment_kind")),
                (String) column.apply("purpose"), principals.get(0), principals.get(1));
    }

    @Override
    public List<Column> exportColumns() {
        return List.of(
                Column.ofKind(kind(), "deployment_kind", TEXT, "dp.deployment_kind::text",
                        "Deployments: TROOPS or WORKERS."),
                Column.ofKind(kind(), "sender", TEXT, Column.slugsInRole(ActorRole.SENDER),
                        "Deployments: the state that sent them (actor slug)."),
                Column.ofKind(kind(), "host", TEXT, Column.slugsInRole(ActorRole.HOST),
                        "Deployments: the state that received them (actor slug)."),
                Column.ofKind(kind(), "purpose", TEXT, "dp.purpose", "Deployments: what they were sent to do."));
    }

    /** The largest strength and casualties estimates, read by the lateral joins str and cas. */
    @Override
    public List<Column> exportFigureColumns() {
        return List.of(
                Column.ofKind(kind(), "strength_low", NUMBER, "str.low",
                        "Deployments: the largest STRENGTH estimate (troops or workers), its low bound."),
                Column.ofKind(kind(), "strength_high", NUMBER, "str.high",
                        "Deployments: the largest STRENGTH estimate, its high bound."),
                Column.ofKind(kind(), "strength_qualifier", TEXT, "str.qualifier", "Deployments: its qualifier."),
                Column.ofKind(kind(), "strength_unit", TEXT, "str.unit", "Deployments: its unit (troops, workers)."),
                Column.ofKind(kind(), "strength_claim", TEXT, "str.claim",
                        "Deployments: who claims it, as `source#paragraph claimant STANCE`."),
                Column.ofKind(kind(), "casualties_low", NUMBER, "cas.low",
                        "Deployments: the largest CASUALTIES estimate, its low bound."),
                Column.ofKind(kind(), "casualties_high", NUMBER, "cas.high",
                        "Deployments: the largest CASUALTIES estimate, its high bound."),
                Column.ofKind(kind(), "casualties_qualifier", TEXT, "cas.qualifier", "Deployments: its qualifier."),
                Column.ofKind(kind(), "casualties_unit", TEXT, "cas.unit", "Deployments: its unit."),
                Column.ofKind(kind(), "casualties_claim", TEXT, "cas.claim",
                        "Deployments: who claims it, as `source#paragraph claimant STANCE`."));
    }

    @Override
    public String exportJoins() {
        return ExportCollection.headline("str", "STRENGTH") + ExportCollection.headline("cas", "CASUALTIES");
    }
}
