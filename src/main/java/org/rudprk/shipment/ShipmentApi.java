package org.rudprk.shipment;

import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.rudprk.citation.CitationRepository;
import org.rudprk.citation.EstimateConnection;
import org.rudprk.citation.EstimateMetric;
import org.rudprk.common.Pages;

/** The fields only a shipment has; the look-ups and lists of every kind are RecordKindApi's. */
@GraphQLApi
public class ShipmentApi {

    @Inject
    CitationRepository citations;

    @Description("Claimed values in US dollars, one estimate per claim that gives one; see each estimate's citation.")
    public List<@NonNull EstimateConnection> valueUsd(@Source List<Shipment> list,
            @DefaultValue("20") @Description(Pages.FIRST_DESCRIPTION) Integer first,
            @Description(Pages.AFTER_DESCRIPTION) String after) {
        // One statement per batch: each record's page cut by a lateral LIMIT first+1 (NestedPages).
        return citations.estimatePages(list, EstimateMetric.VALUE_USD, first, after);
    }

    @Description("Claimed quantities (containers, metric tons, missiles...), one estimate per figure; the same "
            + "flow may be measured in several units.")
    public List<@NonNull EstimateConnection> quantities(@Source List<Shipment> list,
            @DefaultValue("20") @Description(Pages.FIRST_DESCRIPTION) Integer first,
            @Description(Pages.AFTER_DESCRIPTION) String after) {
        // One statement per batch: each record's page cut by a lateral LIMIT first+1 (NestedPages).
        return citations.estimatePages(list, EstimateMetric.QUANTITY, first, after);
    }
}
