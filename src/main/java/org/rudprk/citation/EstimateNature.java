package org.rudprk.citation;

import org.eclipse.microprofile.graphql.Description;

/** What kind of number an estimate is. Mirrors the PostgreSQL enum estimate_nature. */
@Description("What an estimate is a number of. Only ESTIMATE numbers describe what happened; aggregate sums one "
        + "nature at a time and never adds thresholds, hypotheses or forecasts to estimates.")
public enum EstimateNature {
    @Description("An estimate of what happened or is the case (troops deployed, casualties suffered, value sold).")
    ESTIMATE,
    @Description("A level named as a condition, not as a count: 'an increase to more than 20,000 troops could "
            + "destabilise the regime'.")
    THRESHOLD,
    @Description("A number of what might be the case, put as a supposition.")
    HYPOTHESIS,
    @Description("A number of what is expected to happen: 'expected to earn hundreds of millions'.")
    FORECAST
}
