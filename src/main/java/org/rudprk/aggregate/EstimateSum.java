package org.rudprk.aggregate;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A sum of ranges, which is a range; each claim in it counted once. */
@Type("EstimateSum")
@Description("The sum of a group's claims in one unit, as a range, each claim counted once. A claim that supports "
        + "several records of the group (the deployment it measures, the statement that makes it, the report that "
        + "publishes it) is one claim and is added once: to the first of those records in seed order (agreements, "
        + "shipments, deployments, events, statements; then file order). The claims added to one record are "
        + "alternative accounts of it and give one envelope: the lowest low bound (0 where a claim gives none, as in "
        + "'up to') and the highest high bound (unbounded where a claim gives none, as in 'more than'). The envelopes "
        + "of different records are added: low is the sum of the lows; high the sum of the highs, or null when any "
        + "envelope is unbounded. Only numbers of the requested nature are summed (estimates of what happened by "
        + "default; thresholds, hypotheses and forecasts never with them). 'claims' lists what was added.")
public record EstimateSum(
        @NonNull @Description("The unit of the sums.") String unit,
        @NonNull @Description("Records whose envelopes are added (each claim counted on one record only).") int records,
        @NonNull @Description("Sum of the records' lowest bounds.") BigDecimal low,
        @Description("Sum of the records' highest bounds; null when at least one record has no upper bound.") BigDecimal high,
        @NonNull @Description("Records whose upper bound is unknown ('more than', 'at least'), which make high null.") int unbounded,
        @NonNull @Description("How many distinct claims were added.") int claimCount,
        @NonNull @Description("The identities (Citation.claim) of the claims added, so that a total can be explained "
                + "claim by claim: citations(filter: {claims: [...]}) gives them with their source and claimant. At "
                + "most the first 100 by identity: when claimCount is larger, narrow the filter to list them all.")
        List<@NonNull String> claims) {
}
