package org.rudprk.record;

import org.eclipse.microprofile.graphql.Description;

/** The part a place plays in a record. Mirrors the PostgreSQL enum of the same name. */
@Description("The part a place plays in a record.")
public enum LocationRole {
    @Description("Where it happened.")
    VENUE,
    @Description("Where it came from.")
    ORIGIN,
    @Description("Where it went.")
    DESTINATION,
    @Description("Where troops or workers were sent.")
    DEPLOYED_TO,
    @Description("What was struck.")
    TARGET,
    @Description("What the record is about.")
    SUBJECT
}
