package org.rudprk.citation;

import org.eclipse.microprofile.graphql.Description;

/** How firmly the text puts a claim. Mirrors the PostgreSQL enum citation_firmness. */
@Description("How firmly the text puts a claim. Hedging is data: a hedged or relayed claim is never stored as a "
        + "firm one.")
public enum CitationFirmness {
    @Description("Put as a fact by its claimant (indicative mood, no hedge).")
    STATED,
    @Description("Put with doubt by whoever makes it: 'it seems', 'may have', 'probably', 'could'. Where the "
            + "article's own voice hedges, the claimant is the article itself (claimant null).")
    HEDGED,
    @Description("Relayed from someone else without being vouched for: 'X reported that ... would have been sent' "
            + "(the Italian reporting conditional), 'reportedly'.")
    REPORTED_SPEECH
}
