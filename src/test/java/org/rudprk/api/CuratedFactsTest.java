package org.rudprk.api;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The facts a journalist asks of the five articles, asserted through the public API with
 * the claimant and source each must carry.
 */
@QuarkusTest
class CuratedFactsTest {

    static final String TREATY = "russia-north-korea-comprehensive-strategic-partnership-treaty-2024";
    static final String MUNITIONS = "north-korean-munitions-to-russia-2023-2024";
    static final String TROOPS = "north-korean-troops-in-russia-kursk";
    static final String ALABUGA_WORKERS = "north-korean-workers-alabuga-drones";
    static final String CNN_2024 = "cnn-putin-pyongyang-2024";
    static final String NIS_2025 = "nis-more-troops-alabuga-workers-2025";

    static final String CITATIONS = """
            citations(first: 100) {
              nodes {
                paragraph stance summary quote
                claimedOn { earliest latest precision label }
                claimant { slug name kind }
                source { slug language corpusFile }
                estimates { nodes { metric low high unit qualifier label } }
              }
            }
            """;

    @Test
    void juneTreatyHasTwoPartiesAndAMutualDefenceClause() {
        JsonPath json = GraphQL.ok("""
                query($slug: String!) {
                  agreementBySlug(slug: $slug) {
                    title status
                    period { start { earliest precision } end { earliest } }
                    parties { nodes { slug isoCode } }
                    signatories { nodes { slug } }
                    provisions { nodes { topic text } }
                    locations { nodes { role location { slug } } }
                    %s
                  }
                }""".formatted(CITATIONS), Map.of("slug", TREATY));
        String root = "data.agreementBySlug";
        assertEquals("2024-06-19", json.getString(root + ".period.start.earliest"));
        assertEquals("DAY", json.getString(root + ".period.start.precision"));
        assertNull(json.get(root + ".period.end"));
        assertThat(json.getList(root + ".parties.nodes.slug"), containsInAnyOrder("russia", "north-korea"));
        assertThat(json.getList(root + ".parties.nodes.isoCode"), containsInAnyOrder("RUS", "PRK"));
        assertThat(json.getList(root + ".signatories.nodes.slug"), containsInAnyOrder("vladimir-putin", "kim-jong-un"));
        assertThat(json.getList(root + ".provisions.nodes.topic"), hasItem("MUTUAL_DEFENCE"));
        assertThat(json.getList(root + ".locations.nodes.location.slug"), hasItem("pyongyang"));
        // Cited by the article on the signing and, a year later, by both governments.
        assertThat(json.getList(root + ".citations.nodes.source.slug"),
                hasItems("putin-pyongyang-treaty-2024", CNN_2024, NIS_2025));
    }

    @Test
    void usCountsMoreThan10000ContainersOfAbout260000Tonnes() {
        JsonPath json = GraphQL.ok("""
                query($slug: String!) {
                  shipmentBySlug(slug: $slug) {
                    category
                    supplier { slug } recipient { slug }
                    quantities { nodes { metric low high unit qualifier citation { claimant { slug } source { slug } paragraph claimedOn { label } } } }
                  }
                }""", Map.of("slug", MUNITIONS));
        String root = "data.shipmentBySlug";
        assertEquals("north-korea", json.getString(root + ".supplier.slug"));
        assertEquals("russia", json.getString(root + ".recipient.slug"));
        List<Map<String, Object>> quantities = json.getList(root + ".quantities.nodes");
        Map<String, Object> containers = find(quantities, "unit", "shipping containers");
        assertEquals("MORE_THAN", containers.get("qualifier"));
        assertEquals(0, new BigDecimal("10000").compareTo(decimal(containers.get("low"))));
        assertNull(containers.get("high"), "'more than' has no upper bound");
        Map<String, Object> tonnes = find(quantities, "unit", "metric tons");
        // The article gives the tonnage as the containers' equivalent, without a qualifier of its own.
        assertThat(List.of("ABOUT", "EXACT"), hasItem(tonnes.get("qualifier")));
        assertEquals(0, new BigDecimal("260000").compareTo(decimal(tonnes.get("low"))));
        assertEquals(0, new BigDecimal("260000").compareTo(decimal(tonnes.get("high"))));
        for (Map<String, Object> q : List.of(containers, tonnes)) {
            Map<?, ?> citation = (Map<?, ?>) q.get("citation");
            assertEquals("united-states-government", ((Map<?, ?>) citation.get("claimant")).get("slug"));
            assertEquals(CNN_2024, ((Map<?, ?>) citation.get("source")).get("slug"));
            assertEquals("2024-02", ((Map<?, ?>) citation.get("claimedOn")).get("label"),
                    "the US statement was made in February 2024");
        }
    }

