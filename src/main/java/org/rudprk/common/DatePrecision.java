package org.rudprk.common;

import org.eclipse.microprofile.graphql.Description;

/** How much of a date the source tells us. */
@Description("How much of a date the source tells us: the finest unit that is actually known.")
public enum DatePrecision {
    @Description("The exact day is known.")
    DAY,
    @Description("Only the ISO week (Monday to Sunday) is known.")
    WEEK,
    @Description("Only the month is known.")
    MONTH,
    @Description("Only the season is known: spring is March–May, summer June–August, autumn September–November, winter December–February.")
    SEASON,
    @Description("Only the year is known.")
    YEAR
}
