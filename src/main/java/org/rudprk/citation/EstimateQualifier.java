package org.rudprk.citation;

import org.eclipse.microprofile.graphql.Description;

/** The qualifier the source put on a number. Mirrors the PostgreSQL enum of the same name. */
@Description("The qualifier the source put on a number.")
public enum EstimateQualifier {
    @Description("Exactly this number (low = high).")
    EXACT,
    @Description("About this number (low = high).")
    ABOUT,
    @Description("At least this number (low only).")
    AT_LEAST,
    @Description("More than this number (low only).")
    MORE_THAN,
    @Description("Up to this number (high only).")
    UP_TO,
    @Description("Less than this number (high only).")
    LESS_THAN,
    @Description("Between low and high.")
    BETWEEN
}
