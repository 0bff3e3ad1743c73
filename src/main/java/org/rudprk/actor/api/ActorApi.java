package org.rudprk.actor.api;

import org.rudprk.common.NestedPages;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.rudprk.common.KeysetQuery;
import org.rudprk.common.LookupFields;
import org.rudprk.common.Pages;
import org.rudprk.common.Sql;
import org.rudprk.actor.ActorKind;
import org.rudprk.actor.NameKind;
import org.rudprk.actor.query.ActorFilters;
import org.rudprk.actor.query.ActorRepository;

/** Actors, their names and positions, and the actors behind other types' fields. */
@GraphQLApi
public class ActorApi {

    @Inject
    io.smallrye.graphql.api.Context context;

    private static final String ORDERING = "NAME_ASC";

    @Inject
    ActorRepository actors;

    @Inject
    NestedPages nested;

    @Inject
    jakarta.persistence.EntityManager em;

    /** actor(id) and actorBySlug(slug), added with their texts by {@link LookupFields}. */
    @Produces
    @Singleton
    static LookupFields.Type lookups(ActorRepository actors) {
        return new LookupFields.Type(Actor.TYPE, "An actor", "actor", "kim-jong-un", actors);
    }

    @Query
    @Description("Actors in alphabetical order of their canonical name, optionally filtered.")
    public ActorConnection actors(
            @DefaultValue("20") @Description(Pages.FIRST_DESCRIPTION) Integer first,
            @Description(Pages.AFTER_DESCRIPTION) String after,
            @Description("Only actors of this kind (a shorthand for filter.kind).") ActorKind kind,
            @Description("Only actors matching this condition.") ActorFilter filter) {
        KeysetQuery query = ActorRepository.byName(
                kind == null ? null : new Sql().append("a.kind = cast(? as actor_kind)", kind.name()),
                ActorFilters.toSql(filter));
        return new ActorConnection(query.forward(ORDERING, first, after, (keys, size) -> actors.page(query, keys, size),
                a -> List.of(a.name(), a.slug()), List::copyOf, ActorConnection.ActorEdge::new),
                Pages.totalCount(context, () -> query.count(em)));
    }

    @Description("All names of this actor: the canonical one, aliases, transliterations and native spellings.")
    public List<@NonNull ActorNameConnection> names(@Source List<Actor> list,
            @DefaultValue("20") @Description(Pages.FIRST_DESCRIPTION) Integer first,
            @Description(Pages.AFTER_DESCRIPTION) String after,
            @Description("true: only the names the articles give (and the canonical English name); false: only "
                    + "outside knowledge, names cited to a REFERENCE source; omitted: all.") Boolean inArticles) {
        // One query per batch: actor_names WHERE actor_id = each actor (lateral), keyset, at most first (max 100) per actor; +1 query for totalCount.
        return nested.pages(ids(list), org.rudprk.source.query.OutsideKnowledge.filter(NAMES, "n", inArticles), first, after,
                ActorNameConnection.ActorNameEdge::new, ActorNameConnection::new);
    }

    @Description("The reference work the ISO code comes from: a REFERENCE source, outside knowledge (none of the "
            + "articles gives a code); null when there is no code.")
    public List<org.rudprk.source.api.Source> isoCodeSource(@Source List<Actor> list) {
        // One query per batch: sources WHERE id IN (distinct keys), at most one row per key.
        return sourcesOf("select a.id, a.iso_code_source_id as source_id from actors a "
                + "where a.id = any(array[?]::bigint[])", ids(list));
    }

    /** One statement per batch: the actors' source keys by {@code any(array[keys])}, then one for the sources. */
    private List<org.rudprk.source.api.Source> sourcesOf(String select, List<Long> ids) {
        List<Long> wanted = ids.stream().distinct().toList();
        java.util.Map<Long, Long> sourceOf = new java.util.HashMap<>();
        for (org.rudprk.common.Row row : new Sql().append(select, wanted).rows(em, false)) {
            if (!row.isNull("source_id")) {
                sourceOf.put(row.id("id"), row.id("source_id"));
            }
        }
        return org.rudprk.source.api.SourceApi.inOrder(ids.stream().map(sourceOf::get).toList());
    }

