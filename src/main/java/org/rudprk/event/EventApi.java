package org.rudprk.event;

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
import org.rudprk.common.Pages;
import org.rudprk.record.ActorRole;
import org.rudprk.record.RecordFilter;
import org.rudprk.record.RecordKind;
import org.rudprk.record.RecordKindApi;
import org.rudprk.record.RecordLookup;
import org.rudprk.record.RecordOrder;
import org.rudprk.event.EventConnection.EventEdge;

/** Events: look-ups, the list, and the fields only an event has. */
@GraphQLApi
public class EventApi extends RecordKindApi<Event, EventEdge, EventConnection> {

    @Inject
    public EventApi(RecordLookup lookup) {
        super(lookup, RecordKind.EVENT, Event.class, EventEdge::new, EventConnection::new);
    }

    @Query
    @Description("An event by its global ID; null when there is none.")
    public Event event(@NonNull @Id @Description("The event's global ID.") String id) {
        return byId(id);
    }

    @Query
    @Description("An event by its slug; null when there is none.")
    public Event eventBySlug(@NonNull @Description("The event's slug.") String slug) {
        return bySlug(slug);
    }

    @Query
    @Description("Visits, summits, letters, votes, launches, strikes and publications, earliest first unless ordered otherwise.")
    public EventConnection events(
            @Description(Pages.FIRST_DESCRIPTION) Integer first,
            @Description(Pages.AFTER_DESCRIPTION) String after,
            @Description(Pages.LAST_DESCRIPTION) Integer last,
            @Description(Pages.BEFORE_DESCRIPTION) String before,
            @Description("Only events matching this condition.") RecordFilter filter,
            @DefaultValue("DATE_ASC") @Description("The order of the list.") RecordOrder orderBy) {
        return page(filter, orderBy, first, after, last, before);
    }

    @Name("events")
    @Description("Events this actor took part in, in any role, earliest first.")
    public List<@NonNull EventConnection> eventsOfActor(@Source List<Actor> list,
            @Description("Only events where the actor has this role.") ActorRole role,
            @DefaultValue("20") @Description(Pages.FIRST_DESCRIPTION) Integer first,
            @Description(Pages.AFTER_DESCRIPTION) String after) {
        // One statement per batch: each actor's page cut by a lateral LIMIT first+1 (NestedPages).
        return ofActors(list, role, first, after);
    }
}
