package org.rudprk.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    @Inject
    SessionFactory sessionFactory;

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

    private long statementsFor(String query, int pageSize) {
        var stats = sessionFactory.getStatistics();
        stats.clear();
        long sql = org.rudprk.common.Sql.statements(); // the data layer's own JDBC statements
        JsonPath json = GraphQL.ok(query, Map.of("first", pageSize));
        assertEquals(pageSize, json.getList("data.records.nodes").size());
        if (query == NESTED) {
            assertEquals(5, new java.util.HashSet<>(json.getList("data.records.nodes.kind")).size(),
                    "precondition: the page holds records of all five kinds");
        }
        return stats.getPrepareStatementCount() + org.rudprk.common.Sql.statements() - sql;
    }
}