    private static final NestedPages.Relation<ActorName> NAMES = NestedPages.Relation.of("ACTOR_NAMES",
            "select n.actor_id, n.name, n.language, n.kind::text as kind, n.source_id, n.paragraph, "
            + "(n.source_id is null or n.source_id not in (select id from sources where kind = 'REFERENCE')) "
            + "as in_articles {keys} from actor_names n where n.actor_id = parent_.id",
            List.of(new NestedPages.Key("n.kind", "name_kind"), new NestedPages.Key("n.language", "text"),
                    new NestedPages.Key("n.name", "text")), row -> new ActorName(row.id("actor_id"), row.text("name"),
                            row.text("language"), row.enumOf(NameKind.class, "kind"), row.longOrNull("source_id"),
                            row.integer("paragraph"), row.bool("in_articles")));

    @Description("Positions this person held over time, earliest first.")
    public List<@NonNull ActorPositionConnection> positions(@Source List<Actor> list,
            @DefaultValue("20") @Description(Pages.FIRST_DESCRIPTION) Integer first,
            @Description(Pages.AFTER_DESCRIPTION) String after) {
        // One query per batch: actor_positions WHERE actor_id = each person (lateral), keyset, at most first (max 100) per person; +1 query for totalCount.
        return nested.pages(ids(list), POSITIONS, first, after, ActorPositionConnection.ActorPositionEdge::new,
                ActorPositionConnection::new);
    }

    private static final NestedPages.Relation<ActorPosition> POSITIONS = NestedPages.Relation.of("ACTOR_POSITIONS",
            """
            select p.actor_id, p.organisation_id, p.source_id, p.title, p.start_earliest, p.start_latest,
                   p.start_precision::text as start_precision, p.end_earliest, p.end_latest,
                   p.end_precision::text as end_precision, p.paragraph {keys}
            from actor_roles p where p.actor_id = parent_.id""", List.of(new NestedPages.Key(
                    "coalesce(p.start_earliest, '-infinity'::date)", "date"), new NestedPages.Key("p.id", "bigint")),
            row -> new ActorPosition(row.id("actor_id"), row.longOrNull("organisation_id"),
                    row.longOrNull("source_id"), row.text("title"), org.rudprk.common.FuzzyDate.read(row, "start_"),
                    org.rudprk.common.FuzzyDate.read(row, "end_"), row.integer("paragraph")));

    @Description("The state this person or body belongs to.")
    public List<Actor> country(@Source List<Actor> list) {
        // One query per batch: actors WHERE id IN (distinct keys), at most one row per key.
        return actors.inOrder(list.stream().map(Actor::countryId).toList());
    }

    @Description("People and bodies that belong to this state.")
    public List<@NonNull ActorConnection> members(@Source List<Actor> list,
            @DefaultValue("20") @Description(Pages.FIRST_DESCRIPTION) Integer first,
            @Description(Pages.AFTER_DESCRIPTION) String after) {
        // One query per batch: actors WHERE country_id = each state (lateral), keyset by name, at most first (max 100) per state; +1 query for totalCount.
        return nested.pages(ids(list), MEMBERS, first, after, ActorConnection.ActorEdge::new, ActorConnection::new);
    }

    /** Cursors as those of actors(): same order, same keys. */
    private static final NestedPages.Relation<Actor> MEMBERS = ActorRepository.nested(ORDERING,
            "from actors a where a.country_id = parent_.id");

    @Name("organisation")
    @Description("The state or body the position belongs to.")
    public List<Actor> positionOrganisation(@Source List<ActorPosition> list) {
        // One query per batch: actors WHERE id IN (distinct keys), at most one row per key.
        return actors.inOrder(list.stream().map(ActorPosition::organisationId).toList());
    }

    private static List<Long> ids(List<Actor> list) {
        return list.stream().map(Actor::dbId).toList();
    }
}
