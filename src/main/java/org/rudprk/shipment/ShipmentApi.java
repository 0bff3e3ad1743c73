package org.rudprk.shipment;

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
import org.rudprk.shipment.ShipmentConnection.ShipmentEdge;

/** Shipments: look-ups, the list, and the fields only a shipment has. */
@GraphQLApi
public class ShipmentApi extends RecordKindApi<Shipment, ShipmentEdge, ShipmentConnection> {

    @Inject
    CitationRepository citations;

    @Inject
    public ShipmentApi(RecordLookup lookup) {
        super(lookup, RecordKind.SHIPMENT, Shipment.class, ShipmentEdge::new, ShipmentConnection::new);
    }

    @Query
    @Description("A shipment by its global ID; null when there is none.")
    public Shipment shipment(@NonNull @Id @Description("The shipment's global ID.") String id) {
        return byId(id);
    }

    @Query
    @Description("A shipment by its slug; null when there is none.")
    public Shipment shipmentBySlug(@NonNull @Description("The shipment's slug.") String slug) {
        return bySlug(slug);
    }

    @Query
    @Description("Transfers between actors, earliest first unless ordered otherwise.")
    public ShipmentConnection shipments(
            @Description(Pages.FIRST_DESCRIPTION) Integer first,
            @Description(Pages.AFTER_DESCRIPTION) String after,
            @Description(Pages.LAST_DESCRIPTION) Integer last,
            @Description(Pages.BEFORE_DESCRIPTION) String before,
            @Description("Only shipments matching this condition.") RecordFilter filter,
            @DefaultValue("DATE_ASC") @Description("The order of the list.") RecordOrder orderBy) {
        return page(filter, orderBy, first, after, last, before);
    }

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

    @Name("shipments")
    @Description("Shipments this actor supplied or received, earliest first.")
    public List<@NonNull ShipmentConnection> shipmentsOfActor(@Source List<Actor> list,
            @Description("Only shipments where the actor has this role.") ActorRole role,
            @DefaultValue("20") @Description(Pages.FIRST_DESCRIPTION) Integer first,
            @Description(Pages.AFTER_DESCRIPTION) String after) {
        // One statement per batch: each actor's page cut by a lateral LIMIT first+1 (NestedPages).
        return ofActors(list, role, first, after);
    }
}
