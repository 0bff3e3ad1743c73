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
        ActorEntity e = ActorEntity.find("slug", slug).firstResult();
        return e == null ? null : Actor.of(e);
    }

    @Query
    @Description("Actors in alphabetical order of their canonical name, optionally filtered.")
    public ActorConnection actors(
            @DefaultValue("20") @Description(Pages.FIRST_DESCRIPTION) Integer first,
            @Description(Pages.AFTER_DESCRIPTION) String after,
            @Description("Only actors of this kind (a shorthand for filter.kind).") ActorKind kind,
            @Description("Only actors matching this condition.") ActorFilter filter) {
        int size = Pages.size(first);
        Sql where = new Sql().append(" where true");
        if (kind != null) {
            where.append(" and a.kind = cast(? as actor_kind)", kind.name());
        }
        Sql condition = ActorFilters.toSql(filter);
        if (condition != null) {
            where.append(" and (").append(condition).append(")");
        }
        Sql page = new Sql().append("select a.* from actors a").append(where);
        if (after != null) {
            List<String> keys = Pages.keys(after, ORDERING, 2);
            page.append(" and (a.name, a.slug) > (?, ?)", keys.get(0), keys.get(1));
        }
        page.append(" order by a.name, a.slug limit ?", size + 1);
        @SuppressWarnings("unchecked")
        List<ActorEntity> found = page.bind(em.createNativeQuery(page.text(), ActorEntity.class)).getResultList();
        Sql count = new Sql().append("select count(*) from actors a").append(where);
        return new ActorConnection(Pages.page(found.stream().map(Actor::of).toList(), size, after != null,
                a -> new ActorConnection.ActorEdge(Pages.cursor(ORDERING, a.name(), a.slug()), a)),
                Pages.totalCount(context, () -> ((Number) count.bind(em.createNativeQuery(count.text(), Long.class))
                        .getSingleResult()).intValue()));
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
