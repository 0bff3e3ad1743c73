package org.rudprk.record.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.rudprk.record.LocationRole;

/** A place's part in a record. */
@Type("Placement")
@Description("A place's part in a record: where it happened, where troops were sent, what was struck.")
public record Placement(
        @Ignore long recordId,
        @Ignore long locationId,
        @NonNull @Description("The part the place plays.") LocationRole role) {
}