    @Test
    void umerovSaysAbout11000TroopsAndUkDefenceIntelligenceMoreThan6000Casualties() {
        JsonPath json = GraphQL.ok("""
                query($slug: String!) {
                  deploymentBySlug(slug: $slug) {
                    deploymentKind status
                    sender { slug } host { slug }
                    locations { nodes { role location { slug } } }
                    strength { nodes { low high unit qualifier citation { claimant { slug } source { slug } } } }
                    casualties { nodes { low high qualifier citation { claimant { slug } source { slug } claimedOn { earliest precision } } } }
                  }
                }""", Map.of("slug", TROOPS));
        String root = "data.deploymentBySlug";
        assertEquals("TROOPS", json.getString(root + ".deploymentKind"));
        assertEquals("north-korea", json.getString(root + ".sender.slug"));
        assertEquals("russia", json.getString(root + ".host.slug"));
        assertThat(json.getList(root + ".locations.nodes.location.slug"), hasItem("kursk-oblast"));

        Map<String, Object> umerov = findByClaimant(json.getList(root + ".strength.nodes"), "rustem-umerov");
        assertEquals("ABOUT", umerov.get("qualifier"));
        assertEquals(0, new BigDecimal("11000").compareTo(decimal(umerov.get("low"))));
        assertEquals(0, new BigDecimal("11000").compareTo(decimal(umerov.get("high"))));
        assertEquals(NIS_2025, source(umerov));

        Map<String, Object> ukdi = findByClaimant(json.getList(root + ".casualties.nodes"), "uk-defence-intelligence");
        assertEquals("MORE_THAN", ukdi.get("qualifier"));
        assertEquals(0, new BigDecimal("6000").compareTo(decimal(ukdi.get("low"))));
        assertNull(ukdi.get("high"));
        assertEquals(NIS_2025, source(ukdi));
        Map<?, ?> claimed = (Map<?, ?>) ((Map<?, ?>) ukdi.get("citation")).get("claimedOn");
        assertEquals("2025-06-15", claimed.get("earliest"), "the UK Defence Intelligence report of 15 June 2025");
        assertEquals("DAY", claimed.get("precision"));
    }

    @Test
    void theWarZoneReports25000WorkersAtAlabuga() {
        JsonPath json = GraphQL.ok("""
                query($slug: String!) {
                  deploymentBySlug(slug: $slug) {
                    deploymentKind sender { slug } host { slug }
                    locations { nodes { location { slug kind parent { slug } } } }
                    strength { nodes { low high unit qualifier citation { claimant { slug kind } source { slug } } } }
                  }
                }""", Map.of("slug", ALABUGA_WORKERS));
        String root = "data.deploymentBySlug";
        assertEquals("WORKERS", json.getString(root + ".deploymentKind"));
        assertEquals("north-korea", json.getString(root + ".sender.slug"));
        assertThat(json.getList(root + ".locations.nodes.location.kind"), hasItem("SPECIAL_ECONOMIC_ZONE"));
        Map<String, Object> warZone = findByClaimant(json.getList(root + ".strength.nodes"), "the-war-zone");
        assertEquals(0, new BigDecimal("25000").compareTo(decimal(warZone.get("low"))));
        assertEquals(NIS_2025, source(warZone));
        assertEquals("MEDIA_OUTLET", ((Map<?, ?>) ((Map<?, ?>) warZone.get("citation")).get("claimant")).get("kind"));
    }

    @Test
    void moscowAndPyongyangDenyTheArmsDeliveries() {
        JsonPath json = GraphQL.ok("""
                query($slug: String!) {
                  shipmentBySlug(slug: $slug) { %s }
                }""".formatted(CITATIONS), Map.of("slug", MUNITIONS));
        List<Map<String, Object>> citations = json.getList("data.shipmentBySlug.citations.nodes");
        List<Object> deniers = citations.stream().filter(c -> "DENIES".equals(c.get("stance")))
                .map(c -> ((Map<?, ?>) c.get("claimant")).get("slug")).map(Object.class::cast).toList();
        assertThat(deniers, hasItems("russia", "north-korea"));
        // The denial and the claims it denies stand side by side on the same record.
        assertTrue(citations.stream().anyMatch(c -> "ESTIMATES".equals(c.get("stance"))
                || "ASSERTS".equals(c.get("stance"))));

        JsonPath denials = GraphQL.ok("""
                { russia: actorBySlug(slug: "russia") { claims(stance: DENIES) { nodes { stance record { slug } } } }
                  dprk: actorBySlug(slug: "north-korea") { claims(stance: DENIES) { nodes { stance record { slug } } } } }""");
        assertThat(denials.getList("data.russia.claims.nodes.record.slug"), hasItem(MUNITIONS));
        assertThat(denials.getList("data.dprk.claims.nodes.record.slug"), hasItem(MUNITIONS));
        assertFalse(denials.getList("data.russia.claims.nodes.stance").stream().anyMatch(s -> !"DENIES".equals(s)));
    }

