package org.rudprk.agreement;

import org.eclipse.microprofile.graphql.Description;

/** What a provision of an agreement is about. Mirrors the PostgreSQL enum of the same name. */
@Description("What a provision of an agreement is about.")
public enum ProvisionTopic {
    @Description("Mutual assistance if either party is attacked.")
    MUTUAL_DEFENCE,
    @Description("Military and military-technical cooperation.")
    MILITARY_TECHNICAL,
    @Description("Trade and economic cooperation.")
    ECONOMIC,
    @Description("Space and satellite cooperation.")
    SPACE,
    @Description("Political cooperation.")
    POLITICAL,
    @Description("Security architecture.")
    SECURITY,
    @Description("Anything else.")
    OTHER
}
