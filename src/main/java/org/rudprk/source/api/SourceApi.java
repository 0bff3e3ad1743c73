package org.rudprk.source.api;

import java.util.List;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Name;
import org.rudprk.actor.api.ActorPosition;
import org.rudprk.citation.api.Citation;
import org.rudprk.citation.api.CitationConnection;
import org.rudprk.citation.query.CitationRepository;
import org.rudprk.common.KeysetQuery;
import org.rudprk.common.LookupFields;
import org.rudprk.common.Pages;
import org.rudprk.common.SlugLookup;
import org.rudprk.source.entity.SourceEntity;

/** Sources, and the source behind each citation. */
@GraphQLApi
public class SourceApi {

    @Inject
    io.smallrye.graphql.api.Context context;

    @Inject
    CitationRepository citations;

    @Inject
    jakarta.persistence.EntityManager em;

    /** source(id) and sourceBySlug(slug), added with their texts by {@link LookupFields}. */
    @Produces
    @Singleton
    static LookupFields.Type lookups() {
        return new LookupFields.Type(Source.TYPE, "A source", "source", null, SOURCES);
    }

    @Query
    @Description("The sources the dataset was built from, oldest first, optionally filtered.")
    public SourceConnection sources(
            @DefaultValue("20") @Description(Pages.FIRST_DESCRIPTION) Integer first,
            @Description(Pages.AFTER_DESCRIPTION) String after,
            @Description("Only sources matching this condition.") SourceFilter filter) {
        KeysetQuery query = new KeysetQuery("sources", "s", List.of("s.published_earliest", "s.slug"))
                .where(SourceFilter.toSql(filter));
        return new SourceConnection(query.forward("PUBLISHED_ASC", first, after,
                (keys, size) -> query.page(em, SourceEntity.class, keys, size).stream().map(Source::of).toList(),
                s -> List.of(s.published().earliest().toString(), s.slug()),
                raw -> List.of(parseDate(raw.get(0)), raw.get(1)), SourceConnection.SourceEdge::new),
                Pages.totalCount(context, () -> query.count(em)));
    }

    private static java.time.LocalDate parseDate(String text) {
        try {
            return java.time.LocalDate.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            throw new org.rudprk.common.InvalidCursorException(
                    "argument 'after': the cursor is damaged; use one from the same query");
        }
    }

    @Description("The source this claim is found in.")
    @Name("source")
    public List<@NonNull Source> citationSource(@org.eclipse.microprofile.graphql.Source List<Citation> citations) {
        // One query per batch: sources WHERE id IN (distinct keys), at most one row per key.
        return inOrder(citations.stream().map(Citation::sourceId).toList());
    }

    @Description("The source that states this position, where one does.")
    @Name("source")
    public List<Source> positionSource(@org.eclipse.microprofile.graphql.Source List<ActorPosition> positions) {
        // One query per batch: sources WHERE id IN (distinct keys), at most one row per key.
        return inOrder(positions.stream().map(ActorPosition::sourceId).toList());
    }

    @Description("The article that gives this name, or the REFERENCE source of a name none of them gives; null "
            + "for the canonical English name, the dataset's own.")
    @Name("source")
    public List<Source> actorNameSource(@org.eclipse.microprofile.graphql.Source List<org.rudprk.actor.api.ActorName> names) {
        // One query per batch: sources WHERE id IN (distinct keys), at most one row per key.
        return inOrder(names.stream().map(org.rudprk.actor.api.ActorName::sourceId).toList());
    }

    @Description("The article that gives this name, or the REFERENCE source of a name none of them gives; null "
            + "for the English name, the dataset's own.")
    @Name("source")
    public List<Source> locationNameSource(
            @org.eclipse.microprofile.graphql.Source List<org.rudprk.location.api.LocationName> names) {
        return inOrder(names.stream().map(org.rudprk.location.api.LocationName::sourceId).toList());
    }

    @Description("Every claim this source makes, by paragraph.")
    public List<@NonNull CitationConnection> citations(@org.eclipse.microprofile.graphql.Source List<Source> sources,
            @DefaultValue("20") @Description(Pages.FIRST_DESCRIPTION) Integer first,
            @Description(Pages.AFTER_DESCRIPTION) String after) {
        // One query per batch: citations WHERE source_id = each source (lateral), keyset, at most first (max 100) per source; +1 query for totalCount.
        return citations.pages(sources.stream().map(Source::dbId).toList(), CitationRepository.OF_SOURCE, first, after,
                CitationConnection.CitationEdge::new, CitationConnection::new);
    }

    /** Sources by global ID, by slug and by keys, read through {@link SourceEntity}. */
    private static final SlugLookup<Source> SOURCES = SlugLookup.ofEntity(SourceEntity.class, Source::of,
            Source::dbId, Source::slug);

    /** One statement per batch ({@code id in ?1}, at most one row per key): the sources of these IDs in their order, null for a null ID. */
    public static List<Source> inOrder(List<Long> ids) {
        return SOURCES.inOrder(ids);
    }
}
