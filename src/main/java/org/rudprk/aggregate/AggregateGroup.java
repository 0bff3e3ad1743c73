package org.rudprk.aggregate;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.rudprk.common.FuzzyDate;
import org.rudprk.record.RecordKind;
import org.rudprk.record.RecordStatus;
import org.rudprk.shipment.ShipmentCategory;

/** One group of an aggregate: its key, how many records and claims, and the sums of their estimates. */
@Type("AggregateGroup")
@Description("One group: the values of the grouping dimensions, how many records and distinct claims it holds "
        + "(records with and without a number of the metric), and the sum of its claims' numbers as a range, per "
        + "unit, each claim counted once.")
public record AggregateGroup(
        @Description("The year, when grouped by YEAR.") Integer year,
        @Description("The kind, when grouped by KIND.") RecordKind kind,
        @Description("The status, when grouped by STATUS.") RecordStatus status,
        @Description("The shipment category, when grouped by CATEGORY (null for records that are not shipments).") ShipmentCategory category,
        @Ignore Long supplierId,
        @Ignore Long recipientId,
        @Ignore Long claimantId,
        @Ignore Long claimantCountryId,
        @Ignore Long sourceId,
        @Description("When the claims were made, when grouped by CLAIM_DATE (null for undated claims).") FuzzyDate claimedOn,
        @NonNull @Description("Records in the group.") int count,
        @NonNull @Description("Records in the group with at least one number of the metric and nature.") int countWithEstimate,
        @NonNull @Description("Records in the group with no number of the metric and nature: counted here, not dropped.") int countWithoutEstimate,
        @NonNull @Description("Distinct claims in the group (with or without numbers): a claim shared by several "
                + "records counts once.") int claimCount,
        @NonNull @Description("The sum of the group's claims, one range per unit, each claim counted once.") List<@NonNull EstimateSum> sums) {
}
