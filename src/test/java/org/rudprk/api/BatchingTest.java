package org.rudprk.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Relations resolve in batches: the SQL statements of a request do not grow with page size. */
@QuarkusTest
class BatchingTest {

    static final String NESTED = """
            query($first: Int!) {
              records(first: $first, orderBy: TITLE_ASC) {
                nodes {
                  slug kind
                  actors { nodes { role actor { slug country { slug } } } }
                  locations { nodes { location { slug } } }
                  citations { nodes { stance claimant { slug } source { slug } estimates { nodes { low high } } } }
                  links { nodes { record { slug } } }
                  ... on Shipment { supplier { slug } recipient { slug } valueUsd { nodes { high } } }
                  ... on Deployment { sender { slug } strength { nodes { low } } }
                  ... on Agreement { parties { nodes { slug } } provisions { nodes { topic } } }
                  ... on Statement { speaker { slug } }
                }
              }
            }""";

    static final String STATEMENTS = """
            query($first: Int!) {
              records: statements(first: $first) {
                nodes {
                  slug speaker { slug names { nodes { name } } }
                  actors { nodes { role actor { slug } } }
                  citations { nodes { stance claimant { slug country { slug } } source { slug } estimates { nodes { low } } } }
                }
              }
            }""";

    /** An actor's lists of each kind (RecordKindApi's Actor.shipments...), loaded per field for the page. */
    static final String ACTORS = """
            query($first: Int!) {
              records: actors(first: $first) {
                nodes {
                  slug
                  shipments(role: SUPPLIER) { totalCount nodes { slug actors { nodes { role actor { slug } } } } }
                  deployments { nodes { slug } }
                  events(first: 2) { totalCount nodes { slug } }
                  statements { nodes { slug actors { nodes { role actor { slug } } } } }
                }
              }
            }""";

    @Inject
    SessionFactory sessionFactory;

