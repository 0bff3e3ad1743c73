package org.rudprk.common;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

/** Anything with a global ID, fetchable through {@code node(id)}. */
@Description("An object with an opaque global ID, which node(id) and nodes(ids) fetch.")
public interface Node {

    @Id
    @NonNull
    @Description("Opaque global ID, stable across releases of the dataset. Do not parse it.")
    String getId();
}
