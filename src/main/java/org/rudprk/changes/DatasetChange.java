package org.rudprk.changes;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** One entry of the corrections log. */
@Type("DatasetChange")
@Description("One correction: a record or citation that a release added, removed, or changed in one field, with the "
        + "value before and after, so that a story that cited an earlier release can see what was corrected since.")
public record DatasetChange(
        @Ignore long dbId,
        @NonNull @Description("The release that made the change (DatasetRelease.version).") String version,
        @NonNull @Description("The release it replaced.") String previousVersion,
        @NonNull @Description("RECORD or CITATION.") String entity,
        @NonNull @Description("The record changed, or whose citation changed (it may no longer exist when REMOVED).") String recordSlug,
        @Description("For a citation: which one, as '<source>#<paragraph> <claimant or (article)> [n]', n counting "
                + "that record's citations with the same source, paragraph and claimant.") String citationKey,
        @NonNull @Description("ADDED, CHANGED or REMOVED.") String change,
        @Description("For CHANGED: the field (title, summary, status, start, end, basis, kind; stance, firmness, summary, "
                + "quote, claimedOn, claim, estimates).") String field,
        @Description("For CHANGED: the value before; null where there was none.") String oldValue,
        @Description("For CHANGED: the value after; null where there is none.") String newValue) {
}
