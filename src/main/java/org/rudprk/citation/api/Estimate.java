package org.rudprk.citation.api;

import java.math.BigDecimal;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.rudprk.citation.EstimateMetric;
import org.rudprk.citation.EstimateNature;
import org.rudprk.citation.EstimateQualifier;

/** A number with its honest uncertainty, as one citation gives it. */
@Type("Estimate")
@Description("A number with the uncertainty its source gave it. 'Up to $5.5 billion' is high 5500000000, low null, "
        + "qualifier UP_TO; 'about 11,000' is low = high = 11000, qualifier ABOUT. The citation says who claims it.")
public record Estimate(
        @Ignore long dbId,
        @Ignore long citationId,
        @Ignore long recordId,
        @NonNull @Description("What is measured.") EstimateMetric metric,
        @Description("Lower bound; null when the source gives none ('up to').") BigDecimal low,
        @Description("Upper bound; null when the source gives none ('more than').") BigDecimal high,
        @NonNull @Description("Unit of low and high: USD, troops, shipping containers, metric tons...") String unit,
        @NonNull @Description("The qualifier the source put on the number.") EstimateQualifier qualifier,
        @Description("What exactly is counted, where the unit alone does not say.") String label,
        @NonNull @Description("What kind of number this is: an ESTIMATE of what happened, or a THRESHOLD, "
                + "HYPOTHESIS or FORECAST, which aggregate never adds to estimates.") EstimateNature nature) {
}
