package org.rudprk.deployment;

import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.rudprk.actor.Actor;
import org.rudprk.citation.CitationRepository;
import org.rudprk.citation.EstimateConnection;
import org.rudprk.citation.EstimateMetric;
import org.rudprk.common.Pages;
import org.rudprk.record.ActorRole;
import org.rudprk.record.RecordFilter;
import org.rudprk.record.RecordKind;
import org.rudprk.record.RecordKindApi;
import org.rudprk.record.RecordLookup;
import org.rudprk.record.RecordOrder;
import org.rudprk.deployment.DeploymentConnection.DeploymentEdge;

/** Deployments: look-ups, the list, and the fields only a deployment has. */
@GraphQLApi
public class DeploymentApi extends RecordKindApi<Deployment, DeploymentEdge, DeploymentConnection> {

    @Inject
    CitationRepository citations;

    @Inject
    public DeploymentApi(RecordLookup lookup) {
        super(lookup, RecordKind.DEPLOYMENT, Deployment.class, DeploymentEdge::new, DeploymentConnection::new);
    }

    @Query
    @Description("A deployment by its global ID; null when there is none.")
    public Deployment deployment(@NonNull @Id @Description("The deployment's global ID.") String id) {
        return byId(id);
    }

    @Query
    @Description("A deployment by its slug; null when there is none.")
    public Deployment deploymentBySlug(@NonNull @Description("The deployment's slug.") String slug) {
        return bySlug(slug);
    }

    @Query
    @Description("Troops and workers sent abroad, earliest first unless ordered otherwise.")
    public DeploymentConnection deployments(
            @Description(Pages.FIRST_DESCRIPTION) Integer first,
            @Description(Pages.AFTER_DESCRIPTION) String after,
            @Description(Pages.LAST_DESCRIPTION) Integer last,
            @Description(Pages.BEFORE_DESCRIPTION) String before,
            @Description("Only deployments matching this condition.") RecordFilter filter,
            @DefaultValue("DATE_ASC") @Description("The order of the list.") RecordOrder orderBy) {
        return page(filter, orderBy, first, after, last, before);
    }

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

    @Name("deployments")
    @Description("Deployments this actor sent or hosted, earliest first.")
    public List<@NonNull DeploymentConnection> deploymentsOfActor(@Source List<Actor> list,
            @Description("Only deployments where the actor has this role.") ActorRole role,
            @DefaultValue("20") @Description(Pages.FIRST_DESCRIPTION) Integer first,
            @Description(Pages.AFTER_DESCRIPTION) String after) {
        // One statement per batch: each actor's page cut by a lateral LIMIT first+1 (NestedPages).
        return ofActors(list, role, first, after);
    }
}
