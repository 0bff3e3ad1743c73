package org.rudprk.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** Filters, orderings, backward paging, the timeline and aggregates, against the curated data. */
@QuarkusTest
class QueryPowerTest {

    /** Known only as "autumn 2024" (SEASON precision, a single date). */
    static final String AUTUMN_2024 = "north-korean-troop-deployment-earnings";
    static final String ARMS_VALUE = "north-korean-arms-sales-to-russia-since-2022";
    static final String MUNITIONS = "north-korean-munitions-to-russia-2023-2024";
    static final String KURSK_TROOPS = "north-korean-troops-in-russia-kursk";
    static final String MORE_THAN_20000 = "analysts-troop-increase-could-destabilise-kim-2024";

    @Test
    void aPlaceFilterFindsTheRecordsThereAndInsideIt() {
        // Regression: the locations condition once lost a space ("trueand exists") and every
        // place filter failed with a server error.
        assertThat(slugs("{ locations: [\"pyongyang\"] }"), hasItem("putin-visit-pyongyang-2024-06"));
        assertThat(slugs("{ locations: [\"kursk-oblast\"] }"), hasItem(KURSK_TROOPS));
        assertThat(slugs("{ locations: [\"kursk-oblast\"] }"), not(hasItem("putin-visit-pyongyang-2024-06")));
    }

    @Test
    void periodFiltersRespectTheStoredPrecision() {
        // The Kursk deployment runs from autumn 2024 (UK Defence Intelligence's dating) to June 2025.
        assertThat(slugs("{ kind: [DEPLOYMENT], period: { overlaps: \"2024-10\" } }"), hasItem(KURSK_TROOPS));
        assertThat(slugs("{ kind: [DEPLOYMENT], period: { within: \"2024-10\" } }"), not(hasItem(KURSK_TROOPS)));
        assertThat(slugs("{ kind: [DEPLOYMENT], period: { within: \"2024-autumn..2025-06\" } }"),
                hasItem(KURSK_TROOPS));
        assertThat(slugs("{ kind: [DEPLOYMENT], period: { within: \"2024-10..2025-06\" } }"),
                not(hasItem(KURSK_TROOPS)));
        assertThat(slugs("{ kind: [DEPLOYMENT], period: { overlaps: \"2025-07..\" } }"), not(hasItem(KURSK_TROOPS)));
        // A span from 2022 to late 2024 overlaps 2023 but is not within it.
        assertThat(slugs("{ period: { overlaps: \"2023\" } }"), hasItem(ARMS_VALUE));
        assertThat(slugs("{ period: { within: \"2023\" } }"), not(hasItem(ARMS_VALUE)));
    }

    @Test
    void shipmentsFromNorthKoreaOverlapping2024ClaimedByAUsSourceLargestValueFirst() {
        JsonPath json = GraphQL.ok("""
                { shipments(orderBy: VALUE_DESC, filter: {
                    involves: { actors: ["north-korea"], roles: [SUPPLIER] }
                    period: { overlaps: "2024" }
                    cited: { claimantCountries: ["united-states"] }
                  }) { nodes { slug supplier { slug } citations { nodes { claimant { slug country { slug } } } } } } }""");
        List<String> slugs = json.getList("data.shipments.nodes.slug");
        assertThat(slugs, hasItem(MUNITIONS));
        for (Map<String, Object> node : json.<Map<String, Object>>getList("data.shipments.nodes")) {
            assertEquals("north-korea", ((Map<?, ?>) node.get("supplier")).get("slug"));
            List<Map<String, Object>> citations = (List<Map<String, Object>>) ((Map<?, ?>) node.get("citations")).get("nodes");
            assertTrue(citations.stream().anyMatch(c -> {
                Map<?, ?> claimant = (Map<?, ?>) c.get("claimant");
                return claimant != null && ("united-states".equals(claimant.get("slug"))
                        || claimant.get("country") != null
                                && "united-states".equals(((Map<?, ?>) claimant.get("country")).get("slug")));
            }), node.get("slug") + " has a US claimant");
        }
    }

    @Test
    void valueOrderingPutsTheLargestFirstAndUnknownValuesLast() {
        JsonPath json = GraphQL.ok("{ shipments(first: 100, orderBy: VALUE_DESC) { nodes { slug valueUsd { nodes { high } } } } }");
        List<String> slugs = json.getList("data.shipments.nodes.slug");
        assertEquals(ARMS_VALUE, slugs.get(0), "up to $5.5 billion is the largest claimed value");
        List<List<Object>> values = json.getList("data.shipments.nodes.valueUsd.nodes");
        boolean seenEmpty = false;
        for (List<Object> v : values) {
            if (v.isEmpty()) {
                seenEmpty = true;
            } else {
                assertFalse(seenEmpty, "records without a value come after those with one");
            }
        }
        List<String> asc = GraphQL.ok("{ shipments(first: 100, orderBy: VALUE_ASC) { nodes { slug } } }")
                .getList("data.shipments.nodes.slug");
        List<String> reversed = new ArrayList<>(slugs);
        Collections.reverse(reversed);
        assertEquals(reversed, asc);
    }

