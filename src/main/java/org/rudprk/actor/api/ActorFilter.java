package org.rudprk.actor.api;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.rudprk.record.ActorRole;
import org.rudprk.record.api.RecordFilter;
import org.rudprk.actor.ActorKind;

/** A condition on actors; fields are ANDed, list fields hold when any value does. */
@Input("ActorFilter")
@Description("A condition on actors. Every field given must hold; a list field holds when any of its values does. "
        + "Combine conditions with and, or and not.")
public class ActorFilter {

    @Description("All of these conditions hold.")
    public List<ActorFilter> and;

    @Description("At least one of these conditions holds.")
    public List<ActorFilter> or;

    @Description("This condition does not hold.")
    public ActorFilter not;

    @Description("The actor has one of these slugs.")
    public List<String> slugs;

    @Description("The actor is of one of these kinds.")
    public List<ActorKind> kind;

    @Description("The actor is one of these states (slugs), or a person or body belonging to one of them.")
    public List<String> countries;

    @Description("The actor is involved in at least one record matching this condition.")
    public RecordFilter involvedIn;

    @Description("With involvedIn: only involvements in these roles count.")
    public List<ActorRole> roles;

    @Description("The actor makes at least one claim (citation) matching this condition.")
    public RecordFilter.CitationFilter claims;
}
