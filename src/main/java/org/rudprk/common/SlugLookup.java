package org.rudprk.common;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.EntityManager;

import org.rudprk.common.errors.DatabaseErrors;

/**
 * The look-ups of a type with a slug and a database key (actors, places, sources), written once:
 * by global ID, by slug (an unknown slug refused with UNKNOWN_SLUG and the nearest known slugs)
 * and by keys in their order, for batch resolvers. An implementation supplies the three reads,
 * {@link #bySlug}, {@link #bySlugs} and {@link #byIds}; {@link #ofEntity} supplies them for a Panache entity.
 */
public interface SlugLookup<T> {

    /** One statement: the item with this slug, or null. */
    T bySlug(String slug);

    /** One statement per batch, none when every key is null: the items of these keys, by key. */
    Map<Long, T> byIds(Collection<Long> ids);

    /** One statement per batch, none when there are no slugs: the items with these slugs, by slug. */
    Map<String, T> bySlugs(Collection<String> slugs);

    /** The item of a global ID that must be of {@code type} (else INVALID_ID); null when there is none. */
    default T byGlobalId(String id, String type) {
        return bySlug(GlobalId.slugOf(id, type));
    }

    /**
     * The item with this slug; when there is none, a slug that names no {@code kind} ("actor",
     * "place", "source") of the dataset is refused ({@link Filters#checkKnown}), else null.
     */
    default T bySlugOrRefuse(String slug, String kind) {
        T found = bySlug(slug);
        if (found == null) {
            Filters.checkKnown(kind, List.of(slug), "slug");
        }
        return found;
    }

    /** The item of each key, in the keys' order; null where a key is null or names nothing. */
    default List<T> inOrder(List<Long> ids) {
        Map<Long, T> found = byIds(ids);
        return ids.stream().map(id -> id == null ? null : found.get(id)).toList();
    }

    /**
     * The look-ups of a type read through a Panache entity with the properties {@code id} and
     * {@code slug} ({@code from Entity where slug = ?1}, {@code where id in ?1}), each turned into
     * the API's type by {@code of}; {@code key} is the API type's database key and {@code slug} its slug.
     */
    static <E, T> SlugLookup<T> ofEntity(Class<E> entity, Function<E, T> of, Function<T, Long> key,
            Function<T, String> slug) {
        return new SlugLookup<>() {
            @Override
            public T bySlug(String slug) {
                List<E> found = DatabaseErrors.reading(() -> from("where slug = ?1", slug).setMaxResults(1)
                        .getResultList());
                return found.isEmpty() ? null : of.apply(found.get(0));
            }

            @Override
            public Map<Long, T> byIds(Collection<Long> ids) {
                List<Long> wanted = ids.stream().filter(Objects::nonNull).distinct().toList();
                return wanted.isEmpty() ? Map.of()
                        : DatabaseErrors.reading(() -> from("where id in ?1", wanted).getResultList()).stream()
                                .map(of).collect(Collectors.toMap(key, t -> t));
            }

            @Override
            public Map<String, T> bySlugs(Collection<String> slugs) {
                List<String> wanted = List.copyOf(new java.util.LinkedHashSet<>(slugs));
                return wanted.isEmpty() ? Map.of()
                        : DatabaseErrors.reading(() -> from("where slug in ?1", wanted).getResultList()).stream()
                                .map(of).collect(Collectors.toMap(slug, t -> t));
            }

            private jakarta.persistence.TypedQuery<E> from(String where, Object parameter) {
                EntityManager em = Panache.getEntityManager(entity);
                return em.createQuery("from " + em.getMetamodel().entity(entity).getName() + " " + where, entity)
                        .setParameter(1, parameter);
            }
        };
    }
}
