package org.rudprk.record;

import org.eclipse.microprofile.graphql.Description;

/** Where a record stands according to its sources taken together. Mirrors the PostgreSQL enum of the same name. */
@Description("Where a record stands according to its sources taken together.")
public enum RecordStatus {
    @Description("Reported by third parties; not confirmed by the actors involved.")
    REPORTED,
    @Description("Confirmed by an official source other than the actors accused.")
    CONFIRMED,
    @Description("Admitted by the actors involved.")
    ACKNOWLEDGED,
    @Description("Only denial is on record.")
    DENIED,
    @Description("Predicted or expected; not yet happened when reported.")
    FORECAST,
    @Description("Announced or planned by the actors involved.")
    PLANNED,
    @Description("Signed.")
    SIGNED,
    @Description("Signed and in force.")
    IN_FORCE,
    @Description("Happened and is over.")
    COMPLETED,
    @Description("Attempted and failed.")
    FAILED
}
