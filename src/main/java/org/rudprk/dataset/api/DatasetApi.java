package org.rudprk.dataset.api;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.rudprk.citation.api.Citation;
import org.rudprk.citation.query.CitationRepository;
import org.rudprk.common.GlobalId;
import org.rudprk.common.InvalidArgumentException;
import org.rudprk.common.InvalidIdException;
import org.rudprk.common.LookupFields;
import org.rudprk.common.Node;
import org.rudprk.common.Sql;
import org.rudprk.record.api.RecordApi;
import org.rudprk.record.api.RecordBase;
import org.rudprk.record.query.RecordRepository;
import org.rudprk.common.errors.DatabaseErrors;
import org.rudprk.dataset.entity.DatasetReleaseEntity;

/** Dataset-wide queries: the release, and fetching any object by global ID. */
@GraphQLApi
public class DatasetApi {

    /** Most IDs one nodes() call takes. */
    public static final int MAX_NODES = 100;

    @Inject
    LookupFields lookups;

    @Inject
    RecordApi records;

    @Inject
    CitationRepository citations;

    @Inject
    RecordRepository recordRepository;

    @Inject
    jakarta.persistence.EntityManager em;

    @Query
    @Description("The release of the curated data this API serves; cite its version with a story.")
    public DatasetRelease datasetRelease() {
        DatasetReleaseEntity e = DatabaseErrors.reading(
                () -> DatasetReleaseEntity.<DatasetReleaseEntity>findById(Boolean.TRUE));
        return e == null ? null
                : new DatasetRelease(e.version, e.loadedAt, e.recordCount, e.actorCount, e.sourceCount);
    }

    @Query
    @Description("Any object by its global ID; null when there is none.")
    public Node node(@NonNull @Id @Description("A global ID from any `id` field.") String id) {
        GlobalId.Parts parts = GlobalId.decode(id);
        if (parts.type().equals(CITATION)) {
            return citation(id, parts.slug());
        }
        LookupFields.Type named = lookups.type(parts.type());
        if (named != null) {
            // as actorBySlug (or locationBySlug, sourceBySlug) answers: an unknown slug refused
            return (Node) named.lookup().bySlugOrRefuse(parts.slug(), named.noun());
        }
        if (!RECORD_TYPES.contains(parts.type())) {
            throw new InvalidIdException("'" + id + "' is not an ID issued by this API");
        }
        return records.record(id);
    }

    @Query
    @Description("Objects by global ID, in the order asked, null where there is none; at most 100 IDs. An ID this "
            + "API did not issue gives null at its position and an error (code INVALID_ID) whose path names that "
            + "position; the other IDs are answered.")
    public List<Node> nodes(@NonNull @Description("Global IDs, at most 100.") List<@NonNull String> ids) {
        if (ids.size() > MAX_NODES) {
            throw new InvalidArgumentException("argument 'ids' holds " + ids.size() + " IDs; at most " + MAX_NODES
                    + " are allowed per call");
        }
        List<GlobalId.Parts> parts = new ArrayList<>(ids.size());
        for (String id : ids) {
            GlobalId.Parts p = nodeParts(id, lookups);
            if (p == null) {
                throw new InvalidIdException("'" + id + "' is not an ID issued by this API");
            }
            parts.add(p);
        }
        // One statement per type: each type with a slug (sources, actors, places: LookupFields),
        // records (all kinds at once) and citations (their keys, then the citations), whatever
        // the number of IDs.
        Map<String, Node> found = new HashMap<>();
        for (LookupFields.Type type : lookups.types()) {
            Set<String> wanted = slugs(parts, Set.of(type.typeName()));
            if (!wanted.isEmpty()) {
                type.lookup().bySlugs(wanted).forEach((slug, item) -> found.put(type.typeName() + ":" + slug, (Node) item));
            }
        }
        Set<String> recordSlugs = slugs(parts, RECORD_TYPES);
        if (!recordSlugs.isEmpty()) {
            // A record answers only to the ID of its own kind.
            recordRepository.bySlugs(recordSlugs)
                    .forEach(r -> found.put(RecordBase.typeName(r.getKind()) + ":" + r.getSlug(), (Node) r));
        }
        Set<String> citationKeys = slugs(parts, Set.of(CITATION));
        if (!citationKeys.isEmpty()) {
            Sql keys = new Sql().append("select c.id, r.slug, c.ordinal from citations c "
                    + "join records r on r.id = c.record_id where false");
            for (String key : citationKeys) {
                int slash = key.lastIndexOf('/');
                keys.append(" or (r.slug = ? and c.ordinal = ?)", key.substring(0, slash),
                        Integer.parseInt(key.substring(slash + 1)));
            }
            Map<Long, String> keyById = new HashMap<>();
            keys.rows(em, false).forEach(row -> keyById.put(row.id("id"),
                    org.rudprk.citation.api.Citation.key(row.text("slug"), row.integer("ordinal"))));
            citations.byIds(keyById.keySet()).forEach((dbId, c) -> found.put(CITATION + ":" + keyById.get(dbId), c));
        }
        List<Node> out = new ArrayList<>(ids.size());
        for (GlobalId.Parts p : parts) {
            out.add(found.get(p.type() + ":" + p.slug()));
        }
        return out;
    }

    private static final String CITATION = "Citation";
    private static final Set<String> RECORD_TYPES = java.util.Set.copyOf(org.rudprk.record.RecordKind.descriptions()
            .stream().map(org.rudprk.record.query.RecordKindDescription::typeName).toList());

    /**
     * The type and slug of an ID nodes() can answer, or null when this API did not issue it: a type
     * with a slug that {@code lookups} declares, a record kind, or a citation.
     */
    public static GlobalId.Parts nodeParts(String id, LookupFields lookups) {
        GlobalId.Parts p;
        try {
            p = GlobalId.decode(id);
        } catch (InvalidIdException e) {
            return null;
        }
        boolean known = lookups.type(p.type()) != null || RECORD_TYPES.contains(p.type())
                || (p.type().equals(CITATION) && p.slug().matches(".+/[0-9]{1,9}"));
        return known ? p : null;
    }

    private static Set<String> slugs(List<GlobalId.Parts> parts, Set<String> types) {
        Set<String> out = new LinkedHashSet<>();
        for (GlobalId.Parts p : parts) {
            if (types.contains(p.type())) {
                out.add(p.slug());
            }
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
