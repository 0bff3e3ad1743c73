package org.rudprk.common;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** Relay page information. */
@Description("Where a page stands in its list.")
public record PageInfo(
        @NonNull @Description("Whether more items follow this page.") boolean hasNextPage,
        @NonNull @Description("Whether items precede this page.") boolean hasPreviousPage,
        @Description("Cursor of the first item of this page; null when the page is empty.") String startCursor,
        @Description("Cursor of the last item of this page; pass it as `after` for the next page.") String endCursor) {
}