    @Test
    void numericThresholdsTestTheBoundsTheSourcesGave() {
        // "Up to $5.5 billion" has a high bound of 5.5e9 and no low bound.
        assertThat(slugs("{ estimate: { metric: VALUE_USD, high: { gte: 5000000000 } } }"), hasItem(ARMS_VALUE));
        assertThat(slugs("{ estimate: { metric: VALUE_USD, low: { gte: 0 } } }"), not(hasItem(ARMS_VALUE)));
        // About 11,000 troops: between 10,000 and 12,000 on both bounds.
        assertThat(slugs("{ estimate: { metric: STRENGTH, unit: \"troops\", high: { lte: 12000 }, low: { gte: 10000 } } }"),
                hasItem(KURSK_TROOPS));
        assertThat(slugs("{ estimate: { metric: STRENGTH, high: { lte: 10000 } } }"), not(hasItem(KURSK_TROOPS)));
    }

    @Test
    void filtersComposeWithAndOrNot() {
        List<String> both = slugs("{ kind: [SHIPMENT], and: [{ involves: { actors: [\"north-korea\"], roles: [SUPPLIER] } },"
                + " { involves: { actors: [\"russia\"], roles: [RECIPIENT] } }] }");
        List<String> dprkSupplies = slugs("{ kind: [SHIPMENT], involves: { actors: [\"north-korea\"], roles: [SUPPLIER] } }");
        List<String> notDprk = slugs("{ kind: [SHIPMENT], not: { involves: { actors: [\"north-korea\"], roles: [SUPPLIER] } } }");
        List<String> all = slugs("{ kind: [SHIPMENT] }");
        List<String> either = slugs("{ or: [{ kind: [SHIPMENT], involves: { actors: [\"north-korea\"], roles: [SUPPLIER] } },"
                + " { kind: [SHIPMENT], not: { involves: { actors: [\"north-korea\"], roles: [SUPPLIER] } } }] }");
        assertTrue(dprkSupplies.containsAll(both));
        assertEquals(all.size(), dprkSupplies.size() + notDprk.size());
        assertTrue(Collections.disjoint(dprkSupplies, notDprk));
        assertEquals(new java.util.HashSet<>(all), new java.util.HashSet<>(either));
        assertThat(notDprk, hasItem("russian-food-to-north-korea"));
    }

    @Test
    void deniedClaimsAreOneFilterAway() {
        List<String> denied = slugs("{ cited: { claimants: [\"russia\", \"north-korea\"], stances: [DENIES] } }");
        assertThat(denied, hasItem(MUNITIONS));
        List<String> ukSources = slugs("{ cited: { claimants: [\"uk-defence-intelligence\"] } }");
        assertThat(ukSources, hasItem(KURSK_TROOPS));
    }

    @Test
    void timelineOfPutinKimContactsIsInDateOrderAndInvolvesBoth() {
        JsonPath json = GraphQL.ok("""
                { timeline(actors: ["vladimir-putin", "kim-jong-un"], kinds: [EVENT], first: 100) {
                    nodes { slug period { earliest } actors { nodes { actor { slug } } } } } }""");
        List<Map<String, Object>> nodes = json.getList("data.timeline.nodes");
        assertTrue(nodes.size() >= 3, "their 2023 summit, the 2024 visit, the letters... found " + nodes.size());
        String previous = "";
        for (Map<String, Object> node : nodes) {
            String earliest = (String) ((Map<?, ?>) node.get("period")).get("earliest");
            assertTrue(earliest.compareTo(previous) >= 0, "date order");
            previous = earliest;
            List<Object> actors = ((List<Map<String, Object>>) ((Map<?, ?>) node.get("actors")).get("nodes")).stream()
                    .map(a -> ((Map<?, ?>) a.get("actor")).get("slug")).map(Object.class::cast).toList();
            assertThat(actors, hasItem("vladimir-putin"));
            assertThat(actors, hasItem("kim-jong-un"));
        }
        assertThat(nodes.stream().map(n -> n.get("slug")).toList(), hasItem("putin-visit-pyongyang-2024-06"));
        // Every argument is optional: actors alone, or nothing at all.
        assertTrue(GraphQL.ok("{ timeline(actors: [\"kim-jong-un\"]) { totalCount } }").getInt("data.timeline.totalCount")
                >= nodes.size());
        assertEquals(GraphQL.ok("{ records { totalCount } }").getInt("data.records.totalCount"),
                GraphQL.ok("{ timeline { totalCount } }").getInt("data.timeline.totalCount"));
    }

