package org.rudprk.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;
import org.rudprk.api.GraphQL;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * nodes(ids: [ID!]!) answers per ID, in the order asked, with one SQL statement per type; and
 * every root field is nullable, so an error in one never wipes out its siblings.
 */
@QuarkusTest
class NodesTest {

    static final String NODES = "query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }";

    @Inject
    SessionFactory sessionFactory;

    static List<String> ids(String collection, int n) {
        return GraphQL.ok("{ c: " + collection + "(first: " + n + ") { nodes { id } } }").getList("data.c.nodes.id");
    }

    /** n IDs of each type: sources, actors, places, two record kinds and citations, interleaved. */
    static List<String> mixed(int n) {
        List<List<String>> lists = List.of(ids("sources", n), ids("actors", n), ids("locations", n),
                ids("shipments", n), ids("events", n), ids("citations", n));
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (List<String> l : lists) {
                out.add(l.get(i));
            }
        }
        return out;
    }

    @Test
    void everyIdIsAnsweredInTheOrderAsked() {
        List<String> ids = mixed(3);
        JsonPath json = GraphQL.ok(NODES, Map.of("ids", ids));
        assertEquals(ids, json.getList("data.nodes.id"));
        assertEquals(List.of("Source", "Actor", "Location", "Shipment", "Event", "Citation"),
                json.getList("data.nodes.__typename").subList(0, 6));
    }

    @Test
    void aMalformedIdIsNullAtItsPositionWithAnErrorAndTheOthersAreAnswered() {
        List<String> good = ids("actors", 2);
        List<String> ids = List.of(good.get(0), "not-an-id", good.get(1), "QWN0b3I6bm8tc3VjaC1hY3Rvcg");
        JsonPath json = GraphQL.post(NODES, Map.of("ids", ids)).then().statusCode(200).extract().jsonPath();
        List<Object> answered = json.<Map<String, Object>>getList("data.nodes").stream()
                .map(n -> n == null ? null : n.get("id")).collect(java.util.stream.Collectors.toList());
        assertEquals(java.util.Arrays.asList(good.get(0), null, good.get(1), null), answered);
        assertEquals(1, json.getList("errors").size(), "an unknown but well-formed ID is just null");
        assertEquals(List.of("nodes", 1), json.getList("errors[0].path"));
        assertEquals("INVALID_ID", json.getString("errors[0].extensions.code"));
        // An ID argument may be given as a literal too, and aliases show in the path.
        JsonPath literal = GraphQL.post("{ n: nodes(ids: [\"x\", \"" + good.get(0) + "\"]) { id } }", Map.of()).then()
                .extract().jsonPath();
        assertEquals(List.of("n", 0), literal.getList("errors[0].path"));
        assertEquals(good.get(0), literal.getString("data.n[1].id"));
    }

    @Test
    void oneStatementPerTypeWhateverTheNumberOfIds() {
        long actorsOnly = statements(ids("actors", 10));
        assertEquals(1, actorsOnly, "ten actors are one SQL statement");
        long few = statements(mixed(1));
        long many = statements(mixed(5));
        assertEquals(few, many, "five IDs of each type cost what one of each does");
        // sources, actors, places, records (all kinds), citation keys and citations
        assertEquals(6, many);
    }

    private long statements(List<String> ids) {
        return org.rudprk.FieldStatements.of(sessionFactory,
                () -> assertEquals(ids, GraphQL.ok(NODES, Map.of("ids", ids)).getList("data.nodes.id")));
    }

    @Test
    void everyRootFieldIsNullableSoAnErrorSparesItsSiblings() {
        JsonPath schema = GraphQL.ok("{ __type(name: \"Query\") { fields { name type { kind } } } }");
        for (Map<String, Object> field : schema.<Map<String, Object>>getList("data.__type.fields")) {
            assertNotEquals("NON_NULL", ((Map<?, ?>) field.get("type")).get("kind"), field.get("name") + " is non-null");
        }
        JsonPath json = GraphQL.post("{ search(text: \"" + "x".repeat(300) + "\") { totalCount } "
                + "datasetRelease { version } }", Map.of()).then().extract().jsonPath();
        assertNull(json.get("data.search"));
        assertEquals("INVALID_ARGUMENT", json.getString("errors[0].extensions.code"));
        assertNotEquals(null, json.getString("data.datasetRelease.version"));
    }
}
