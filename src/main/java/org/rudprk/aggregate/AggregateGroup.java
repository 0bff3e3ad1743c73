package org.rudprk.aggregate;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.rudprk.record.RecordKind;
import org.rudprk.record.RecordStatus;
import org.rudprk.shipment.ShipmentCategory;

/** One group of an aggregate: its key, how many records, and the sums of their estimates. */
@Type("AggregateGroup")
@Description("One group of records: the values of the grouping dimensions, how many records it holds (those "
        + "with and without an estimate of the metric), and the sum of their estimates as a range, per unit.")
public record AggregateGroup(
        @Description("The year, when grouped by YEAR.") Integer year,
        @Description("The kind, when grouped by KIND.") RecordKind kind,
        @Description("The status, when grouped by STATUS.") RecordStatus status,
        @Description("The shipment category, when grouped by CATEGORY (null for records that are not shipments).") ShipmentCategory category,
        @Ignore Long supplierId,
        @Ignore Long recipientId,
        @NonNull @Description("Records in the group.") int count,
        @NonNull @Description("Records in the group with at least one estimate of the metric.") int countWithEstimate,
        @NonNull @Description("Records in the group with no estimate of the metric: counted here, not dropped.") int countWithoutEstimate,
        @NonNull @Description("The sum of the group's estimates, one range per unit.") List<@NonNull EstimateSum> sums) {
}
