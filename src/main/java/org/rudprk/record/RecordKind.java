package org.rudprk.record;

import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.microprofile.graphql.Description;
import org.rudprk.agreement.query.AgreementDescription;
import org.rudprk.deployment.query.DeploymentDescription;
import org.rudprk.event.query.EventDescription;
import org.rudprk.shipment.query.ShipmentDescription;
import org.rudprk.statement.query.StatementDescription;
import org.rudprk.record.query.RecordKindDescription;

/**
 * The kind of a dated, cited record. Mirrors the PostgreSQL enum of the same name; each
 * constant names the description of its kind (in the kind's {@code query} package), in the order kinds are
 * loaded, listed and exported.
 */
@Description("The kind of a dated, cited record.")
public enum RecordKind {
    @Description("A treaty, pact or deal.")
    AGREEMENT(AgreementDescription::new),
    @Description("A transfer of goods, arms, money, technology or support.")
    SHIPMENT(ShipmentDescription::new),
    @Description("Troops or workers sent by one state to another.")
    DEPLOYMENT(DeploymentDescription::new),
    @Description("A visit, summit, letter, vote, launch, strike or publication.")
    EVENT(EventDescription::new),
    @Description("What a named actor said.")
    STATEMENT(StatementDescription::new);

    private final Supplier<RecordKindDescription> describe;
    private volatile RecordKindDescription description;

    RecordKind(Supplier<RecordKindDescription> describe) {
        this.describe = describe;
    }

    /** The description of this kind: its table, principal roles, GraphQL type, seeds and exports. */
    public RecordKindDescription description() {
        RecordKindDescription d = description;
        if (d == null) {
            d = describe.get();
            if (d.kind() != this) {
                throw new IllegalStateException(d.getClass().getName() + " describes " + d.kind() + ", not " + this);
            }
            description = d;
        }
        return d;
    }

    /** The descriptions of every kind, in the order of the constants. */
    public static List<RecordKindDescription> descriptions() {
        return Arrays.stream(values()).map(RecordKind::description).toList();
    }
}
