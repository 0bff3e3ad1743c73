package org.rudprk.search.api;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.rudprk.actor.api.Actor;
import org.rudprk.actor.query.ActorRepository;
import org.rudprk.common.FuzzyDate;
import org.rudprk.common.InvalidArgumentException;
import org.rudprk.common.InvalidCursorException;
import org.rudprk.common.Node;
import org.rudprk.common.Pages;
import org.rudprk.location.api.Location;
import org.rudprk.location.entity.LocationEntity;
import org.rudprk.record.api.RecordBase;
import org.rudprk.record.query.RecordRepository;
import org.rudprk.source.entity.SourceEntity;

import io.smallrye.graphql.api.Nullable;
import org.rudprk.common.errors.DatabaseErrors;
import org.rudprk.search.SearchType;
import org.rudprk.search.query.SearchRepository;

/** Full-text search across records, actors, places and sources. */
@GraphQLApi
public class SearchApi {

    /** Longest text a search takes, in characters. */
    static final int MAX_TEXT = 200;

    private static final String ORDERING = "RELEVANCE";

    /** The search types of records: one per record kind, of the same name. */
    private static final Set<SearchType> RECORD_TYPES = java.util.Arrays.stream(org.rudprk.record.RecordKind.values())
            .map(k -> SearchType.valueOf(k.name())).collect(java.util.stream.Collectors.toCollection(
                    () -> EnumSet.noneOf(SearchType.class)));

    @Inject
    io.smallrye.graphql.api.Context context;

    @Inject
    SearchRepository search;

    @Inject
    ActorRepository actors;

    @Inject
    RecordRepository records;

    @Query
    @NonNull
    @Description("The synonym list search uses, published: each group is a set of words that find one another "
            + "(soldiers and troops, ammunition and munitions). Small and specific to the domain on purpose.")
    public List<@NonNull List<@NonNull String>> searchSynonyms() {
        return search.synonyms();
    }

    @Query
    @NonNull
    @Description("Full-text search across records (title, summary, citation summaries and quotes), actors (every "
            + "name, alias and transliteration, description, positions), places (every name, description) and "
            + "sources (title in English and in the original), best matches first. Case, accents, hyphens and "
            + "punctuation are ignored, and common transliterations spell the same word: Shoygu = Shoigu, "
            + "Sergej = Sergey = Sergei, Jong-un = Jong Un. Every word must be found: as typed, or, for words of "
            + "four letters or more, as a close spelling that occurs in the data (Pyongang finds Pyongyang, drone "
            + "finds drones, Alab finds Alabuga). A word or text that names an actor or place also finds its "
            + "other names: Kiev finds Kyiv, DPRK finds North Korea. English words also match their stem "
            + "(deploying finds deployed and deployment, casualty casualties); numbers match whatever their "
            + "separators (11000 = 11,000 = 11.000); compounds match closed, spaced or hyphenated, anywhere in the "
            + "text (warzone = War Zone, man power = manpower, Malligyong1 = Malligyong-1); and the words of one "
            + "group of searchSynonyms find one another (soldiers finds troops).")
    public SearchConnection search(
            @NonNull @Description("What to search for: one or more words, at most " + MAX_TEXT + " characters. "
                    + "There are no operators: every word must match.") String text,
            @DefaultValue("20") @Description(Pages.FIRST_DESCRIPTION) Integer first,
            @Description(Pages.AFTER_DESCRIPTION) String after,
            // @Nullable: without it SmallRye GraphQL makes a List<@NonNull X> argument [X!]! (smallrye-graphql#753).
            @Nullable @Description("Only hits of these kinds; every kind when left out.") List<@NonNull SearchType> types) {
        String typed = checkedText(text);
        int size = Pages.size(first);
        if (types != null && types.isEmpty()) {
            throw new InvalidArgumentException("argument 'types' is an empty list; leave it out to search every kind");
        }
        String fingerprint = fingerprint(typed, types);
        SearchRepository.After position = after == null ? null : position(after, fingerprint);
        List<SearchRepository.Row> found = search.page(typed, types, position, size);
        return new SearchConnection(Pages.page(found, size, after != null, row -> new SearchConnection.SearchEdge(
                Pages.cursor(ORDERING, fingerprint, row.score().toPlainString(), row.type().name(), row.slug()),
                new SearchHit(row.entityId(), row.slug(), row.score().doubleValue(), row.type(), row.matched()))),
                Pages.totalCount(context, () -> (int) search.count(typed, types)));
    }

