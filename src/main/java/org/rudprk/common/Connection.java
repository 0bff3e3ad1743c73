package org.rudprk.common;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * A Relay connection: one page of a list, with cursors. Each list has a named subclass
 * (ShipmentConnection, ...) so the schema reads as Relay clients expect.
 */
public abstract class Connection<T, E extends Edge<T>> {

    private final List<E> edges;
    private final PageInfo pageInfo;
    private final Integer count;

    /** {@code count} is null when the client did not select totalCount: it is not computed then. */
    protected Connection(Pages.Page<E> page, Integer count) {
        this.edges = page.edges();
        this.pageInfo = page.pageInfo();
        this.count = count;
    }

    @NonNull
    @Description("The items of this page, each with its cursor.")
    public List<@NonNull E> getEdges() {
        return edges;
    }

    @NonNull
    @Description("The items of this page, without cursors.")
    public List<@NonNull T> getNodes() {
        return edges.stream().map(Edge::getNode).toList();
    }

    @NonNull
    @Description("Where this page stands in the list.")
    public PageInfo getPageInfo() {
        return pageInfo;
    }

    @Description("How many items the whole list holds, across all pages, with the same filter.")
    @NonNull
    public Integer getTotalCount() {
        return count;
    }
}