    @Test
    void lastAndBeforePageBackwardThroughTheSameList() {
        List<String> forward = GraphQL.ok("{ events(first: 100) { nodes { slug } } }").getList("data.events.nodes.slug");
        List<String> backward = new ArrayList<>();
        String before = null;
        do {
            JsonPath json = GraphQL.ok("""
                    query($before: String) { events(last: 6, before: $before) {
                      pageInfo { hasPreviousPage hasNextPage startCursor } nodes { slug } } }""",
                    before == null ? Map.of() : Map.of("before", before));
            List<String> page = json.getList("data.events.nodes.slug");
            backward.addAll(0, page);
            assertEquals(before != null, json.getBoolean("data.events.pageInfo.hasNextPage"));
            before = json.getBoolean("data.events.pageInfo.hasPreviousPage")
                    ? json.getString("data.events.pageInfo.startCursor") : null;
        } while (before != null);
        assertEquals(forward, backward);
        GraphQL.post("{ events(first: 2, last: 2) { totalCount } }", Map.of()).then()
                .body("errors[0].extensions.code", org.hamcrest.Matchers.equalTo("INVALID_ARGUMENT"));
    }

    @Test
    void aggregateSumsRangesAndCountsRecordsWithoutValues() {
        JsonPath json = GraphQL.ok("""
                query($slugs: [String!]) {
                  aggregate(groupBy: [], filter: { slugs: $slugs }) {
                    count countWithEstimate countWithoutEstimate sums { unit records low high unbounded }
                  } }""", Map.of("slugs", List.of(ARMS_VALUE, AUTUMN_2024, MUNITIONS)));
        Map<String, Object> group = json.getMap("data.aggregate[0]");
        assertEquals(3, group.get("count"));
        assertEquals(1, group.get("countWithEstimate"));
        assertEquals(2, group.get("countWithoutEstimate"), "the munitions record has no value and is still counted; "
                + "the earnings record has only a forecast, which is not an estimate of what happened");
        Map<?, ?> usd = ((List<Map<?, ?>>) group.get("sums")).get(0);
        assertEquals("USD", usd.get("unit"));
        // Up to 5.5bn (and up to 1.7bn, another claim on the same record) spans 0..5.5bn; the forecast
        // "hundreds of millions" is not added to it.
        assertEquals(0, BigDecimal.ZERO.compareTo(new BigDecimal(usd.get("low").toString())));
        assertEquals(0, new BigDecimal("5500000000").compareTo(new BigDecimal(usd.get("high").toString())));
        assertEquals(0, usd.get("unbounded"));
    }

    @Test
    void aSumIsUnboundedWhenAnyRecordHasNoUpperBound() {
        JsonPath json = GraphQL.ok("""
                query($slugs: [String!]) {
                  aggregate(groupBy: [], metric: CASUALTIES, filter: { slugs: $slugs }) { sums { unit low high unbounded } }
                }""", Map.of("slugs", List.of(KURSK_TROOPS, MORE_THAN_20000)));
        Map<?, ?> casualties = json.<Map<?, ?>>getList("data.aggregate[0].sums").stream()
                .filter(s -> "casualties".equals(s.get("unit"))).findFirst().orElseThrow();
        assertEquals(0, new BigDecimal("6000").compareTo(new BigDecimal(casualties.get("low").toString())));
        assertNull(casualties.get("high"), "more than 6,000 has no upper bound, so neither has the sum");
        assertEquals(1, casualties.get("unbounded"));
    }

    @Test
    void aggregateGroupsByYearAndSupplierAndCountsEveryRecord() {
        JsonPath json = GraphQL.ok("""
                { aggregate(groupBy: [YEAR, SUPPLIER], filter: { kind: [SHIPMENT] }) {
                    year supplier { slug } count countWithoutEstimate sums { low high } }
                  shipments { totalCount } }""");
        List<Map<String, Object>> groups = json.getList("data.aggregate");
        int total = groups.stream().mapToInt(g -> (Integer) g.get("count")).sum();
        assertEquals(json.getInt("data.shipments.totalCount"), total, "each shipment (one supplier each) counts once");
        assertTrue(groups.stream().anyMatch(g -> Integer.valueOf(2022).equals(g.get("year"))
                && "north-korea".equals(((Map<?, ?>) g.get("supplier")).get("slug"))));
        List<Integer> years = groups.stream().map(g -> (Integer) g.get("year")).toList();
        List<Integer> sorted = new ArrayList<>(years);
        Collections.sort(sorted);
        assertEquals(sorted, years, "groups come in year order");
    }

