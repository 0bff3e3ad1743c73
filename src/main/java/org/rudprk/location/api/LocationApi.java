package org.rudprk.location.api;

import org.rudprk.common.NestedPages;
import java.util.List;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.rudprk.actor.api.Actor;
import org.rudprk.actor.query.ActorRepository;
import org.rudprk.common.KeysetQuery;
import org.rudprk.common.LookupFields;
import org.rudprk.common.Pages;
import org.rudprk.common.SlugLookup;
import org.rudprk.record.api.Placement;
import org.rudprk.record.query.RecordRepository;
import org.rudprk.location.entity.LocationEntity;

/** Places, and the places behind records. */
@GraphQLApi
public class LocationApi {

    @Inject
    io.smallrye.graphql.api.Context context;

    private static final String ORDERING = "NAME_ASC";

    @Inject
    ActorRepository actors;

    @Inject
    jakarta.persistence.EntityManager em;

    /** location(id) and locationBySlug(slug), added with their texts by {@link LookupFields}. */
    @Produces
    @Singleton
    static LookupFields.Type lookups() {
        return new LookupFields.Type(Location.TYPE, "A place", "place", "pyongyang", PLACES);
    }

    @Query
    @Description("Places in alphabetical order of name, optionally filtered.")
    public LocationConnection locations(
            @DefaultValue("20") @Description(Pages.FIRST_DESCRIPTION) Integer first,
            @Description(Pages.AFTER_DESCRIPTION) String after,
            @Description("Only places matching this condition.") LocationFilter filter) {
        KeysetQuery query = new KeysetQuery("locations", "l", List.of("l.name", "l.slug"))
                .where(LocationFilter.toSql(filter));
        return new LocationConnection(query.forward(ORDERING, first, after,
                (keys, size) -> query.page(em, LocationEntity.class, keys, size).stream().map(Location::of).toList(),
                l -> List.of(l.name(), l.slug()), List::copyOf, LocationConnection.LocationEdge::new),
                Pages.totalCount(context, () -> query.count(em)));
    }

    @Description("All names of this place, in several languages and spellings.")
    public List<@NonNull LocationNameConnection> names(@Source List<Location> list,
            @DefaultValue("20") @Description(Pages.FIRST_DESCRIPTION) Integer first,
            @Description(Pages.AFTER_DESCRIPTION) String after,
            @Description("true: only the names the articles give (and the English name); false: only outside "
                    + "knowledge, names cited to a REFERENCE source; omitted: all.") Boolean inArticles) {
        // One query per batch: location_names WHERE location_id = each place (lateral), keyset, at most first (max 100) per place; +1 query for totalCount.
        return nested.pages(list.stream().map(Location::dbId).toList(), org.rudprk.source.query.OutsideKnowledge.filter(NAMES, "n", inArticles),
                first, after,
                LocationNameConnection.LocationNameEdge::new, LocationNameConnection::new);
    }

    private static final NestedPages.Relation<LocationName> NAMES = NestedPages.Relation.of("PLACE_NAMES",
            "select n.location_id, n.name, n.language, n.source_id, n.paragraph, (n.source_id is null or n.source_id "
            + "not in (select id from sources where kind = 'REFERENCE')) as in_articles {keys} "
            + "from location_names n where n.location_id = parent_.id",
            List.of(new NestedPages.Key("n.language", "text"), new NestedPages.Key("n.name", "text")),
            row -> new LocationName(row.id("location_id"), row.text("name"), row.text("language"),
                    row.longOrNull("source_id"), row.integer("paragraph"), row.bool("in_articles")));

    @Description("The reference work the coordinates come from: a REFERENCE source, outside knowledge (none of the "
            + "articles gives a coordinate); null when there are none.")
    public List<org.rudprk.source.api.Source> coordinatesSource(@Source List<Location> list) {
        // One query per batch: sources WHERE id IN (distinct keys), at most one row per key.
        return org.rudprk.source.api.SourceApi.inOrder(list.stream().map(Location::coordinatesSourceId).toList());
    }

    @Inject
    NestedPages nested;

    @Description("The country the place is in.")
    public List<Actor> country(@Source List<Location> list) {
        // One query per batch: actors WHERE id IN (distinct keys), at most one row per key.
        return actors.inOrder(list.stream().map(Location::countryId).toList());
    }

    @Description("The larger place this one lies in (the region of a city, the republic of a zone).")
    public List<Location> parent(@Source List<Location> list) {
        // One query per batch: locations WHERE id IN (distinct keys), at most one row per key.
        return inOrder(list.stream().map(Location::parentId).toList());
    }

    @Description("The place.")
    public List<@NonNull Location> location(@Source List<Placement> list) {
        // One query per batch: locations WHERE id IN (distinct keys), at most one row per key.
        return inOrder(list.stream().map(Placement::locationId).toList());
    }

    /** Places by global ID, by slug and by keys, read through {@link LocationEntity}. */
    private static final SlugLookup<Location> PLACES = SlugLookup.ofEntity(LocationEntity.class, Location::of,
            Location::dbId, Location::slug);

    /** One statement per batch ({@code id in ?1}, at most one row per key): the places in the keys' order. */
    private static List<Location> inOrder(List<Long> ids) {
        return PLACES.inOrder(ids);
    }
}
