package org.rudprk.api;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rudprk.record.RecordKind;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** search(text): spelling variants, transliterations, other names, filters, paging and refusals, on the curated data. */
@QuarkusTest
class SearchTest {

    static final String SEARCH = """
            query($text: String!, $first: Int, $after: String, $types: [SearchType!]) {
              search(text: $text, first: $first, after: $after, types: $types) {
                totalCount
                pageInfo { hasNextPage hasPreviousPage endCursor }
                edges {
                  cursor
                  node {
                    score type matched
                    node {
                      __typename id
                      ... on Record { slug }
                      ... on Actor { slug }
                      ... on Location { slug }
                      ... on Source { slug }
                    }
                  }
                }
              }
            }""";

    @Inject
    SessionFactory sessionFactory;

    /** One hit, flattened. */
    record Hit(double score, String type, String slug, String typeName, String matched) {

        String key() {
            return type + "/" + slug;
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "Kim Jong-un", "Kim Jong Un", "kim jong un", "KIM JONG-UN" })
    void kimJongUnIsFoundFirstHoweverHisNameIsSpelt(String text) {
        List<Hit> hits = hits(search(text, 20, null, null));
        assertEquals("ACTOR/kim-jong-un", hits.get(0).key(), text + ": " + hits);
        assertEquals("kim-jong-un", hits.stream().filter(h -> h.type().equals("ACTOR")).findFirst().orElseThrow().slug());
        assertTrue(hits.size() > 5, "records about him are found too");
    }

