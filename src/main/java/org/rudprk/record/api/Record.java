package org.rudprk.record.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.rudprk.common.Node;
import org.rudprk.record.RecordKind;
import org.rudprk.record.RecordStatus;

/** The GraphQL interface of every dated, cited record. */
@Description("A dated record backed by citations: an agreement, shipment, deployment, event or statement. "
        + "Every record has at least one citation; use `... on Shipment { }` for kind-specific fields.")
public interface Record extends Node {

    @Override
    @Id
    @NonNull
    String getId();

    @NonNull
    @Description("Human-readable unique identifier, stable across releases.")
    String getSlug();

    @NonNull
    @Description("The kind of record.")
    RecordKind getKind();

    @NonNull
    @Description("Short headline, in English.")
    String getTitle();

    @NonNull
    @Description("What the sources say, in the curators' own words.")
    String getSummary();

    @NonNull
    @Description("Where the record stands according to its sources taken together; see citations for each claim.")
    RecordStatus getStatus();

    @NonNull
    @Description("When it happened, with the precision the sources give.")
    Period getPeriod();
}
