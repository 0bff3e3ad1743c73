package org.rudprk.actor;

import org.eclipse.microprofile.graphql.Description;

/** What kind of actor this is. Mirrors the PostgreSQL enum of the same name. */
@Description("What kind of actor this is.")
public enum ActorKind {
    @Description("A sovereign state.")
    STATE,
    @Description("A named person.")
    PERSON,
    @Description("A government, ministry, office or official body (including anonymous officials of one government).")
    GOVERNMENT_BODY,
    @Description("An intelligence or defence-intelligence service.")
    INTELLIGENCE_SERVICE,
    @Description("An armed force or military unit.")
    MILITARY_UNIT,
    @Description("An international organisation, body or forum (UN Security Council, G7).")
    INTERNATIONAL_ORGANISATION,
    @Description("A think tank, foundation or research centre.")
    THINK_TANK,
    @Description("A university.")
    UNIVERSITY,
    @Description("A newspaper, website, agency or broadcaster.")
    MEDIA_OUTLET,
    @Description("A collective voice a source cites without naming it (analysts, experts, several governments).")
    GROUP
}
