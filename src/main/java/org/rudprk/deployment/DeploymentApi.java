package org.rudprk.deployment;

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

/** The fields only a deployment has; the look-ups and lists of every kind are RecordKindApi's. */
@GraphQLApi
public class DeploymentApi {

    @Inject
    CitationRepository citations;

    @Description("Claimed strength (troops or workers), one estimate per claim; see each estimate's citation.")
    public List<@NonNull EstimateConnection> strength(@Source List<Deployment> list,
            @DefaultValue("20") @Description(Pages.FIRST_DESCRIPTION) Integer first,
            @Description(Pages.AFTER_DESCRIPTION) String after) {
        // One statement per batch: each record's page cut by a lateral LIMIT first+1 (NestedPages).
        return citations.estimatePages(list, EstimateMetric.STRENGTH, first, after);
    }

    @Description("Claimed casualties (killed and wounded), one estimate per claim; see each estimate's citation.")
    public List<@NonNull EstimateConnection> casualties(@Source List<Deployment> list,
            @DefaultValue("20") @Description(Pages.FIRST_DESCRIPTION) Integer first,
            @Description(Pages.AFTER_DESCRIPTION) String after) {
        // One statement per batch: each record's page cut by a lateral LIMIT first+1 (NestedPages).
        return citations.estimatePages(list, EstimateMetric.CASUALTIES, first, after);
    }
}
