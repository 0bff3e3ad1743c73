package org.rudprk.location;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** One name of a place. */
@Type("LocationName")
@Description("One name of a place in one language or spelling: 'Kyiv', 'Kiev'.")
public record LocationName(
        @Ignore long locationId,
        @NonNull @Description("The name.") String name,
        @NonNull @Description("ISO 639 language code of the name.") String language) {
}