    @Description("The object found, of the GraphQL type `type` names: Agreement, Shipment, Deployment, Event, "
            + "Statement, Actor, Location or Source.")
    public List<@NonNull Node> node(@Source List<SearchHit> hits) {
        Map<Long, Actor> actorsFound = actors.byIds(ids(hits, Set.of(SearchType.ACTOR)));
        Map<Long, Location> locationsFound = locations(ids(hits, Set.of(SearchType.LOCATION)));
        Map<Long, org.rudprk.source.api.Source> sourcesFound = sources(ids(hits, Set.of(SearchType.SOURCE)));
        Map<Long, RecordBase> recordsFound = records.byIds(ids(hits, RECORD_TYPES));
        return hits.stream().map(h -> (Node) switch (h.type()) {
            case ACTOR -> actorsFound.get(h.entityId());
            case LOCATION -> locationsFound.get(h.entityId());
            case SOURCE -> sourcesFound.get(h.entityId());
            default -> recordsFound.get(h.entityId());
        }).toList();
    }

    /** The text to search for, trimmed, or a refusal saying what is wrong with it. */
    static String checkedText(String text) {
        String typed = text == null ? "" : text.strip();
        if (typed.isEmpty()) {
            throw new InvalidArgumentException("argument 'text' is blank; give one or more words to search for");
        }
        int length = typed.codePointCount(0, typed.length());
        if (length > MAX_TEXT) {
            throw new InvalidArgumentException("argument 'text' is " + length + " characters long; at most "
                    + MAX_TEXT + " are allowed");
        }
        if (typed.codePoints().noneMatch(Character::isLetterOrDigit)) {
            throw new InvalidArgumentException("argument 'text' holds no letter or digit; give one or more words to "
                    + "search for");
        }
        return typed;
    }

    /**
     * Ties a cursor to the search it came from, so that a cursor of one search is refused by
     * another instead of silently giving a wrong page. String.hashCode is the same on every JVM.
     */
    private static String fingerprint(String typed, List<SearchType> types) {
        String kinds = types == null ? "*"
                : types.stream().map(Enum::name).distinct().sorted().collect(Collectors.joining(","));
        return Integer.toHexString((typed + "\u001f" + kinds).hashCode());
    }

    private static SearchRepository.After position(String after, String fingerprint) {
        List<String> keys = Pages.keys(after, ORDERING, 4);
        if (!keys.get(0).equals(fingerprint)) {
            throw new InvalidCursorException("argument 'after': the cursor belongs to a search with another text or "
                    + "other types; use a cursor from the same search");
        }
        try {
            return new SearchRepository.After(new BigDecimal(keys.get(1)), SearchType.valueOf(keys.get(2)), keys.get(3));
        } catch (IllegalArgumentException e) {
            throw new InvalidCursorException("argument 'after': the cursor is damaged; use one from the same search");
        }
    }

    private static List<Long> ids(List<SearchHit> hits, Set<SearchType> types) {
        return hits.stream().filter(h -> types.contains(h.type())).map(SearchHit::entityId).distinct().toList();
    }

    private static Map<Long, Location> locations(List<Long> ids) {
        return ids.isEmpty() ? Map.of()
                : DatabaseErrors.reading(() -> LocationEntity.<LocationEntity>list("id in ?1", ids)).stream()
                        .map(Location::of)
                        .collect(Collectors.toMap(Location::dbId, Function.identity()));
    }

    /** Sources by key. The mapping is Source.of's, which is private to its package. */
    private static Map<Long, org.rudprk.source.api.Source> sources(List<Long> ids) {
        return ids.isEmpty() ? Map.of()
                : DatabaseErrors.reading(() -> SourceEntity.<SourceEntity>list("id in ?1", ids)).stream()
                        .collect(Collectors.toMap(e -> e.id,
                        e -> new org.rudprk.source.api.Source(e.id, e.slug, e.title, e.titleOriginal, e.publisher,
                                e.language, e.kind, new FuzzyDate(e.publishedEarliest, e.publishedLatest,
                                        e.publishedPrecision), e.corpusFile, e.paragraphCount, e.url, e.notes)));
    }
}
