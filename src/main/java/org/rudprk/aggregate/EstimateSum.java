package org.rudprk.aggregate;

import java.math.BigDecimal;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A sum of ranges, which is a range. */
@Type("EstimateSum")
@Description("The sum of several records' estimates in one unit, as a range. Each record counts once, with the "
        + "envelope of its claims: its lowest low bound (0 where a claim gives none, as in 'up to') and its highest "
        + "high bound (unbounded where a claim gives none, as in 'more than'). low is the sum of the lows; high is "
        + "the sum of the highs, or null when any record's high is unbounded.")
public record EstimateSum(
        @NonNull @Description("The unit of the sums.") String unit,
        @NonNull @Description("Records with an estimate in this unit.") int records,
        @NonNull @Description("Sum of the records' lowest bounds.") BigDecimal low,
        @Description("Sum of the records' highest bounds; null when at least one record has no upper bound.") BigDecimal high,
        @NonNull @Description("Records whose upper bound is unknown ('more than', 'at least'), which make high null.") int unbounded) {
}
