package org.rudprk.common;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** One item of a page and its cursor. */
public abstract class Edge<T> {

    private final String cursor;
    private final T node;

    protected Edge(String cursor, T node) {
        this.cursor = cursor;
        this.node = node;
    }

    @NonNull
    @Description("Opaque cursor of this item; pass it as `after` to continue after it.")
    public String getCursor() {
        return cursor;
    }

    @NonNull
    @Description("The item.")
    public T getNode() {
        return node;
    }
}
