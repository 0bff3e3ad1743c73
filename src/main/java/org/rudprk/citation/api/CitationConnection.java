package org.rudprk.citation.api;

import org.eclipse.microprofile.graphql.Description;
import org.rudprk.common.Connection;
import org.rudprk.common.Edge;
import org.rudprk.common.Pages;

/** A page of citations. */
@Description("A page of citations.")
public class CitationConnection extends Connection<Citation, CitationConnection.CitationEdge> {

    public CitationConnection(Pages.Page<CitationEdge> page, Integer totalCount) {
        super(page, totalCount);
    }

    /** One citation of a page and its cursor. */
    @Description("A citation and its cursor.")
    public static class CitationEdge extends Edge<Citation> {

        public CitationEdge(String cursor, Citation node) {
            super(cursor, node);
        }
    }
}
