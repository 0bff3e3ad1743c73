package org.rudprk.source.api;

import org.eclipse.microprofile.graphql.Description;
import org.rudprk.common.Connection;
import org.rudprk.common.Edge;
import org.rudprk.common.Pages;

/** A page of sources. */
@Description("A page of sources.")
public class SourceConnection extends Connection<Source, SourceConnection.SourceEdge> {

    public SourceConnection(Pages.Page<SourceEdge> page, Integer totalCount) {
        super(page, totalCount);
    }

    /** One source of a page and its cursor. */
    @Description("A source and its cursor.")
    public static class SourceEdge extends Edge<Source> {

        public SourceEdge(String cursor, Source node) {
            super(cursor, node);
        }
    }
}
