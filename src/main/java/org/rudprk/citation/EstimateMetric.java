package org.rudprk.citation;

import org.eclipse.microprofile.graphql.Description;

/** What an estimate measures. Mirrors the PostgreSQL enum of the same name. */
@Description("What an estimate measures.")
public enum EstimateMetric {
    @Description("Monetary value in US dollars.")
    VALUE_USD,
    @Description("An amount of goods (containers, tonnes, missiles, share).")
    QUANTITY,
    @Description("Number of troops or workers.")
    STRENGTH,
    @Description("Killed and wounded.")
    CASUALTIES,
    @Description("Number of occurrences (meetings, launches).")
    COUNT,
    @Description("A rate per period (drones a month).")
    RATE
}
