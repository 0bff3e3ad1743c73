package org.rudprk.dataset.api;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** Which release of the curated data this API serves. */
@Type("DatasetRelease")
@Description("Which release of the curated data the API serves. Cite `version` with a story: the same version "
        + "always means the same seed files, so the answer can be reproduced.")
public record DatasetRelease(
        @NonNull @Description("Content hash of the seed files ('ds-' and 12 hex digits).") String version,
        @NonNull @Description("When this release was loaded into the database.") OffsetDateTime loadedAt,
        @NonNull @Description("Number of records (agreements, shipments, deployments, events, statements).") int recordCount,
        @NonNull @Description("Number of actors.") int actorCount,
        @NonNull @Description("Number of sources.") int sourceCount) {
}
