package org.rudprk.citation.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.rudprk.common.FuzzyDate;
import org.rudprk.common.GlobalId;
import org.rudprk.common.Node;
import org.rudprk.citation.CitationFirmness;
import org.rudprk.citation.Stance;

/** A claim about a record, found in one paragraph of one source. */
@Type("Citation")
@Description("A claim about a record, found in one paragraph of one source: who makes the claim inside the source "
        + "(claimant), how (stance) and how firmly (firmness), when, and the numbers it gives (estimates). Where "
        + "sources disagree, each claim is its own citation; where one claim supports several records, each record "
        + "has its own citation of it and they share 'claim'.")
public record Citation(
        @Ignore long dbId,
        @Ignore long recordId,
        @Ignore String recordSlug,
        @Ignore long sourceId,
        @Ignore Long claimantId,
        @NonNull @Description("Position of this citation among its record's citations, from 1.") int ordinal,
        @NonNull @Description("Paragraph of the source that holds the claim: the n-th non-blank line of the corpus file, from 1.") int paragraph,
        @NonNull @Description("What the claimant does with the claim: asserts, estimates, confirms, denies...") Stance stance,
        @Description("When the claimant made the claim, where the source says or implies it.") FuzzyDate claimedOn,
        @NonNull @Description("What this source says, in the curators' words.") String summary,
        @Description("The claimant's words, where the wording itself is the fact.") String quote,
        @NonNull @Description("How firmly the text puts the claim: STATED, HEDGED (the claimant hedges; where the "
                + "article's own voice hedges, claimant is null) or REPORTED_SPEECH (relayed without being vouched "
                + "for).") CitationFirmness firmness,
        @NonNull @Description("The identity of the claim this citation carries. A claim that supports several "
                + "records (a deployment, the statement that makes it, the report that publishes it) is one claim: "
                + "its citations on those records share this value, and aggregate counts it once. A claim that "
                + "supports one record only is named '<record slug>/<ordinal>'.") String claim,
        @NonNull @Description("True when the claim is in one of the articles; false for outside knowledge, cited to "
                + "a REFERENCE source. citations(filter: {inArticles: true}) leaves outside knowledge out.")
        boolean inArticles) implements Node {

    public static final String TYPE = "Citation";

    @Override
    @Id
    @NonNull
    @Description("Opaque global ID: stable while the record's citations keep their order.")
    public String getId() {
        return GlobalId.of(TYPE, key(recordSlug, ordinal));
    }

    /** The citation's key inside its global ID: {@code <record slug>/<ordinal>}; the one place this rule is written. */
    public static String key(String recordSlug, int ordinal) {
        return recordSlug + "/" + ordinal;
    }
}