    @Test
    void badFiltersAreRefusedWithTheirPath() {
        GraphQL.post("{ records(filter: { period: { overlaps: \"autumn\" } }) { totalCount } }", Map.of()).then()
                .body("errors[0].extensions.code", org.hamcrest.Matchers.equalTo("INVALID_ARGUMENT"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("filter.period.overlaps"));
        GraphQL.post("{ records(filter: { kind: [] }) { totalCount } }", Map.of()).then()
                .body("errors[0].message", org.hamcrest.Matchers.containsString("filter.kind' is an empty list"));
        GraphQL.post("{ records(filter: { not: { not: { not: { not: { not: { not: { kind: [EVENT] } } } } } } }) "
                + "{ totalCount } }", Map.of()).then()
                .body("errors[0].message", org.hamcrest.Matchers.containsString("nests"));
    }

    @Test
    void everyResponseCarriesTheDatasetVersion() {
        String version = GraphQL.ok("{ datasetRelease { version } }").getString("data.datasetRelease.version");
        given().contentType(ContentType.JSON).body(Map.of("query", "{ datasetRelease { version } }"))
                .post("/graphql").then().header("X-Dataset-Version", version);
    }

    @Test
    void everyCollectionFilters() {
        JsonPath json = GraphQL.ok("""
                { people: actors(first: 100, filter: { kind: [PERSON], countries: ["russia"] }) { nodes { slug kind } }
                  suppliers: actors(filter: { involvedIn: { kind: [SHIPMENT] }, roles: [SUPPLIER] }) { nodes { slug } }
                  deniers: actors(filter: { claims: { stances: [DENIES] } }) { nodes { slug } }
                  notStates: actors(first: 100, filter: { not: { kind: [STATE] } }) { totalCount nodes { kind } }
                  places: locations(filter: { countries: ["russia"], kind: [SPECIAL_ECONOMIC_ZONE] }) { nodes { slug } }
                  recent: sources(filter: { published: { within: "2025" } }) { nodes { slug } }
                  older: sources(filter: { or: [{ published: { within: "2023" } }, { published: { within: "2024-06" } }] }) {
                    totalCount }
                  denials: citations(first: 100, filter: { stances: [DENIES], claimants: ["russia"] }) {
                    totalCount nodes { stance claimant { slug } record { slug } } }
                }""");
        assertThat(json.getList("data.people.nodes.slug"), hasItem("sergei-shoigu"));
        assertTrue(json.getList("data.people.nodes.kind").stream().allMatch("PERSON"::equals));
        assertThat(json.getList("data.suppliers.nodes.slug"), hasItem("north-korea"));
        assertThat(json.getList("data.deniers.nodes.slug"), hasItem("russia"));
        assertFalse(json.getList("data.notStates.nodes.kind").contains("STATE"));
        assertThat(json.getList("data.places.nodes.slug"), hasItem("alabuga-sez"));
        assertEquals(List.of("nis-more-troops-alabuga-workers-2025"), json.getList("data.recent.nodes.slug"));
        assertEquals(3, json.getInt("data.older.totalCount"), "one 2023 source and two from June 2024");
        assertTrue(json.getInt("data.denials.totalCount") > 0);
        assertTrue(json.getList("data.denials.nodes.stance").stream().allMatch("DENIES"::equals));
        assertTrue(json.getList("data.denials.nodes.claimant.slug").stream().allMatch("russia"::equals));
        assertThat(json.getList("data.denials.nodes.record.slug"), hasItem(MUNITIONS));
    }

    @Test
    void citationsPageThroughEveryClaimOnce() {
        List<String> ids = new ArrayList<>();
        String after = null;
        int total;
        do {
            JsonPath json = GraphQL.ok("""
                    query($after: String) { citations(first: 40, after: $after) {
                      totalCount pageInfo { hasNextPage endCursor } nodes { id } } }""",
                    after == null ? Map.of() : Map.of("after", after));
            total = json.getInt("data.citations.totalCount");
            ids.addAll(json.getList("data.citations.nodes.id"));
            after = json.getBoolean("data.citations.pageInfo.hasNextPage")
                    ? json.getString("data.citations.pageInfo.endCursor") : null;
        } while (after != null);
        assertEquals(total, ids.size());
        assertEquals(total, new java.util.HashSet<>(ids).size());
        assertTrue(total > 100, "the corpus holds well over a hundred claims");
    }

    private static List<String> slugs(String filter) {
        return GraphQL.ok("{ records(first: 100, filter: " + filter + ") { nodes { slug } } }")
                .getList("data.records.nodes.slug");
    }
}
