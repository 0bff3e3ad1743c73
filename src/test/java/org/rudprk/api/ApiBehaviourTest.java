package org.rudprk.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.rudprk.record.RecordKind;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Look-ups, global IDs, paging and refusals, the same for every type. */
@QuarkusTest
class ApiBehaviourTest {

    /** Every top-level list: the entities', all records, and each record kind's. */
    static List<String> lists() {
        List<String> lists = new ArrayList<>(List.of("sources", "actors", "locations", "records"));
        RecordKind.descriptions().forEach(k -> lists.add(k.listName()));
        return lists;
    }

    @ParameterizedTest
    @MethodSource("lists")
    void everyListPagesThroughAllItemsOnceWithCursors(String list) {
        List<String> slugs = new ArrayList<>();
        String after = null;
        int total;
        do {
            JsonPath json = GraphQL.ok("""
                    query($after: String) {
                      list: %s(first: 7, after: $after) {
                        totalCount
                        pageInfo { hasNextPage hasPreviousPage endCursor startCursor }
                        edges { cursor node { id slug } }
                      }
                    }""".formatted(list), after == null ? Map.of() : Map.of("after", after));
            total = json.getInt("data.list.totalCount");
            List<String> page = json.getList("data.list.edges.node.slug");
            assertTrue(page.size() <= 7);
            slugs.addAll(page);
            assertEquals(after != null, json.getBoolean("data.list.pageInfo.hasPreviousPage"));
            if (!page.isEmpty()) {
                assertEquals(json.getString("data.list.edges[-1].cursor"), json.getString("data.list.pageInfo.endCursor"));
            }
            after = json.getBoolean("data.list.pageInfo.hasNextPage") ? json.getString("data.list.pageInfo.endCursor")
                    : null;
        } while (after != null);
        assertEquals(total, slugs.size(), list + ": every item once");
        assertEquals(total, new HashSet<>(slugs).size(), list + ": no item twice");
        assertTrue(total > 0, list + " is not empty");
    }

    @Test
    void lookUpBySlugAndByIdGiveTheSameObject() {
        JsonPath bySlug = GraphQL.ok("""
                { s: shipmentBySlug(slug: "north-korean-munitions-to-russia-2023-2024") { id title }
                  a: actorBySlug(slug: "kim-jong-un") { id name }
                  l: locationBySlug(slug: "pyongyang") { id name }
                  src: sourceBySlug(slug: "putin-seeks-arms-from-kim-2024") { id title } }""");
        JsonPath byId = GraphQL.ok("""
                query($s: ID!, $a: ID!, $l: ID!, $src: ID!, $all: [ID!]!) {
                  s: shipment(id: $s) { title } a: actor(id: $a) { name } l: location(id: $l) { name }
                  src: source(id: $src) { title }
                  nodes(ids: $all) { id __typename }
                }""", Map.of("s", bySlug.getString("data.s.id"), "a", bySlug.getString("data.a.id"),
                "l", bySlug.getString("data.l.id"), "src", bySlug.getString("data.src.id"),
                "all", List.of(bySlug.getString("data.s.id"), bySlug.getString("data.a.id"),
                        bySlug.getString("data.l.id"), bySlug.getString("data.src.id"))));
        assertEquals(bySlug.getString("data.s.title"), byId.getString("data.s.title"));
        assertEquals("Kim Jong Un", byId.getString("data.a.name"));
        assertEquals(bySlug.getString("data.l.name"), byId.getString("data.l.name"));
        assertEquals(bySlug.getString("data.src.title"), byId.getString("data.src.title"));
        assertEquals(List.of("Shipment", "Actor", "Location", "Source"), byId.getList("data.nodes.__typename"));
    }

