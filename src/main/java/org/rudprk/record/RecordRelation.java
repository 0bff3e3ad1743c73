package org.rudprk.record;

import org.eclipse.microprofile.graphql.Description;

/** How one record relates to another. Mirrors the PostgreSQL enum of the same name. */
@Description("How one record relates to another.")
public enum RecordRelation {
    @Description("Came about as a result of the other record.")
    FOLLOWS_FROM,
    @Description("Is part of the other record.")
    PART_OF,
    @Description("Rests on the other record (a deployment based on a treaty).")
    BASED_ON,
    @Description("Answers the other record (a reply to a letter).")
    RESPONDS_TO,
    @Description("Sources disagree: this record contradicts the other.")
    CONTRADICTS,
    @Description("Related in another way.")
    RELATED
}
