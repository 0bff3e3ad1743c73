package org.rudprk.actor;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** One name of an actor. */
@Type("ActorName")
@Description("One name of an actor in one language and spelling: 'Kim Jong-un', '김정은', 'Shoygu'.")
public record ActorName(
        @Ignore long actorId,
        @NonNull @Description("The name.") String name,
        @NonNull @Description("ISO 639 language code of the name.") String language,
        @NonNull @Description("How this name relates to the actor.") NameKind kind) {

    static ActorName of(ActorNameEntity e) {
        return new ActorName(e.actorId, e.name, e.language, e.kind);
    }
}