    /**
     * actor(id), location(id) and source(id) and their BySlug fields come from one table
     * (LookupFields): each answers its own type only, a well-formed ID of nothing is null, an
     * unknown slug is refused with the nearest slugs of the right kind, and node(id) answers as
     * the BySlug field does.
     */
    @Test
    void lookUpsOfActorsPlacesAndSourcesAnswerAlike() {
        String place = org.rudprk.common.GlobalId.of("Location", "pyongyang");
        GraphQL.post("query($id: ID!) { actor(id: $id) { name } }", Map.of("id", place)).then().statusCode(200)
                .body("data.actor", org.hamcrest.Matchers.nullValue())
                .body("errors[0].extensions.code", org.hamcrest.Matchers.equalTo("INVALID_ID"))
                .body("errors[0].path", org.hamcrest.Matchers.equalTo(List.of("actor")));
        JsonPath none = GraphQL.ok("query($a: ID!, $l: ID!, $s: ID!) { actor(id: $a) { name } "
                + "location(id: $l) { name } source(id: $s) { title } }", Map.of(
                        "a", org.rudprk.common.GlobalId.of("Actor", "nobody-at-all"),
                        "l", org.rudprk.common.GlobalId.of("Location", "nowhere-at-all"),
                        "s", org.rudprk.common.GlobalId.of("Source", "no-source-at-all")));
        assertEquals(java.util.Set.of("actor", "location", "source"), none.getMap("data").keySet());
        org.junit.jupiter.api.Assertions.assertNull(none.get("data.actor"), "actor(id) of a slug that names nothing");
        org.junit.jupiter.api.Assertions.assertNull(none.get("data.location"), "location(id) of a slug that names nothing");
        org.junit.jupiter.api.Assertions.assertNull(none.get("data.source"), "source(id) of a slug that names nothing");
        GraphQL.post("{ locationBySlug(slug: \"pyongyan\") { name } }", Map.of()).then().statusCode(200)
                .body("errors[0].extensions.code", org.hamcrest.Matchers.equalTo("UNKNOWN_SLUG"))
                .body("errors[0].message", containsString("pyongyang"));
        GraphQL.post("query($id: ID!) { node(id: $id) { id } }",
                Map.of("id", org.rudprk.common.GlobalId.of("Actor", "kim-jong-um"))).then().statusCode(200)
                .body("data.node", org.hamcrest.Matchers.nullValue())
                .body("errors[0].extensions.code", org.hamcrest.Matchers.equalTo("UNKNOWN_SLUG"))
                .body("errors[0].message", containsString("kim-jong-un"));
    }

    @Test
    void citationsAreNodesToo() {
        JsonPath json = GraphQL.ok("""
                { shipmentBySlug(slug: "north-korean-munitions-to-russia-2023-2024") { citations { nodes { id summary } } } }""");
        String id = json.getString("data.shipmentBySlug.citations.nodes[0].id");
        JsonPath node = GraphQL.ok("query($id: ID!) { node(id: $id) { ... on Citation { summary record { slug } } } }",
                Map.of("id", id));
        assertEquals(json.getString("data.shipmentBySlug.citations.nodes[0].summary"), node.getString("data.node.summary"));
        assertEquals("north-korean-munitions-to-russia-2023-2024", node.getString("data.node.record.slug"));
    }

    @Test
    void unknownSlugIsACodedErrorNotASilentNull() {
        GraphQL.post("{ actorBySlug(slug: \"nobody\") { id } }", Map.of()).then().statusCode(200)
                .body("data.actorBySlug", org.hamcrest.Matchers.nullValue())
                .body("errors[0].extensions.code", org.hamcrest.Matchers.equalTo("UNKNOWN_SLUG"))
                .body("errors[0].message", containsString("'nobody'"));
    }

    @Test
    void relationsWorkInBothDirections() {
        JsonPath json = GraphQL.ok("""
                { actorBySlug(slug: "north-korea") {
                    supplied: shipments(role: SUPPLIER) { nodes { slug supplier { slug } } }
                    sent: deployments(role: SENDER) { nodes { slug } }
                    involvements(kind: AGREEMENT) { nodes { role record { slug } } }
                    members { nodes { slug } }
                  }
                  sourceBySlug(slug: "nis-more-troops-alabuga-workers-2025") { citations(first: 100) { nodes { paragraph record { slug } } } } }""");
        List<String> suppliers = json.getList("data.actorBySlug.supplied.nodes.supplier.slug");
        assertTrue(!suppliers.isEmpty() && suppliers.stream().allMatch("north-korea"::equals));
        assertTrue(json.getList("data.actorBySlug.sent.nodes.slug").contains("north-korean-troops-in-russia-kursk"));
        assertTrue(json.getList("data.actorBySlug.involvements.nodes.record.slug")
                .contains("russia-north-korea-comprehensive-strategic-partnership-treaty-2024"));
        assertTrue(json.getList("data.sourceBySlug.citations.nodes.record.slug").contains("north-korean-workers-alabuga-drones"));
    }

    @Test
    void datasetReleaseNamesTheLoadedVersion() {
        JsonPath json = GraphQL.ok("{ datasetRelease { version recordCount sourceCount } records { totalCount } "
                + "sources { totalCount } }");
        assertTrue(json.getString("data.datasetRelease.version").matches("ds-[0-9a-f]{12}"));
        assertEquals(json.getInt("data.records.totalCount"), json.getInt("data.datasetRelease.recordCount"));
        // The five articles and three reference works cited for outside knowledge (the invasion's start,
        // ISO 3166-1 codes, GeoNames coordinates).
        assertEquals(json.getInt("data.sources.totalCount"), json.getInt("data.datasetRelease.sourceCount"));
        assertEquals(8, json.getInt("data.datasetRelease.sourceCount"));
        assertEquals(3, GraphQL.ok("{ sources(filter: { kind: [REFERENCE] }) { totalCount } }")
                .getInt("data.sources.totalCount"));
    }