    @Test
    void anActorsRecordsOfEachKindAreOneStatementPerKindForThePage() {
        long five = statementsFor(ACTORS, 5);
        long forty = statementsFor(ACTORS, 40);
        assertTrue(forty <= 12, "one statement per kind list, count and nested relation, found " + forty);
        assertTrue(forty - five <= 3, "eight times the actors must not add statements per actor: " + five
                + " for 5, " + forty + " for 40");
        // Each list holds the actor's own records of its kind, in the role asked (a statement's speaker).
        List<Map<String, Object>> actors = GraphQL.ok(ACTORS, Map.of("first", 40)).getList("data.records.nodes");
        int supplied = 0;
        int said = 0;
        for (Map<String, Object> actor : actors) {
            Object slug = actor.get("slug");
            for (String list : List.of("shipments", "statements")) {
                String role = list.equals("shipments") ? "SUPPLIER" : "SPEAKER";
                List<Map<String, Object>> records = nodes(actor.get(list));
                for (Map<String, Object> record : records) {
                    assertTrue(nodes(record.get("actors")).stream().anyMatch(i -> role.equals(i.get("role"))
                            && slug.equals(((Map<?, ?>) i.get("actor")).get("slug"))), slug + "'s " + list
                                    + " holds " + record.get("slug") + ", where it is no " + role);
                }
                supplied += list.equals("shipments") ? records.size() : 0;
                said += list.equals("statements") ? records.size() : 0;
            }
            Map<?, ?> events = (Map<?, ?>) actor.get("events");
            assertTrue(nodes(events).size() <= 2 && nodes(events).size() <= (Integer) events.get("totalCount"));
            assertEquals(nodes(actor.get("shipments")).size(), ((Map<?, ?>) actor.get("shipments")).get("totalCount"),
                    "every curated actor supplies fewer than 20 shipments, so the page is the whole list");
        }
        assertTrue(supplied > 0 && said > 0, "precondition: the page has suppliers and speakers");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> nodes(Object connection) {
        return (List<Map<String, Object>>) ((Map<?, ?>) connection).get("nodes");
    }

    @Test
    void statementCountDoesNotGrowWithPageSizeForOneKind() {
        long small = statementsFor(STATEMENTS, 2);
        long large = statementsFor(STATEMENTS, 40);
        assertEquals(small, large, "a page of 40 must cost the same number of SQL statements as a page of 2");
        assertTrue(large <= 12, "one statement per relation and level, found " + large);
    }

    @Test
    void mixedKindsCostAtMostOneStatementPerKindAndRelation() {
        // Batches are per GraphQL type: a page holding all five kinds costs at most one
        // statement per kind and relation (fewer when a batch has nothing to fetch),
        // however many rows it holds. Per-row loading would cost several hundred here.
        long forty = statementsFor(NESTED, 40);
        long eighty = statementsFor(NESTED, 80);
        assertTrue(eighty <= 60, "bounded by kinds times relations, found " + eighty);
        assertTrue(Math.abs(eighty - forty) <= 5, "doubling the page must not add statements per row: "
                + forty + " for 40 rows, " + eighty + " for 80");
    }

    @Test
    void aPageOfShipmentsWithBothPartiesIsOneStatement() {
        // The supplier and recipient are read with the shipments themselves (as are a
        // deployment's sender and host and a statement's speaker), not by batch loaders.
        String query = """
                query($first: Int!) {
                  records: shipments(first: $first, orderBy: DATE_DESC) {
                    nodes { slug supplier { slug name } recipient { slug name } }
                  }
                }""";
        assertEquals(1, statementsFor(query, 10));
        JsonPath json = GraphQL.ok(query, Map.of("first", 10));
        assertTrue(json.getList("data.records.nodes.supplier.slug").stream().allMatch(java.util.Objects::nonNull),
                "every curated shipment has a supplier");
    }

    @Test
    void anAggregateOverOneActorsRecordsIsOneStatement() {
        // The actor's slug is compared inside the aggregate's statement, not turned into its key by
        // a statement of its own first: (d) of the benchmark is one round trip for its SQL.
        String query = """
                query($actor: String!) {
                  aggregate(groupBy: [YEAR, CATEGORY], metric: VALUE_USD,
                            filter: { kind: [SHIPMENT], involves: { actors: [$actor], roles: [SUPPLIER] } }) {
                    year category count sums { unit low high }
                  }
                }""";
        JsonPath[] answer = new JsonPath[1];
        long statements = fieldStatements(() -> answer[0] = GraphQL.ok(query, Map.of("actor", "russia")));
        JsonPath json = answer[0];
        int counted = json.getList("data.aggregate.count", Integer.class).stream().mapToInt(Integer::intValue).sum();
        assertTrue(counted > 0, "precondition: Russia supplies curated shipments");
        assertEquals(1, statements, "one statement for the aggregate, the actor's slug compared in it");
        // The same slug turned into nothing still teaches: an unknown actor is refused before any SQL.
        JsonPath unknown = GraphQL.post(query, Map.of("actor", "rusia")).jsonPath();
        assertEquals("UNKNOWN_SLUG", unknown.getString("errors[0].extensions.code"));
    }

    private long statementsFor(String query, int pageSize) {
        JsonPath[] answer = new JsonPath[1];
        long statements = fieldStatements(() -> answer[0] = GraphQL.ok(query, Map.of("first", pageSize)));
        JsonPath json = answer[0];
        assertEquals(pageSize, json.getList("data.records.nodes").size());
        if (query == NESTED) {
            assertEquals(org.rudprk.record.RecordKind.values().length,
                    new java.util.HashSet<>(json.getList("data.records.nodes.kind")).size(),
                    "precondition: the page holds records of every kind");
        }
        return statements;
    }

    private long fieldStatements(Runnable request) {
        return org.rudprk.FieldStatements.of(sessionFactory, request);
    }
}
