package org.rudprk.search.api;

import org.eclipse.microprofile.graphql.Description;
import org.rudprk.common.Connection;
import org.rudprk.common.Edge;
import org.rudprk.common.Pages;

/** A page of search results. */
@Description("A page of search results, best first.")
public class SearchConnection extends Connection<SearchHit, SearchConnection.SearchEdge> {

    public SearchConnection(Pages.Page<SearchEdge> page, Integer totalCount) {
        super(page, totalCount);
    }

    /** One hit of a page and its cursor. */
    @Description("A search hit and its cursor.")
    public static class SearchEdge extends Edge<SearchHit> {

        public SearchEdge(String cursor, SearchHit node) {
            super(cursor, node);
        }
    }
}
