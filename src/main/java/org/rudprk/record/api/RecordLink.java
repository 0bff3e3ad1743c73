package org.rudprk.record.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.rudprk.record.RecordRelation;

/** A relation between two records, seen from one of them. */
@Type("RecordLink")
@Description("A relation between two records, seen from this one: OUTGOING when this record FOLLOWS_FROM the "
        + "other, INCOMING when the other FOLLOWS_FROM this one.")
public record RecordLink(
        @Ignore long recordId,
        @Ignore long otherId,
        @NonNull @Description("How the records relate, read from the OUTGOING side.") RecordRelation relation,
        @NonNull @Description("Whether this record is the subject (OUTGOING) or the object (INCOMING) of the relation.") LinkDirection direction) {

    /** Which side of a relation a record stands on. */
    @Description("Which side of a relation this record stands on.")
    public enum LinkDirection {
        @Description("This record relates to the other: this FOLLOWS_FROM other.")
        OUTGOING,
        @Description("The other record relates to this one: other FOLLOWS_FROM this.")
        INCOMING
    }
}
