package org.rudprk.actor;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

/** Actors by key, in batches. */
@ApplicationScoped
public class ActorRepository {

    public Map<Long, Actor> byIds(Collection<Long> ids) {
        List<Long> wanted = ids.stream().filter(java.util.Objects::nonNull).distinct().toList();
        if (wanted.isEmpty()) {
            return Map.of();
        }
        return ActorEntity.<ActorEntity>list("id in ?1", wanted).stream().map(Actor::of)
                .collect(Collectors.toMap(Actor::dbId, a -> a));
    }

    /** The actor for each key, in order; null where a key is null. */
    public List<Actor> inOrder(List<Long> ids) {
        Map<Long, Actor> found = byIds(ids);
        return ids.stream().map(id -> id == null ? null : found.get(id)).toList();
    }
}
