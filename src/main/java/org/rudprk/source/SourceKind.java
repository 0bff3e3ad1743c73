package org.rudprk.source;

import org.eclipse.microprofile.graphql.Description;

/** What kind of document a source is. Mirrors the PostgreSQL enum of the same name. */
@Description("What kind of document a source is.")
public enum SourceKind {
    @Description("A news article.")
    NEWS_ARTICLE,
    @Description("An analysis or opinion piece.")
    ANALYSIS,
    @Description("A report by a government, agency or think tank.")
    REPORT,
    @Description("An official statement or communiqué.")
    OFFICIAL_STATEMENT,
    @Description("Outside knowledge: a reference work (with its title and address) cited only for a fact that none "
            + "of the articles gives. Not in the corpus; its citations have inArticles false.")
    REFERENCE
}
