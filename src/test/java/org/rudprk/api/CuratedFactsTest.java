package org.rudprk.api;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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
    static final String ARMS_FROM_KIM_2024 = "putin-seeks-arms-from-kim-2024";
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
        // Signed during the visit of the week of 19 June 2024 (002 p10 with p3); no article names the day.
        assertEquals("2024-06-17", json.getString(root + ".period.start.earliest"));
        assertEquals("WEEK", json.getString(root + ".period.start.precision"));
        assertNull(json.get(root + ".period.end"));
        assertThat(json.getList(root + ".parties.nodes.slug"), containsInAnyOrder("russia", "north-korea"));
        assertThat(json.getList(root + ".parties.nodes.isoCode"), containsInAnyOrder("RUS", "PRK"));
        assertThat(json.getList(root + ".signatories.nodes.slug"), containsInAnyOrder("vladimir-putin", "kim-jong-un"));
        assertThat(json.getList(root + ".provisions.nodes.topic"), hasItem("MUTUAL_DEFENCE"));
        assertThat(json.getList(root + ".locations.nodes.location.slug"), hasItem("pyongyang"));
        // Cited by the article on the signing and, a year later, by both governments.
        assertThat(json.getList(root + ".citations.nodes.source.slug"),
                hasItems("putin-pyongyang-treaty-2024", ARMS_FROM_KIM_2024, NIS_2025));
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
            assertEquals(ARMS_FROM_KIM_2024, ((Map<?, ?>) citation.get("source")).get("slug"));
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
                hasItems("putin-pyongyang-treaty-2024", ARMS_FROM_KIM_2024));
    }

    @Test
    void shoiguCanBeFoundUnderEverySpellingWithHisPositionsOverTime() {
        JsonPath json = GraphQL.ok("""
                { actorBySlug(slug: "sergei-shoigu") {
                    names { nodes { name language kind } }
                    positions { nodes { title start { label } end { label } } }
                    events(role: VISITOR) { nodes { slug period { start { earliest } } } }
                } }""");
        assertThat(json.getList("data.actorBySlug.names.nodes.name"), hasItems("Sergei Shoigu", "Sergej Shoigu", "Shoigu"));
        // Only the spellings the articles give: no native or transliterated name from outside them.
        assertThat(json.getList("data.actorBySlug.names.nodes.name"), not(hasItem("Сергей Шойгу")));
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

    // ---------------------------------------------------------------------------------
    // Aggregate: each claim counted once, thresholds apart, grouped by claim dimensions

    static final String UK_CASUALTIES = "uk-defence-intelligence-more-than-6000-casualties";
    static final String UMEROV_TROOPS = "umerov-about-11000-elite-troops";

    @Test
    void casualtiesAreCountedOnceThoughTheClaimSupportsThreeRecords() {
        JsonPath json = GraphQL.ok("""
                query($claims: [String!]) {
                  aggregate(groupBy: [], metric: CASUALTIES) {
                    count countWithEstimate claimCount sums { unit records low high unbounded claimCount claims }
                  }
                  citations(filter: { claims: $claims }) { totalCount nodes { claim firmness record { slug } } }
                }""", Map.of("claims", List.of(UK_CASUALTIES)));
        // The UK claim supports the deployment, the UK report and the statement of its estimate.
        assertEquals(3, json.getInt("data.citations.totalCount"));
        assertThat(json.getList("data.citations.nodes.record.slug"), hasItem(TROOPS));
        assertThat(json.getList("data.citations.nodes.firmness"), org.hamcrest.Matchers.everyItem(
                org.hamcrest.Matchers.equalTo("HEDGED")));
        Map<String, Object> sum = json.getMap("data.aggregate[0].sums[0]");
        assertEquals("casualties", sum.get("unit"));
        assertEquals(0, new BigDecimal("6000").compareTo(decimal(sum.get("low"))),
                "more than 6,000, once: not 18,000 for three records");
        assertNull(sum.get("high"));
        assertEquals(1, sum.get("claimCount"));
        assertEquals(List.of(UK_CASUALTIES), sum.get("claims"));
        assertEquals(3, json.getInt("data.aggregate[0].countWithEstimate"));
    }

    /**
     * The aggregate counts and names claims only when asked (it is a third of the statement's
     * cost): the counts and sums must not depend on whether they are asked.
     */
    @Test
    void sumsAndCountsAreTheSameWhetherOrNotClaimsAreSelected() {
        for (String metric : List.of("STRENGTH", "CASUALTIES", "VALUE_USD")) {
            String numbers = "claimant { slug } year count countWithEstimate countWithoutEstimate "
                    + "sums { unit low high records unbounded }";
            JsonPath with = GraphQL.ok("{ aggregate(groupBy: [CLAIMANT, YEAR], metric: " + metric + ") { " + numbers
                    + " claimCount sums { claimCount claims } } }");
            JsonPath without = GraphQL.ok("{ aggregate(groupBy: [CLAIMANT, YEAR], metric: " + metric + ") { "
                    + numbers + " } }");
            List<Map<String, Object>> asked = with.getList("data.aggregate");
            assertThat(metric, asked.size(), org.hamcrest.Matchers.greaterThan(1));
            assertThat(metric + ": some claims counted", asked.stream().mapToInt(g -> (Integer) g.get("claimCount")).sum(),
                    org.hamcrest.Matchers.greaterThan(0));
            for (Map<String, Object> g : asked) {
                g.remove("claimCount");
                for (Object sum : (List<?>) g.get("sums")) {
                    ((Map<?, ?>) sum).remove("claimCount");
                    ((Map<?, ?>) sum).remove("claims");
                }
            }
            assertEquals(asked, without.getList("data.aggregate"), metric);
        }
    }

    @Test
    void troopsPerClaimantAreCountedOnceAndThresholdsAreNotAdded() {
        JsonPath json = GraphQL.ok("""
                { aggregate(groupBy: [CLAIMANT], metric: STRENGTH) {
                    claimant { slug } count claimCount sums { unit low high claimCount claims } } }""");
        List<Map<String, Object>> groups = json.getList("data.aggregate");
        Map<String, Object> umerov = groups.stream().filter(g -> g.get("claimant") != null
                && "rustem-umerov".equals(((Map<?, ?>) g.get("claimant")).get("slug"))).findFirst().orElseThrow();
        assertEquals(2, umerov.get("count"), "Umerov's figure supports the deployment and his statement");
        Map<?, ?> troops = ((List<Map<?, ?>>) umerov.get("sums")).get(0);
        assertEquals("troops", troops.get("unit"));
        assertEquals(0, new BigDecimal("11000").compareTo(decimal(troops.get("low"))), "about 11,000, once");
        assertEquals(0, new BigDecimal("11000").compareTo(decimal(troops.get("high"))));
        assertEquals(List.of(UMEROV_TROOPS), troops.get("claims"));
        // The analysts' 'more than 20,000' is a threshold: in no claimant's sum of troops.
        for (Map<String, Object> g : groups) {
            for (Map<?, ?> s : (List<Map<?, ?>>) g.get("sums")) {
                if ("troops".equals(s.get("unit"))) {
                    assertEquals(0, new BigDecimal("11000").compareTo(decimal(s.get("low"))), "group " + g);
                }
            }
        }
        // Summed on its own when asked for, and only then.
        JsonPath thresholds = GraphQL.ok("""
                { aggregate(groupBy: [], metric: STRENGTH, nature: THRESHOLD) { sums { unit low high } } }""");
        Map<String, Object> t = thresholds.getMap("data.aggregate[0].sums[0]");
        assertEquals("troops", t.get("unit"));
        assertEquals(0, new BigDecimal("20000").compareTo(decimal(t.get("low"))));
        JsonPath all = GraphQL.ok("{ aggregate(groupBy: [], metric: STRENGTH) { sums { unit low high claims } } }");
        Map<String, Object> troopsTotal = find(all.getList("data.aggregate[0].sums"), "unit", "troops");
        assertEquals(0, new BigDecimal("11000").compareTo(decimal(troopsTotal.get("low"))),
                "every troop estimate in the dataset, each claim once: 11,000, not 42,000");
        Map<String, Object> workers = find(all.getList("data.aggregate[0].sums"), "unit", "workers");
        assertEquals(0, new BigDecimal("25000").compareTo(decimal(workers.get("low"))),
                "25,000 workers, once: the claim supports the deployment and The War Zone's report");
    }

    @Test
    void armsValueByClaimantCountrySourceAndClaimDate() {
        JsonPath json = GraphQL.ok("""
                { byCountry: aggregate(groupBy: [CLAIMANT_COUNTRY], metric: VALUE_USD) {
                    claimantCountry { slug } claimCount sums { high claims } }
                  byDate: aggregate(groupBy: [CLAIM_DATE, SOURCE], metric: VALUE_USD) {
                    claimedOn { label precision } source { slug } sums { high claims } } }""");
        List<Map<String, Object>> byCountry = json.getList("data.byCountry");
        Map<String, Object> ukraine = byCountry.stream().filter(g -> g.get("claimantCountry") != null
                && "ukraine".equals(((Map<?, ?>) g.get("claimantCountry")).get("slug"))).findFirst().orElseThrow();
        Map<?, ?> ukraineUsd = ((List<Map<?, ?>>) ukraine.get("sums")).get(0);
        assertEquals(0, new BigDecimal("1700000000").compareTo(decimal(ukraineUsd.get("high"))),
                "Ukrainian military intelligence: up to $1.7 billion, once though two records carry it");
        List<Map<String, Object>> byDate = json.getList("data.byDate");
        Map<String, Object> oct28 = byDate.stream().filter(g -> g.get("claimedOn") != null
                && "2024-10-28".equals(((Map<?, ?>) g.get("claimedOn")).get("label"))).findFirst().orElseThrow();
        assertEquals("DAY", ((Map<?, ?>) oct28.get("claimedOn")).get("precision"));
        assertEquals("naumann-study-north-korea-arms-2024", ((Map<?, ?>) oct28.get("source")).get("slug"));
        Map<?, ?> naumann = ((List<Map<?, ?>>) oct28.get("sums")).get(0);
        assertEquals(0, new BigDecimal("5500000000").compareTo(decimal(naumann.get("high"))));
        assertEquals(List.of("naumann-arms-sales-up-to-5-5-billion"), naumann.get("claims"));
    }

    @Test
    void everySharedNumberIsOneClaimAcrossItsRecords() {
        // Citations that give the same numbers from the same paragraph and claimant share one claim:
        // no claim identity that gives numbers is split over two identities.
        JsonPath json = GraphQL.ok("""
                { citations(first: 100, filter: { sources: ["nis-more-troops-alabuga-workers-2025"] }) {
                    nodes { claim paragraph claimant { slug } record { slug } } } }""");
        List<Map<String, Object>> nodes = json.getList("data.citations.nodes");
        long umerov = nodes.stream().filter(n -> UMEROV_TROOPS.equals(n.get("claim"))).count();
        assertEquals(2, umerov, "Umerov's 11,000 supports the deployment and his statement, as one claim");
    }

    // ---------------------------------------------------------------------------------
    // Hedging is data

    @Test
    void whereTheArticleItselfHedgesTheArticleIsTheClaimant() {
        // 003 paragraph 1: "Pare, inoltre, che l'esercito russo si stia organizzando per lanciare un assalto
        // su larga scala contro Kiev" -- the article's own hedge, not the NIS's assessment.
        // 003 paragraph 3: "Pyongyang sta probabilmente ricevendo consigli tecnici" -- also the article's.
        JsonPath json = GraphQL.ok("""
                { p1: citations(first: 100, filter: { sources: ["nis-more-troops-alabuga-workers-2025"] },
                                record: { slugs: ["russian-assault-on-kyiv-preparations-2025"] }) {
                    nodes { paragraph firmness claimant { slug } } }
                  p3: citations(first: 100, filter: { sources: ["nis-more-troops-alabuga-workers-2025"],
                                                      claimants: ["national-intelligence-service"] }) {
                    nodes { paragraph } }
                  hedged: citations(first: 100, filter: { firmness: [HEDGED] }) { totalCount }
                  relayed: citations(first: 100, filter: { firmness: [REPORTED_SPEECH],
                                                           claimants: ["the-war-zone"] }) { totalCount } }""");
        Map<String, Object> kyiv = json.getMap("data.p1.nodes[0]");
        assertEquals(1, kyiv.get("paragraph"));
        assertEquals("HEDGED", kyiv.get("firmness"));
        assertNull(kyiv.get("claimant"), "the article's own voice hedges: the NIS is not the claimant");
        assertFalse(json.getList("data.p3.nodes.paragraph").contains(3),
                "paragraph 3 names no agency: nothing in it is the NIS's claim");
        assertTrue(json.getInt("data.hedged.totalCount") >= 20, "every hedged sentence is marked");
        // "Il sito The War Zone ha riferito che 25.000 lavoratori ... sarebbero stati inviati"
        assertTrue(json.getInt("data.relayed.totalCount") >= 3, "The War Zone's report is relayed, not vouched for");
    }

    // ---------------------------------------------------------------------------------
    // Every period has a basis; dates no finer than it; distinct actions apart

    @Test
    void everyRecordsPeriodCitesItsBasis() {
        JsonPath json = GraphQL.ok("""
                { records(first: 100) { totalCount nodes { slug period { start { precision } basis { nodes { ordinal source { slug } paragraph } } } } } }""");
        List<Map<String, Object>> nodes = json.getList("data.records.nodes");
        assertEquals(json.getInt("data.records.totalCount"), nodes.size(), "one page holds every record");
        for (Map<String, Object> n : nodes) {
            List<?> basis = (List<?>) ((Map<?, ?>) ((Map<?, ?>) n.get("period")).get("basis")).get("nodes");
            assertFalse(basis.isEmpty(), n.get("slug") + " has a period without a basis");
        }
        Map<String, Object> kharkiv = find(nodes, "slug", "kharkiv-missile-strike-2024-01-02");
        Map<?, ?> basis = (Map<?, ?>) ((List<?>) ((Map<?, ?>) ((Map<?, ?>) kharkiv.get("period")).get("basis"))
                .get("nodes")).get(0);
        assertEquals(ARMS_FROM_KIM_2024, ((Map<?, ?>) basis.get("source")).get("slug"));
        assertEquals(34, basis.get("paragraph"), "'il 2 gennaio' is in paragraph 34");
    }

    @Test
    void noRecordIsDatedToADayTheArticlesDoNotGive() {
        // No article dates the signing, the joint press conference or Russia Day 2023 to the day.
        JsonPath json = GraphQL.ok("""
                { june19: records(first: 100, filter: { period: { within: "2024-06-19" } }) { nodes { slug } }
                  june12: records(first: 100, filter: { period: { within: "2023-06-12" } }) { nodes { slug } } }""");
        List<String> june19 = json.getList("data.june19.nodes.slug");
        assertFalse(june19.contains(TREATY), "the treaty is dated to the week of the visit, not its day");
        assertFalse(june19.contains("putin-kim-joint-press-conference-2024-06"));
        assertTrue(june19.contains("welcome-ceremony-pyongyang-airport-2024-06-19"),
                "002 p5 dates the airport ceremony to 19 June 2024");
        assertEquals(List.of(), json.getList("data.june12.nodes.slug"), "004 says only 'A giugno' for Russia Day");
    }

    @Test
    void denialsAreFoundOnlyInTheMonthsTheArticlesDateThemTo() {
        // Moscow's 2023 and 2024 denials were one record spanning August 2023 to June 2024, so a
        // filter found a denial in January 2024, a month to which no article dates one.
        JsonPath json = GraphQL.ok("""
                { jan: citations(first: 100, filter: { stances: [DENIES] },
                                 record: { kind: [STATEMENT], period: { overlaps: "2024-01" } }) { totalCount }
                  all: citations(first: 100, filter: { stances: [DENIES] }, record: { kind: [STATEMENT] }) {
                    nodes { claimedOn { label } record { slug period { label } } } } }""");
        assertEquals(0, json.getInt("data.jan.totalCount"));
        List<Map<String, Object>> all = json.getList("data.all.nodes");
        assertEquals(4, all.size(), "two denials each by Moscow and Pyongyang, each its own record");
        for (Map<String, Object> c : all) {
            Map<?, ?> record = (Map<?, ?>) c.get("record");
            assertEquals(((Map<?, ?>) c.get("claimedOn")).get("label"), ((Map<?, ?>) record.get("period")).get("label"),
                    "a denial record is dated when the denial was made: " + record.get("slug"));
        }
    }

    // ---------------------------------------------------------------------------------
    // Outside knowledge only as outside knowledge

    @Test
    void outsideKnowledgeIsMarkedAndCanBeLeftOut() {
        JsonPath json = GraphQL.ok("""
                { outside: citations(first: 100, filter: { inArticles: false }) {
                    totalCount nodes { inArticles source { kind url corpusFile } record { slug } } }
                  inside: citations(first: 1, filter: { inArticles: true }) { totalCount }
                  every: citations(first: 1) { totalCount }
                  articlesOnly: records(first: 100, filter: { not: { cited: { inArticles: false } } }) { nodes { slug } }
                  sources(first: 100) { nodes { slug kind publisher } }
                  treaty: agreementBySlug(slug: "%s") { officialName } }""".formatted(TREATY));
        List<Map<String, Object>> outside = json.getList("data.outside.nodes");
        assertFalse(outside.isEmpty());
        for (Map<String, Object> c : outside) {
            assertEquals(false, c.get("inArticles"));
            Map<?, ?> source = (Map<?, ?>) c.get("source");
            assertEquals("REFERENCE", source.get("kind"));
            assertTrue(((String) source.get("url")).startsWith("https://"));
            assertNull(source.get("corpusFile"));
        }
        assertEquals(json.getInt("data.every.totalCount"),
                json.getInt("data.inside.totalCount") + json.getInt("data.outside.totalCount"));
        assertFalse(json.getList("data.articlesOnly.nodes.slug").contains("north-korean-arms-sales-to-russia-since-2022"),
                "the arms-sales record dates its start from outside knowledge");
        // No publisher the articles do not name; no official name none of them gives.
        for (Map<String, Object> s : json.<Map<String, Object>>getList("data.sources.nodes")) {
            if (!"REFERENCE".equals(s.get("kind"))) {
                assertNull(s.get("publisher"), s.get("slug") + ": the article names no publisher");
                assertFalse(((String) s.get("slug")).contains("cnn"), "a slug does not name an unnamed publisher");
            }
        }
        assertNull(json.get("data.treaty.officialName"), "no article gives the treaty's official name");
    }

    @Test
    void theCorrectionsLogIsServedWithTheRelease() {
        // The curated data is loaded once per test run: its release replaced none, so it lists no change.
        // SeedLoadingTest checks what a second release logs, field by field.
        JsonPath json = GraphQL.ok("""
                { datasetRelease { version changes(first: 5) { totalCount nodes { change field } } } }""");
        assertEquals(0, json.getInt("data.datasetRelease.changes.totalCount"));
        JsonPath since = GraphQL.ok("""
                { datasetRelease { changes(since: "ds-000000000000") { totalCount } } }""");
        assertEquals(0, since.getInt("data.datasetRelease.changes.totalCount"));
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

    @Test
    void namesCodesAndCoordinatesSayWhereTheyComeFrom() {
        JsonPath json = GraphQL.ok("""
                {
                  actorBySlug(slug: "north-korea") {
                    isoCode isoCodeSource { kind url }
                    names(first: 100) { nodes { name kind inArticles paragraph source { slug kind } } }
                  }
                  locationBySlug(slug: "pyongyang") {
                    latitude coordinatesSource { kind url }
                    names(first: 100) { nodes { name inArticles paragraph source { slug kind } } }
                  }
                  kremlin: actorBySlug(slug: "kremlin") {
                    names(first: 100) { nodes { name paragraph source { slug } } }
                  }
                }""", Map.of());
        String a = "data.actorBySlug";
        // No article gives a code: it is served as reference knowledge, with the work it comes from.
        assertEquals("PRK", json.getString(a + ".isoCode"));
        assertEquals("REFERENCE", json.getString(a + ".isoCodeSource.kind"));
        assertThat(json.getString(a + ".isoCodeSource.url"), containsString("iso.org"));
        // Names: the canonical English one (no source) and those an article spells, each with its paragraph.
        List<Map<String, Object>> names = json.getList(a + ".names.nodes");
        assertThat(json.getList(a + ".names.nodes.name"), hasItem("Corea del Nord"));
        assertThat(json.getList(a + ".names.nodes.name"), not(hasItem("DPRK")));
        for (Map<String, Object> n : names) {
            if ("CANONICAL".equals(n.get("kind"))) {
                assertNull(n.get("source"), n.toString());
            } else {
                assertNotNull(n.get("paragraph"), n.toString());
                assertEquals("NEWS_ARTICLE", ((Map<?, ?>) n.get("source")).get("kind"), n.toString());
            }
        }
        // The filter: nothing of North Korea's names is outside knowledge; all are in the articles.
        assertEquals(0, GraphQL.ok("""
                { actorBySlug(slug: "north-korea") { names(inArticles: false) { totalCount } } }""")
                .getInt("data.actorBySlug.names.totalCount"));
        assertEquals(names.size(), GraphQL.ok("""
                { actorBySlug(slug: "north-korea") { names(first: 100, inArticles: true) { totalCount } } }""")
                .getInt("data.actorBySlug.names.totalCount"));
        String l = "data.locationBySlug";
        assertEquals("REFERENCE", json.getString(l + ".coordinatesSource.kind"));
        assertThat(json.getString(l + ".coordinatesSource.url"), containsString("geonames"));
        assertThat(json.getList(l + ".names.nodes.name"), not(hasItem("평양")));
        // 003 p1: "... il Cremlino ..." (the Italian name, cited where it is written).
        assertThat(json.getList("data.kremlin.names.nodes.source.slug"), hasItem("nis-more-troops-alabuga-workers-2025"));
    }
}
