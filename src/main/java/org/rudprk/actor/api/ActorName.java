package org.rudprk.actor.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.rudprk.actor.NameKind;

/** One name of an actor. */
@Type("ActorName")
@Description("One name of an actor in one language and spelling: 'Kim Jong-un', 'Cremlino'. Every name but the "
        + "canonical English one is sourced: to the article paragraph that gives it (inArticles true), or, for a name "
        + "none of the articles gives, to a REFERENCE source (inArticles false, outside knowledge).")
public record ActorName(
        @Ignore long actorId,
        @NonNull @Description("The name.") String name,
        @NonNull @Description("ISO 639 language code of the name.") String language,
        @NonNull @Description("How this name relates to the actor.") NameKind kind,
        @Ignore Long sourceId,
        @Description("The paragraph of source that gives this name; null for a REFERENCE source and for the "
                + "canonical English name.") Integer paragraph,
        @NonNull @Description("False when the name is outside knowledge: none of the articles gives it and it is "
                + "cited to a REFERENCE source. names(inArticles: true) leaves such names out.") boolean inArticles) {
}