    @Test
    void denialLaterBecameAcknowledgementOfTheTroops() {
        JsonPath json = GraphQL.ok("""
                query($slug: String!) { deploymentBySlug(slug: $slug) { status %s } }""".formatted(CITATIONS),
                Map.of("slug", TROOPS));
        List<Map<String, Object>> acks = json.<Map<String, Object>>getList("data.deploymentBySlug.citations.nodes").stream()
                .filter(c -> "ACKNOWLEDGES".equals(c.get("stance"))).toList();
        List<Object> claimants = acks.stream().map(c -> ((Map<?, ?>) c.get("claimant")).get("slug"))
                .map(Object.class::cast).toList();
        assertThat(claimants, hasItems("russia", "north-korea"));
    }

    @Test
    void articlesDisagreeOnPutinsPreviousVisitAndBothClaimsAreKept() {
        JsonPath json = GraphQL.ok("""
                query { recordBySlug(slug: "putin-visit-pyongyang-2000") {
                  period { start { label } }
                  citations { nodes { source { slug } summary } }
                } }""");
        assertEquals("2000", json.getString("data.recordBySlug.period.start.label"));
        assertThat(json.getList("data.recordBySlug.citations.nodes.source.slug"),
                hasItems("putin-pyongyang-treaty-2024", CNN_2024));
    }

    @Test
    void shoiguCanBeFoundUnderEverySpellingWithHisPositionsOverTime() {
        JsonPath json = GraphQL.ok("""
                { actorBySlug(slug: "sergei-shoigu") {
                    names { nodes { name language kind } }
                    positions { nodes { title start { label } end { label } } }
                    events(role: VISITOR) { nodes { slug period { start { earliest } } } }
                } }""");
        assertThat(json.getList("data.actorBySlug.names.nodes.name"), hasItems("Sergei Shoigu", "Shoygu", "Сергей Шойгу"));
        assertTrue(json.getList("data.actorBySlug.positions.nodes").size() >= 2,
                "defence minister, later Security Council secretary");
        assertFalse(json.getList("data.actorBySlug.events.nodes").isEmpty());
    }

    @Test
    void everyRecordCitesAtLeastOneParagraphWithinItsSource() {
        String after = null;
        int seen = 0;
        do {
            JsonPath json = GraphQL.ok("""
                    query($after: String) {
                      records(first: 50, after: $after) {
                        totalCount pageInfo { hasNextPage endCursor }
                        nodes { slug citations { nodes { paragraph source { paragraphCount } } } }
                      }
                    }""", after == null ? Map.of() : Map.of("after", after));
            List<Map<String, Object>> nodes = json.getList("data.records.nodes");
            for (Map<String, Object> node : nodes) {
                List<Map<String, Object>> citations = (List<Map<String, Object>>) ((Map<?, ?>) node.get("citations")).get("nodes");
                assertFalse(citations.isEmpty(), node.get("slug") + " has no citation");
                for (Map<String, Object> c : citations) {
                    int paragraph = (Integer) c.get("paragraph");
                    int count = (Integer) ((Map<?, ?>) c.get("source")).get("paragraphCount");
                    assertTrue(paragraph >= 1 && paragraph <= count, node.get("slug") + " cites paragraph " + paragraph);
                }
            }
            seen += nodes.size();
            after = json.getBoolean("data.records.pageInfo.hasNextPage")
                    ? json.getString("data.records.pageInfo.endCursor") : null;
            if (after == null) {
                assertEquals(json.getInt("data.records.totalCount"), seen, "paging visits every record once");
            }
        } while (after != null);
        assertTrue(seen >= 80, "the corpus holds on the order of a hundred records, found " + seen);
    }

    private static Map<String, Object> find(List<Map<String, Object>> items, String key, Object value) {
        return items.stream().filter(i -> value.equals(i.get(key))).findFirst()
                .orElseThrow(() -> new AssertionError("no item with " + key + " = " + value + " in " + items));
    }

    private static Map<String, Object> findByClaimant(List<Map<String, Object>> estimates, String claimant) {
        return estimates.stream()
                .filter(e -> {
                    Object c = ((Map<?, ?>) e.get("citation")).get("claimant");
                    return c != null && claimant.equals(((Map<?, ?>) c).get("slug"));
                })
                .findFirst().orElseThrow(() -> new AssertionError("no estimate claimed by " + claimant + " in "
                        + estimates));
    }

    private static String source(Map<String, Object> estimate) {
        return (String) ((Map<?, ?>) ((Map<?, ?>) estimate.get("citation")).get("source")).get("slug");
    }

    private static BigDecimal decimal(Object number) {
        return new BigDecimal(number.toString());
    }
}
