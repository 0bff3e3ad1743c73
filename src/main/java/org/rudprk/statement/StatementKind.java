package org.rudprk.statement;

import org.eclipse.microprofile.graphql.Description;

/** In what form something was said. Mirrors the PostgreSQL enum of the same name. */
@Description("In what form something was said.")
public enum StatementKind {
    @Description("A remark or comment.")
    REMARK,
    @Description("At a press conference.")
    PRESS_CONFERENCE,
    @Description("In a letter or message.")
    LETTER,
    @Description("In an article.")
    ARTICLE,
    @Description("In an interview.")
    INTERVIEW,
    @Description("In testimony or a briefing to lawmakers.")
    TESTIMONY,
    @Description("In an official statement.")
    OFFICIAL_STATEMENT,
    @Description("In a report.")
    REPORT,
    @Description("In analysis or expert comment.")
    ANALYSIS
}
