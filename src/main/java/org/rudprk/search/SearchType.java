package org.rudprk.search;

import org.eclipse.microprofile.graphql.Description;

/** What kind of object a search hit is. The names are the values of search_documents.kind. */
@Description("What kind of object a search hit is.")
public enum SearchType {
    @Description("An agreement: a treaty, pact or deal.")
    AGREEMENT,
    @Description("A shipment: a transfer of goods, arms, money, technology or support.")
    SHIPMENT,
    @Description("A deployment: troops or workers sent by one state to another.")
    DEPLOYMENT,
    @Description("An event: a visit, summit, letter, vote, launch, strike or publication.")
    EVENT,
    @Description("A statement: what a named actor said.")
    STATEMENT,
    @Description("An actor: a state, person, body, service or organisation, found by any of its names or its description.")
    ACTOR,
    @Description("A place, found by any of its names or its description.")
    LOCATION,
    @Description("A source article, found by its title in English or in the original language.")
    SOURCE
}
