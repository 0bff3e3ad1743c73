package org.rudprk.record;

import org.eclipse.microprofile.graphql.Description;

/** The part an actor plays in a record. Mirrors the PostgreSQL enum of the same name. */
@Description("The part an actor plays in a record.")
public enum ActorRole {
    @Description("Supplies what a shipment carries.")
    SUPPLIER,
    @Description("Receives what a shipment carries.")
    RECIPIENT,
    @Description("Sends troops or workers, or a letter.")
    SENDER,
    @Description("Hosts a deployment, visit or meeting.")
    HOST,
    @Description("Is a party to an agreement.")
    PARTY,
    @Description("Signed an agreement.")
    SIGNATORY,
    @Description("Takes part in an event.")
    PARTICIPANT,
    @Description("Visits.")
    VISITOR,
    @Description("Speaks.")
    SPEAKER,
    @Description("Is addressed by a letter or statement.")
    ADDRESSEE,
    @Description("Wrote a report, article or letter.")
    AUTHOR,
    @Description("Published it.")
    PUBLISHER,
    @Description("Is what the record is about.")
    SUBJECT,
    @Description("Voted for a resolution.")
    VOTED_FOR,
    @Description("Voted against a resolution.")
    VOTED_AGAINST,
    @Description("Vetoed a resolution.")
    VETOED,
    @Description("Abstained in a vote.")
    ABSTAINED,
    @Description("Carried out a strike or attack.")
    ATTACKER,
    @Description("Was targeted.")
    TARGET,
    @Description("Launched a satellite or missile.")
    LAUNCHER,
    @Description("Gains from it.")
    BENEFICIARY
}
