package org.rudprk.record.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.rudprk.record.ActorRole;

/** An actor's part in a record. */
@Type("Involvement")
@Description("An actor's part in a record: supplier, recipient, host, party, vetoed, abstained...")
public record Involvement(
        @Ignore long recordId,
        @Ignore long actorId,
        @NonNull @Description("The part the actor plays.") ActorRole role,
        @Description("A curator's note on this involvement, e.g. which source says it where sources disagree.") String note) {
}
