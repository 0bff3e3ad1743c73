package org.rudprk.actor.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.rudprk.common.FuzzyDate;

/** A position an actor held over a period. */
@Type("ActorPosition")
@Description("A position a person held over a period: Sergei Shoigu as Minister of Defence, later as Secretary "
        + "of the Security Council.")
public record ActorPosition(
        @Ignore long actorId,
        @Ignore Long organisationId,
        @Ignore Long sourceId,
        @NonNull @Description("The title of the position.") String title,
        @Description("When it began, where known.") FuzzyDate start,
        @Description("When it ended; null while held or when unknown.") FuzzyDate end,
        @Description("Paragraph of the source that states it, where one does.") Integer paragraph) {
}