    @ParameterizedTest
    @ValueSource(strings = { "Shoigu", "Shoygu", "Sergej Shoigu", "Sergey Shoygu", "sergei shoigu", "Shoigo" })
    void shoiguIsFoundByEveryTransliterationAndAMisspelling(String text) {
        List<Hit> hits = hits(search(text, 20, null, null));
        assertEquals("ACTOR/sergei-shoigu", hits.get(0).key(), text + ": " + hits);
        // His two visits to Pyongyang say "Shoigu"; they are found whatever the spelling typed.
        assertThat(keys(hits), hasItems("EVENT/shoigu-visit-pyongyang-2023-07", "EVENT/shoigu-visit-pyongyang-2025"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "Kiev", "Kyiv", "kyiv" })
    void kyivIsFoundAsKievAndKyivWithTheRecordsAboutIt(String text) {
        List<Hit> hits = hits(search(text, 20, null, null));
        assertEquals("LOCATION/kyiv", hits.get(0).key(), text + ": " + hits);
        // This event's text only says "Kyiv"; "Kiev" finds it because it is another name of the place.
        assertThat(keys(hits), hasItem("EVENT/russian-assault-on-kyiv-preparations-2025"));
    }

    @Test
    void alabugaFindsTheZoneAndTheWorkersSentThere() {
        List<Hit> hits = hits(search("Alabuga", 20, null, null));
        assertEquals("LOCATION/alabuga-sez", hits.get(0).key(), hits.toString());
        assertThat(keys(hits), hasItems("DEPLOYMENT/north-korean-workers-alabuga-drones",
                "AGREEMENT/russia-north-korea-alabuga-workers-deal-2025", "SOURCE/nis-more-troops-alabuga-workers-2025"));
        Hit deployment = hits.stream().filter(h -> h.slug().equals("north-korean-workers-alabuga-drones")).findFirst()
                .orElseThrow();
        assertEquals("Deployment", deployment.typeName());
        assertThat(deployment.matched(), containsString("Alabuga"));
    }

    @Test
    void everyNodeIsOfTheTypeItsHitNames() {
        List<Hit> hits = hits(search("North Korea", 100, null, null));
        Set<String> kinds = new HashSet<>(Set.of("ACTOR", "LOCATION", "SOURCE"));
        Arrays.stream(RecordKind.values()).forEach(k -> kinds.add(k.name()));
        assertEquals(kinds, new HashSet<>(hits.stream().map(Hit::type).toList()), "precondition: every kind is found");
        for (Hit h : hits) {
            assertEquals(h.type(), h.typeName().toUpperCase(Locale.ROOT), h.toString());
        }
    }

    @Test
    void matchedShowsTheNameAsTypedOrTheWordsAroundTheMatch() {
        Hit actor = hits(search("Sergej Shoigu", 1, null, null)).get(0);
        assertEquals("Sergej Shoigu", actor.matched(), "the alias (as article 004 spells it) as typed");
        for (Hit h : hits(search("Umerov", 20, null, null))) {
            assertThat(h.toString(), h.matched().toLowerCase(Locale.ROOT), containsString("umerov"));
            assertTrue(h.matched().split("\\s+").length <= 32, "an excerpt, not the whole text: " + h.matched());
        }
    }

    @Test
    void otherNamesOfAnActorFindWhatTheDataSaysWithItsMainName() {
        // "Cremlino" (the Italian name article 003 gives the Kremlin) is one of the Kremlin's names only.
        List<Hit> hits = hits(search("Cremlino", 100, null, null));
        assertEquals("ACTOR/kremlin", hits.get(0).key());
    }

    @Test
    void namesNoArticleGivesAreNotServed() {
        // "DPRK", native spellings: outside knowledge, which the data no longer holds unsourced.
        assertEquals(List.of(), hits(search("DPRK", 100, null, null)));
        assertEquals(List.of(), hits(search("Шойгу", 100, null, null)));
    }

    @Test
    void otherNamesOfAStateFindWhatTheDataSaysWithItsMainName() {
        List<Hit> hits = hits(search("Corea del Nord", 100, null, null));
        assertThat(keys(hits), hasItem("ACTOR/north-korea"));
        assertThat(keys(hits), hasItem("DEPLOYMENT/north-korean-troops-in-russia-kursk"));
    }

    @Test
    void closeSpellingsAndBegunWordsAreFound() {
        assertThat(keys(hits(search("Pyongang", 5, null, null))), hasItem("LOCATION/pyongyang"));
        assertThat(keys(hits(search("Alab", 5, null, null))), hasItem("LOCATION/alabuga-sez"));
        assertThat(keys(hits(search("Budanow", 5, null, null))), hasItem("ACTOR/kyrylo-budanov"));
    }

    // ---------------------------------------------------------------------------------
    // A journalist does not have to spell (written from the articles)

    @ParameterizedTest
    @ValueSource(strings = { "11000 troops", "11,000 troops", "11.000 truppe", "about 11000" })
    void umerovsFigureIsFoundWhateverItsSeparators(String text) {
        // 003 p5: "circa 11.000 truppe d'élite"; the data writes "about 11,000".
        List<String> keys = keys(hits(search(text.replace("truppe", "troops"), 50, null, null)));
        assertThat(text, keys, hasItems("DEPLOYMENT/north-korean-troops-in-russia-kursk",
                "STATEMENT/rustem-umerov-elite-troops"));
        assertTrue(keys.stream().noneMatch(k -> k.contains("containers")), text + ": 11000 is not 10000: " + keys);
    }

    @Test
    void otherNumbersOfTheArticlesAreFoundWithoutSeparators() {
        // 002 p16: "260.000 tonnellate"; 003 p5 "più di 6.000 vittime"; 003 p7 "25.000 lavoratori".
        assertThat(keys(hits(search("260000 tonnes", 20, null, null))),
                hasItem("SHIPMENT/north-korean-munitions-to-russia-2023-2024"));
        assertThat(keys(hits(search("6000 casualties", 20, null, null))),
                hasItem("EVENT/uk-defence-intelligence-report-2025-06-15"));
        assertThat(keys(hits(search("25000 workers Alabuga", 20, null, null))),
                hasItem("DEPLOYMENT/north-korean-workers-alabuga-drones"));
        // A number that is not in the data is not "close" to one that is.
        assertEquals(0, search("11001 troops", 20, null, null).getInt("data.search.totalCount"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "deploying soldiers", "sanctioned", "destabilising", "casualty estimates" })
    void englishWordsAreFoundInAnyOfTheirForms(String text) {
        // None of these forms is in the data as typed ("deploying" folds to another word, the data
        // has "sanctions", "destabilise", "casualties", "estimate(d)").
        assertTrue(search(text, 20, null, null).getInt("data.search.totalCount") > 0, text);
    }

    @Test
    void stemsFindTheRecordsTheArticlesDescribe() {
        // 000 p3: an increase "could destabilise" Kim's regime.
        assertThat(keys(hits(search("destabilising", 20, null, null))),
                hasItem("STATEMENT/analysts-troop-increase-could-destabilise-kim-2024"));
        // 002 p31: the Security Council panel that monitors "le sanzioni".
        assertThat(keys(hits(search("sanctioned", 50, null, null))),
                hasItem("EVENT/un-security-council-vote-panel-of-experts-2024-03"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "warzone", "War-Zone", "war zone", "Alabuga warzone workers", "warzone Alabuga" })
    void theWarZoneIsFoundClosedSpacedOrHyphenatedAnywhereInTheText(String text) {
        // 003 p7: "Il sito The War Zone ha riferito che 25.000 lavoratori ..."
        assertThat(text, keys(hits(search(text, 50, null, null))),
                hasItem("STATEMENT/the-war-zone-alabuga-workers-report-2025"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "manpower", "man power", "man-power", "North Korean man power" })
    void manpowerIsFoundHoweverTheCompoundIsWritten(String text) {
        // 003 p7: North Korea is no longer only providing Russia with "manodopera" (manpower).
        assertThat(text, keys(hits(search(text, 50, null, null))),
                hasItem("STATEMENT/asia-times-north-korea-in-russian-war-economy-2025"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "Malligyong-1", "Malligyong 1", "Malligyong1", "Malligyong1 satellite" })
    void theSpySatelliteIsFoundWithOrWithoutItsHyphen(String text) {
        // 002 p20-21: "il primo satellite spia, il Malligyong-1".
        assertThat(text, keys(hits(search(text, 20, null, null))), hasItem("EVENT/malligyong-1-launch-2023-11"));
    }

    @Test
    void synonymsFromThePublishedListFindOneAnother() {
        JsonPath list = GraphQL.ok("{ searchSynonyms }");
        List<List<String>> groups = list.getList("data.searchSynonyms");
        assertTrue(groups.contains(List.of("soldiers", "troops")), groups.toString());
        assertTrue(groups.stream().anyMatch(g -> g.contains("ammunition") && g.contains("munitions")));
        // The data says "munitions" (002 p16 "munizioni") and "drones" (003 p7-8), never "ammunition" or "UAV".
        assertThat(keys(hits(search("ammunition", 50, null, null))),
                hasItem("SHIPMENT/north-korean-munitions-to-russia-2023-2024"));
        assertThat(keys(hits(search("UAV Alabuga", 50, null, null))),
                hasItem("EVENT/alabuga-dormitory-construction-2025"));
        assertThat(keys(hits(search("labourers Alabuga", 50, null, null))),
                hasItem("DEPLOYMENT/north-korean-workers-alabuga-drones"));
        // A word that is in no group finds only itself: "Paris" still finds nothing.
        assertEquals(0, search("Paris", 20, null, null).getInt("data.search.totalCount"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "Paris", "banana", "Kim Yo Jong", "zebra crossing" })
    void wordsTheDataDoesNotHoldFindNothing(String text) {
        // Trigram similarity to any stretch of a long text would find these at 0.5 ("Paris" in
        // "partnership"); matching words against the data's own words does not.
        JsonPath json = search(text, 20, null, null);
        assertEquals(0, json.getInt("data.search.totalCount"), text + ": " + hits(json));
    }

    @Test
    void typesRestrictTheKindsFound() {
        JsonPath all = search("Alabuga", 100, null, null);
        JsonPath some = search("Alabuga", 100, null, List.of("LOCATION", "DEPLOYMENT"));
        List<Hit> hits = hits(some);
        assertEquals(Set.of("LOCATION", "DEPLOYMENT"), new HashSet<>(hits.stream().map(Hit::type).toList()));
        List<String> expected = hits(all).stream().filter(h -> h.type().equals("LOCATION") || h.type().equals("DEPLOYMENT"))
                .map(Hit::key).toList();
        assertEquals(expected, keys(hits), "the same hits in the same order, without the other kinds");
        assertEquals(expected.size(), some.getInt("data.search.totalCount"));
        assertTrue(all.getInt("data.search.totalCount") > expected.size());
    }

    @Test
    void resultsComeInDescendingScoreOrder() {
        List<Hit> hits = hits(search("Putin visit Pyongyang", 100, null, null));
        assertTrue(hits.size() > 5, hits.toString());
        for (int i = 1; i < hits.size(); i++) {
            assertTrue(hits.get(i - 1).score() >= hits.get(i).score(), "descending at " + i + ": " + hits);
        }
        assertEquals("EVENT/putin-visit-pyongyang-2024-06", hits.get(0).key());
    }

    @Test
    void pagingWithAfterGivesEveryHitOnceInOrderAndEnds() {
        List<String> whole = keys(hits(search("Pyongyang", 100, null, null)));
        assertTrue(whole.size() > 20, "precondition: several pages of 7");
        List<String> paged = new ArrayList<>();
        String after = null;
        int pages = 0;
        do {
            JsonPath json = search("Pyongyang", 7, after, null);
            List<Hit> page = hits(json);
            assertTrue(page.size() <= 7);
            assertEquals(after != null, json.getBoolean("data.search.pageInfo.hasPreviousPage"));
            assertEquals(whole.size(), json.getInt("data.search.totalCount"));
            paged.addAll(keys(page));
            after = json.getBoolean("data.search.pageInfo.hasNextPage") ? json.getString("data.search.pageInfo.endCursor")
                    : null;
            assertTrue(++pages <= 20, "paging ends");
        } while (after != null);
        assertEquals(whole, paged, "the pages, joined, are the single page: no hit twice, none missing");
        assertEquals(paged.size(), new HashSet<>(paged).size());
    }

    @Test
    void nodesAreLoadedInBatchesWhateverThePageSize() {
        List<List<Hit>> page = new java.util.ArrayList<>();
        long statements = org.rudprk.FieldStatements.of(sessionFactory,
                () -> page.add(hits(search("North Korea", 100, null, null))));
        List<Hit> hits = page.get(0);
        assertTrue(hits.size() > 50, "precondition: a large page");
        // The page and totalCount, then one statement each for actors, places, sources and records.
        assertTrue(statements <= 6, "one statement per kind of node, found " + statements);
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "   ", "!!! -- ???" })
    void textWithoutWordsIsRefused(String text) {
        assertRefused(Map.of("text", text), "INVALID_ARGUMENT", "argument 'text'");
    }

    @Test
    void badArgumentsAreRefusedWithAStableCode() {
        assertRefused(Map.of("text", "x".repeat(201)), "INVALID_ARGUMENT", "at most 200");
        assertRefused(Map.of("text", "Kim", "first", 101), "INVALID_ARGUMENT", "between 0 and 100");
        assertRefused(Map.of("text", "Kim", "types", List.of()), "INVALID_ARGUMENT", "argument 'types'");
        assertRefused(Map.of("text", "Kim", "after", "not-a-cursor"), "INVALID_CURSOR", "argument 'after'");
        String cursor = search("Kim", 1, null, null).getString("data.search.pageInfo.endCursor");
        assertRefused(Map.of("text", "Putin", "after", cursor), "INVALID_CURSOR", "another text");
        assertRefused(Map.of("text", "Kim", "after", cursor, "types", List.of("ACTOR")), "INVALID_CURSOR",
                "another text");
        // 200 characters are fine.
        assertEquals(0, search("x".repeat(200), 1, null, null).getInt("data.search.totalCount"));
    }

    @Test
    void schemaDeclaresTheSearchAsDocumented() {
        JsonPath json = GraphQL.ok("""
                { __type(name: "Query") { fields { name type { kind name ofType { kind name } }
                    args { name defaultValue type { kind name ofType { kind name ofType { kind name } } } } } } }""");
        Map<String, Object> search = json.<Map<String, Object>>getList("data.__type.fields").stream()
                .filter(f -> f.get("name").equals("search")).findFirst().orElseThrow();
        // Nullable like every root field, so a refused search does not wipe out its siblings.
        assertEquals("SearchConnection", describe(search.get("type")));
        Map<String, String> args = new HashMap<>();
        for (Object a : (List<?>) search.get("args")) {
            Map<?, ?> arg = (Map<?, ?>) a;
            args.put((String) arg.get("name"), describe(arg.get("type")) + " = " + arg.get("defaultValue"));
        }
        assertEquals(Map.of("text", "NON_NULL String = null", "first", "Int = 20", "after", "String = null",
                "types", "LIST [NON_NULL SearchType] = null"), args, "search(text: String!, first: Int = 20, "
                        + "after: String, types: [SearchType!]): SearchConnection!");
        List<Map<String, Object>> hit = GraphQL.ok("""
                { __type(name: "SearchHit") { fields { name type { kind name ofType { kind name } } } } }""")
                .getList("data.__type.fields");
        assertEquals("NON_NULL Node", describe(hit.stream().filter(f -> f.get("name").equals("node")).findFirst()
                .orElseThrow().get("type")));
    }

    /** An introspected type as text: NON_NULL String, LIST [NON_NULL SearchType], Int. */
    private static String describe(Object type) {
        Map<?, ?> t = (Map<?, ?>) type;
        return switch ((String) t.get("kind")) {
            case "NON_NULL" -> "NON_NULL " + describe(t.get("ofType"));
            case "LIST" -> "LIST [" + describe(t.get("ofType")) + "]";
            default -> (String) t.get("name");
        };
    }

    private static JsonPath search(String text, Integer first, String after, List<String> types) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("text", text);
        variables.put("first", first);
        variables.put("after", after);
        variables.put("types", types);
        return GraphQL.ok(SEARCH, variables);
    }

    private static List<Hit> hits(JsonPath json) {
        List<Map<String, Object>> edges = json.getList("data.search.edges");
        List<Hit> hits = new ArrayList<>();
        for (Map<String, Object> edge : edges) {
            Map<?, ?> hit = (Map<?, ?>) edge.get("node");
            Map<?, ?> node = (Map<?, ?>) hit.get("node");
            hits.add(new Hit(((Number) hit.get("score")).doubleValue(), (String) hit.get("type"),
                    (String) node.get("slug"), (String) node.get("__typename"), (String) hit.get("matched")));
        }
        return hits;
    }

    private static List<String> keys(List<Hit> hits) {
        return hits.stream().map(Hit::key).toList();
    }

    private static void assertRefused(Map<String, Object> variables, String code, String message) {
        GraphQL.post(SEARCH, variables).then().statusCode(200)
                .body("errors[0].extensions.code", equalTo(code))
                .body("errors[0].message", containsString(message));
    }
}
