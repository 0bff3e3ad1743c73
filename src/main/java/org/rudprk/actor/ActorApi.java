package org.rudprk.actor;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.rudprk.common.GlobalId;
import org.rudprk.common.KeysetQuery;
import org.rudprk.common.Pages;
import org.rudprk.common.Sql;
import org.rudprk.record.RecordRepository;

/** Actors, their names and positions, and the actors behind other types' fields. */
@GraphQLApi
public class ActorApi {

    @Inject
    io.smallrye.graphql.api.Context context;

    private static final String ORDERING = "NAME_ASC";

    @Inject
    ActorRepository actors;

    @Inject
    jakarta.persistence.EntityManager em;

    @Query
    @Description("An actor by its global ID; null when there is none.")
    public Actor actor(@NonNull @Id @Description("The actor's global ID.") String id) {
        return actorBySlug(GlobalId.slugOf(id, Actor.TYPE));
    }

    @Query
    @Description("An actor by its slug; null when there is none.")
    public Actor actorBySlug(@NonNull @Description("The actor's slug, e.g. 'kim-jong-un'.") String slug) {
        return actors.bySlug(slug);
    }

    @Query
    @Description("Actors in alphabetical order of their canonical name, optionally filtered.")
    public ActorConnection actors(
            @DefaultValue("20") @Description(Pages.FIRST_DESCRIPTION) Integer first,
            @Description(Pages.AFTER_DESCRIPTION) String after,
            @Description("Only actors of this kind (a shorthand for filter.kind).") ActorKind kind,
            @Description("Only actors matching this condition.") ActorFilter filter) {
        int size = Pages.size(first);
        KeysetQuery query = new KeysetQuery("actors", "a", List.of("a.name", "a.slug"))
                .where(kind == null ? null : new Sql().append("a.kind = cast(? as actor_kind)", kind.name()))
                .where(ActorFilters.toSql(filter));
        List<Object> keys = after == null ? null : List.copyOf(Pages.keys(after, ORDERING, 2));
        List<ActorEntity> found = query.page(em, ActorEntity.class, keys, size);
        return new ActorConnection(Pages.page(found.stream().map(Actor::of).toList(), size, after != null,
                a -> new ActorConnection.ActorEdge(Pages.cursor(ORDERING, a.name(), a.slug()), a)),
                Pages.totalCount(context, () -> query.count(em)));
    }

    @Description("All names of this actor: the canonical one, aliases, transliterations and native spellings.")
    public List<@NonNull List<@NonNull ActorName>> names(@Source List<Actor> list) {
        Map<Long, List<ActorName>> found = RecordRepository.group(ActorNameEntity.<ActorNameEntity>list(
                "actorId in ?1 order by actorId, kind, language, name", ids(list)).stream().map(ActorName::of)
                .toList(), ActorName::actorId);
        return list.stream().map(a -> found.getOrDefault(a.dbId(), List.of())).toList();
    }

    @Description("Positions this person held over time, earliest first.")
    public List<@NonNull List<@NonNull ActorPosition>> positions(@Source List<Actor> list) {
        Map<Long, List<ActorPosition>> found = RecordRepository.group(ActorRoleEntity.<ActorRoleEntity>list(
                "actorId in ?1 order by actorId, startEarliest nulls first, id", ids(list)).stream()
                .map(ActorPosition::of).toList(), ActorPosition::actorId);
        return list.stream().map(a -> found.getOrDefault(a.dbId(), List.of())).toList();
    }

    @Description("The state this person or body belongs to.")
    public List<Actor> country(@Source List<Actor> list) {
        return actors.inOrder(list.stream().map(Actor::countryId).toList());
    }

    @Description("People and bodies that belong to this state.")
    public List<@NonNull List<@NonNull Actor>> members(@Source List<Actor> list) {
        Map<Long, List<Actor>> found = RecordRepository.group(ActorEntity.<ActorEntity>list(
                "countryId in ?1 order by name, slug", ids(list)).stream().map(Actor::of).toList(),
                Actor::countryId);
        return list.stream().map(a -> found.getOrDefault(a.dbId(), List.of())).toList();
    }

    @Name("organisation")
    @Description("The state or body the position belongs to.")
    public List<Actor> positionOrganisation(@Source List<ActorPosition> list) {
        return actors.inOrder(list.stream().map(ActorPosition::organisationId).toList());
    }

    private static List<Long> ids(List<Actor> list) {
        return list.stream().map(Actor::dbId).toList();
    }
}
