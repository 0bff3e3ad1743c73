package org.rudprk.search.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.rudprk.search.SearchType;

/** One result of a search; its node is resolved in batches by {@link SearchApi#node}. */
@Type("SearchHit")
@Description("One result of a search: how well it matched, what kind of object it is, where it matched, and the "
        + "object itself in `node`.")
public record SearchHit(
        @Ignore long entityId,
        @Ignore String slug,
        @NonNull @Description("How well the object matches, higher is better; results come in descending order. "
                + "It adds up the full-text rank (names and titles weigh more than other text), how much of the text "
                + "typed is found as typed, and how closely it spells one of the object's names (1 for a name "
                + "exactly). Only comparable within one search.") double score,
        @NonNull @Description("What kind of object was found; `node` is of the matching GraphQL type.") SearchType type,
        @Description("Where it matched, as written in the data (plain text, no markup): the name or title, or about "
                + "30 words of a summary, description, citation or quote around the first word that matched; "
                + "'…' marks a cut.") String matched) {
}
