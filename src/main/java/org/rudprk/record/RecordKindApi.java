package org.rudprk.record;

import java.util.List;
import java.util.function.BiFunction;

import org.rudprk.actor.Actor;
import org.rudprk.common.Edge;
import org.rudprk.common.Pages;

/**
 * What the GraphQL API of every record kind does, written once: look-ups by global ID and
 * slug, the kind's list, and an actor's records of the kind, typed by the kind's class, edge
 * and connection. Each kind's API extends it and declares its fields (SmallRye GraphQL names
 * a field after its method, so {@code shipment}, {@code shipmentBySlug}, {@code shipments} and
 * {@code Actor.shipments} are declared by ShipmentApi), each a single call to a method here.
 */
public abstract class RecordKindApi<T extends RecordBase, E extends Edge<T>, C> {

    private final RecordLookup lookup;
    private final RecordKind kind;
    private final Class<T> type;
    private final BiFunction<String, T, E> edge;
    private final BiFunction<Pages.Page<E>, Integer, C> connection;

    protected RecordKindApi(RecordLookup lookup, RecordKind kind, Class<T> type, BiFunction<String, T, E> edge,
            BiFunction<Pages.Page<E>, Integer, C> connection) {
        this.lookup = lookup;
        this.kind = kind;
        this.type = type;
        this.edge = edge;
        this.connection = connection;
    }

    /** The record of this kind with this global ID; null when there is none. */
    protected T byId(String id) {
        return lookup.byId(id, kind, type);
    }

    /** The record of this kind with this slug; null when there is none. */
    protected T bySlug(String slug) {
        return lookup.bySlug(slug, kind, type);
    }

    /** A page of the records of this kind (see {@link RecordLookup#page}). */
    protected C page(RecordFilter filter, RecordOrder order, Integer first, String after, Integer last,
            String before) {
        return lookup.page(kind, type, filter, order, first, after, last, before, edge, connection);
    }

    /**
     * For each actor, a page of its records of this kind, in one role when given: one
     * statement for the batch, each actor's page cut by a lateral LIMIT first+1 (NestedPages).
     */
    protected List<C> ofActors(List<Actor> actors, ActorRole role, Integer first, String after) {
        return lookup.pagesOfActors(actors, role, kind, type, first, after, edge, connection);
    }
}
