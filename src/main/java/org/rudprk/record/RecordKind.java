package org.rudprk.record;

import org.eclipse.microprofile.graphql.Description;

/** The kind of a dated, cited record. Mirrors the PostgreSQL enum of the same name. */
@Description("The kind of a dated, cited record.")
public enum RecordKind {
    @Description("A treaty, pact or deal.")
    AGREEMENT,
    @Description("A transfer of goods, arms, money, technology or support.")
    SHIPMENT,
    @Description("Troops or workers sent by one state to another.")
    DEPLOYMENT,
    @Description("A visit, summit, letter, vote, launch, strike or publication.")
    EVENT,
    @Description("What a named actor said.")
    STATEMENT
}
