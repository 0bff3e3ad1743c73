package org.rudprk.dataset;

import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.rudprk.actor.ActorApi;
import org.rudprk.citation.Citation;
import org.rudprk.citation.CitationRepository;
import org.rudprk.common.GlobalId;
import org.rudprk.common.InvalidArgumentException;
import org.rudprk.common.InvalidIdException;
import org.rudprk.common.Node;
import org.rudprk.location.LocationApi;
import org.rudprk.record.RecordApi;
import org.rudprk.source.SourceApi;

/** Dataset-wide queries: the release, and fetching any object by global ID. */
@GraphQLApi
public class DatasetApi {

    /** Most IDs one nodes() call takes. */
    static final int MAX_NODES = 100;

    @Inject
    SourceApi sources;

    @Inject
    ActorApi actors;

    @Inject
    LocationApi locations;

    @Inject
    RecordApi records;

    @Inject
    CitationRepository citations;

    @Query
    @Description("The release of the curated data this API serves; cite its version with a story.")
    public DatasetRelease datasetRelease() {
        DatasetReleaseEntity e = DatasetReleaseEntity.findById(Boolean.TRUE);
        return e == null ? null
                : new DatasetRelease(e.version, e.loadedAt, e.recordCount, e.actorCount, e.sourceCount);
    }

    @Query
    @Description("Any object by its global ID; null when there is none.")
    public Node node(@NonNull @Id @Description("A global ID from any `id` field.") String id) {
        GlobalId.Parts parts = GlobalId.decode(id);
        return switch (parts.type()) {
            case "Source" -> sources.sourceBySlug(parts.slug());
            case "Actor" -> actors.actorBySlug(parts.slug());
            case "Location" -> locations.locationBySlug(parts.slug());
            case "Citation" -> citation(id, parts.slug());
            case "Agreement", "Shipment", "Deployment", "Event", "Statement" -> records.record(id);
            default -> throw new InvalidIdException("'" + id + "' is not an ID issued by this API");
        };
    }

    @Query
    @Description("Objects by global ID, in the order asked, null where there is none; at most 100 IDs. "
            + "The IDs are typed String here, not ID: SmallRye GraphQL cannot yet coerce a list of ID arguments.")
    public List<Node> nodes(@NonNull @Description("Global IDs, at most 100.") List<@NonNull String> ids) {
        if (ids.size() > MAX_NODES) {
            throw new InvalidArgumentException("argument 'ids' holds " + ids.size() + " IDs; at most " + MAX_NODES
                    + " are allowed per call");
        }
        List<Node> out = new ArrayList<>();
        for (String id : ids) {
            out.add(node(id));
        }
        return out;
    }

    private Node citation(String id, String key) {
        int slash = key.lastIndexOf('/');
        if (slash < 1) {
            throw new InvalidIdException("'" + id + "' is not an ID issued by this API");
        }
        try {
            Citation c = citations.byRecordSlugAndOrdinal(key.substring(0, slash),
                    Integer.parseInt(key.substring(slash + 1)));
            return c;
        } catch (NumberFormatException e) {
            throw new InvalidIdException("'" + id + "' is not an ID issued by this API");
        }
    }
}
