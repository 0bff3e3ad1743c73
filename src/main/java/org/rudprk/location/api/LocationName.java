package org.rudprk.location.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** One name of a place. */
@Type("LocationName")
@Description("One name of a place in one language or spelling: 'Kyiv', 'Kiev'. Every name but the English one is "
        + "sourced: to the article paragraph that gives it (inArticles true), or, for a name none of the articles "
        + "gives, to a REFERENCE source (inArticles false, outside knowledge).")
public record LocationName(
        @Ignore long locationId,
        @NonNull @Description("The name.") String name,
        @NonNull @Description("ISO 639 language code of the name.") String language,
        @Ignore Long sourceId,
        @Description("The paragraph of source that gives this name; null for a REFERENCE source and for the "
                + "English name.") Integer paragraph,
        @NonNull @Description("False when the name is outside knowledge: none of the articles gives it and it is "
                + "cited to a REFERENCE source. names(inArticles: true) leaves such names out.") boolean inArticles) {
}
