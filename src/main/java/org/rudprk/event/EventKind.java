package org.rudprk.event;

import org.eclipse.microprofile.graphql.Description;

/** What kind of event this is. Mirrors the PostgreSQL enum of the same name. */
@Description("What kind of event this is.")
public enum EventKind {
    @Description("A visit.")
    VISIT,
    @Description("A summit of leaders.")
    SUMMIT,
    @Description("A meeting.")
    MEETING,
    @Description("A letter or message.")
    LETTER,
    @Description("A vote at the United Nations.")
    UN_VOTE,
    @Description("A satellite launch.")
    SATELLITE_LAUNCH,
    @Description("A missile strike.")
    MISSILE_STRIKE,
    @Description("A publication: a report, study or article.")
    PUBLICATION,
    @Description("A press conference.")
    PRESS_CONFERENCE,
    @Description("A ceremony.")
    CEREMONY,
    @Description("An exhibition.")
    EXHIBITION,
    @Description("A military operation or offensive.")
    MILITARY_OPERATION,
    @Description("Construction work.")
    CONSTRUCTION,
    @Description("A series of diplomatic contacts.")
    DIPLOMATIC_CONTACTS,
    @Description("A national holiday or anniversary.")
    HOLIDAY
}
