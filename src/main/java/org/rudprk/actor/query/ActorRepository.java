package org.rudprk.actor.query;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.rudprk.common.NestedPages;
import org.rudprk.common.SlugLookup;
import org.rudprk.common.Sql;
import org.rudprk.actor.api.Actor;

/**
 * Every read of actors: by key in batches, by slug, and as nested lists; each maps its rows with
 * {@link Actor#read} from {@link Actor#COLUMNS}, by column label.
 */
@ApplicationScoped
public class ActorRepository implements SlugLookup<Actor> {

    @Inject
    EntityManager em;

    /** One statement per batch: {@code where a.id in (keys)}, primary-key probes, at most one row per key. */
    @Override
    public Map<Long, Actor> byIds(Collection<Long> ids) {
        List<Long> wanted = ids.stream().filter(java.util.Objects::nonNull).distinct().toList();
        if (wanted.isEmpty()) {
            return Map.of();
        }
        return list(new Sql().append("select " + Actor.COLUMNS + " from actors a where a.id in (?)", wanted)).stream()
                .collect(Collectors.toMap(Actor::dbId, a -> a));
    }

    /** One statement: {@code where a.slug = ?}, a unique-index probe. The actor with this slug, or null. */
    @Override
    public Actor bySlug(String slug) {
        List<Actor> found = list(new Sql().append("select " + Actor.COLUMNS + " from actors a where a.slug = ?", slug));
        return found.isEmpty() ? null : found.get(0);
    }

    /** One statement per batch: {@code where a.slug in (slugs)}, the actors found by slug. */
    @Override
    public Map<String, Actor> bySlugs(Collection<String> slugs) {
        return slugs.isEmpty() ? Map.of()
                : list(new Sql().append("select " + Actor.COLUMNS + " from actors a where a.slug in (?)",
                        List.copyOf(new java.util.LinkedHashSet<>(slugs)))).stream()
                        .collect(java.util.stream.Collectors.toMap(Actor::slug, a -> a));
    }

    /** The list of actors by name then slug (the order of {@code actors()}), under these conditions on {@code a}. */
    public static org.rudprk.common.KeysetQuery byName(Sql... conditions) {
        org.rudprk.common.KeysetQuery query = new org.rudprk.common.KeysetQuery("actors", "a", List.of("a.name", "a.slug"));
        for (Sql c : conditions) {
            query.where(c);
        }
        return query;
    }

    /** One statement: up to {@code size + 1} actors of {@code query} after the keys (name, slug), keyset, literal LIMIT. */
    public List<Actor> page(org.rudprk.common.KeysetQuery query, List<Object> after, int size) {
        return query.page(em, Actor.COLUMNS, Actor::read, after, size);
    }

    /**
     * A nested list of actors in the order and with the cursors of {@code actors()} (name, then
     * slug): {@code from} binds {@code a} and ties it to the parent {@code parent_.id}.
     */
    public static NestedPages.Relation<Actor> nested(String ordering, String from) {
        return NestedPages.Relation.of(ordering, "select " + Actor.COLUMNS + " {keys} " + from,
                List.of(new NestedPages.Key("a.name", "text"), new NestedPages.Key("a.slug", "text")), Actor::read);
    }

    private List<Actor> list(Sql sql) {
        return sql.rows(em, false).stream().map(Actor::read).toList();
    }
}