    @Test
    void refusalsSayWhatWasWrongWithAStableCode() {
        assertRefused("{ shipments(first: 101) { totalCount } }", Map.of(), "INVALID_ARGUMENT", "between 0 and 100");
        assertRefused("{ actors(first: -1) { totalCount } }", Map.of(), "INVALID_ARGUMENT", "between 0 and 100");
        assertRefused("{ events(after: \"not-a-cursor\") { totalCount } }", Map.of(), "INVALID_CURSOR",
                "not a cursor of this list");
        assertRefused("{ shipment(id: \"???\") { slug } }", Map.of(), "INVALID_ID", "not an ID issued by this API");
        String actorId = GraphQL.ok("{ actorBySlug(slug: \"russia\") { id } }").getString("data.actorBySlug.id");
        assertRefused("query($id: ID!) { shipment(id: $id) { slug } }", Map.of("id", actorId), "INVALID_ID",
                "belongs to a Actor object");
        // A cursor from one ordering is refused by another rather than silently misread.
        String cursor = GraphQL.ok("{ records(first: 1) { pageInfo { endCursor } } }")
                .getString("data.records.pageInfo.endCursor");
        assertRefused("query($c: String) { records(after: $c, orderBy: TITLE_ASC) { totalCount } }", Map.of("c", cursor),
                "INVALID_CURSOR", "TITLE_ASC");
    }

    @Test
    void malformedQueryIsAValidationErrorNamingTheField() {
        GraphQL.post("{ shipments { nodes { noSuchField } } }", Map.of()).then().statusCode(200)
                .body("errors[0].message", containsString("noSuchField"))
                .body("errors[0].extensions.classification", org.hamcrest.Matchers.equalTo("ValidationError"));
    }

    @Test
    void graphQlIdeAndSchemaAreServed() {
        given().when().get("/q/graphql-ui/").then().statusCode(200).body(containsString("GraphiQL"));
        given().when().get("/graphql/schema.graphql").then().statusCode(200)
                .body(containsString("type Shipment implements Node & Record"));
    }

    @Test
    void descendingDateOrderIsTheReverseOfAscending() {
        List<String> asc = GraphQL.ok("{ events(first: 100) { nodes { slug } } }").getList("data.events.nodes.slug");
        List<String> desc = GraphQL.ok("{ events(first: 100, orderBy: DATE_DESC) { nodes { slug } } }")
                .getList("data.events.nodes.slug");
        List<String> reversed = new ArrayList<>(asc);
        java.util.Collections.reverse(reversed);
        assertEquals(reversed, desc);
        assertNotEquals(asc, desc);
    }

    @Test
    void aKindsListsRefuseArgumentsAsTheJavaDeclaredListsDo() {
        // Actor.shipments/events and Shipment.valueUsd are added per kind by RecordKindApi with loaders of
        // their own; Actor.involvements and Record.estimates are SmallRye's resolvers. Both refuse alike.
        String[][] pairs = {
                { "actorBySlug(slug: \"kim-jong-un\") { involvements(first: 101) { totalCount } }",
                        "actorBySlug(slug: \"kim-jong-un\") { shipments(first: 101) { totalCount } }" },
                { "actorBySlug(slug: \"kim-jong-un\") { involvements(after: \"bm90LWEtY3Vyc29y\") { totalCount } }",
                        "actorBySlug(slug: \"kim-jong-un\") { events(after: \"bm90LWEtY3Vyc29y\") { totalCount } }" },
                { "shipments(first: 1) { nodes { estimates(first: -1) { totalCount } } }",
                        "shipments(first: 1) { nodes { valueUsd(first: -1) { totalCount } } }" } };
        for (String[] pair : pairs) {
            JsonPath declared = GraphQL.post("{ " + pair[0] + " }", Map.of()).then().statusCode(200).extract()
                    .jsonPath();
            JsonPath added = GraphQL.post("{ " + pair[1] + " }", Map.of()).then().statusCode(200).extract()
                    .jsonPath();
            assertEquals(1, added.getList("errors").size(), pair[1]);
            assertEquals(declared.getString("errors[0].extensions.code"), added.getString("errors[0].extensions.code"),
                    pair[1]);
            // A cursor's message names the list's own order (ACTOR_INVOLVEMENTS, ACTOR_RECORDS_DATE_ASC).
            assertEquals(declared.getString("errors[0].message").replaceAll("in [A-Z_]+ order", "in its order"),
                    added.getString("errors[0].message").replaceAll("in [A-Z_]+ order", "in its order"), pair[1]);
        }
    }

    private static void assertRefused(String query, Map<String, Object> variables, String code, String message) {
        GraphQL.post(query, variables).then().statusCode(200)
                .body("errors[0].extensions.code", org.hamcrest.Matchers.equalTo(code))
                .body("errors[0].message", containsString(message));
    }
}
