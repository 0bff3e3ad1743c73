package org.rudprk.location.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.rudprk.common.GlobalId;
import org.rudprk.common.Node;
import org.rudprk.location.LocationKind;
import org.rudprk.location.entity.LocationEntity;

/** A place. */
@Type("Location")
@Description("A place: a city, region, airport, special economic zone or site, with its country and coordinates.")
public record Location(
        @Ignore long dbId,
        @Ignore Long countryId,
        @Ignore Long parentId,
        @Ignore Long coordinatesSourceId,
        @NonNull @Description("Human-readable unique identifier, stable across releases.") String slug,
        @NonNull @Description("English name; see names for others.") String name,
        @NonNull @Description("What kind of place.") LocationKind kind,
        @Description("Latitude in decimal degrees (WGS 84), approximate. Outside knowledge: "
                + "none of the articles gives coordinates; coordinatesSource names the reference work.") Double latitude,
        @Description("Longitude in decimal degrees (WGS 84), approximate. Outside knowledge, "
                + "like latitude.") Double longitude,
        @Description("What the place is, in one sentence.") String description) implements Node {

    public static final String TYPE = "Location";

    @Override
    @Id
    @NonNull
    @Description("Opaque global ID, stable across releases of the dataset.")
    public String getId() {
        return GlobalId.of(TYPE, slug);
    }

    public static Location of(LocationEntity e) {
        return new Location(e.id, e.countryId, e.parentId, e.coordinatesSourceId, e.slug, e.name, e.kind, e.latitude, e.longitude,
                e.description);
    }
}
