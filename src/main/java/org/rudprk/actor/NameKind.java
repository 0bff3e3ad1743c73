package org.rudprk.actor;

import org.eclipse.microprofile.graphql.Description;

/** How a name relates to the actor or place it names. Mirrors the PostgreSQL enum of the same name. */
@Description("How a name relates to the actor or place it names.")
public enum NameKind {
    @Description("The name this dataset uses.")
    CANONICAL,
    @Description("Another name in use.")
    ALIAS,
    @Description("Another romanisation of the same name.")
    TRANSLITERATION,
    @Description("The name in the actor's own script and language.")
    NATIVE,
    @Description("An abbreviation or acronym.")
    ABBREVIATION
}
