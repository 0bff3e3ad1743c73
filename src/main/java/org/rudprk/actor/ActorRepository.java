package org.rudprk.actor;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.rudprk.common.Sql;

/** Actors by key, in batches, and by slug; plain JDBC rows (see {@link Actor#fromRow}). */
@ApplicationScoped
public class ActorRepository {

    @Inject
    EntityManager em;

    public Map<Long, Actor> byIds(Collection<Long> ids) {
        List<Long> wanted = ids.stream().filter(java.util.Objects::nonNull).distinct().toList();
        if (wanted.isEmpty()) {
            return Map.of();
        }
        return new Sql().append("select " + Actor.COLUMNS + " from actors a where a.id in (?)", wanted)
                .rows(em, false).stream().map(row -> Actor.fromRow(row, 0))
                .collect(Collectors.toMap(Actor::dbId, a -> a));
    }

    /** The actor with this slug, or null. */
    public Actor bySlug(String slug) {
        List<Object[]> rows = new Sql().append("select " + Actor.COLUMNS + " from actors a where a.slug = ?", slug)
                .rows(em, false);
        return rows.isEmpty() ? null : Actor.fromRow(rows.get(0), 0);
    }

    /** The actor for each key, in order; null where a key is null. */
    public List<Actor> inOrder(List<Long> ids) {
        Map<Long, Actor> found = byIds(ids);
        return ids.stream().map(id -> id == null ? null : found.get(id)).toList();
    }
}
