package org.rudprk.agreement.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.rudprk.agreement.ProvisionTopic;

/** One provision of an agreement. */
@Type("Provision")
@Description("One provision of an agreement, as the sources describe it.")
public record Provision(
        @Ignore long agreementId,
        @NonNull @Description("Position among the agreement's provisions, from 1.") int ordinal,
        @NonNull @Description("What the provision is about.") ProvisionTopic topic,
        @NonNull @Description("What it provides, in the curators' words.") String text) {
}
