package org.rudprk.citation;

import org.eclipse.microprofile.graphql.Description;

/** What the claimant does with the claim. Mirrors the PostgreSQL enum of the same name. */
@Description("What the claimant does with the claim.")
public enum Stance {
    @Description("States it as fact.")
    ASSERTS,
    @Description("Passes on what others said.")
    REPORTS,
    @Description("Gives an estimate.")
    ESTIMATES,
    @Description("Predicts it.")
    FORECASTS,
    @Description("Confirms it.")
    CONFIRMS,
    @Description("Admits it, as one of the actors involved.")
    ACKNOWLEDGES,
    @Description("Denies it.")
    DENIES
}
