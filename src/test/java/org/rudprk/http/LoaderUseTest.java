package org.rudprk.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.rudprk.api.GraphQL;

import io.restassured.path.json.JsonPath;
import io.quarkus.test.junit.QuarkusTest;

/**
 * An operation that reaches no field resolved through a data loader runs without SmallRye's
 * registry (no per-level dispatch); one that may reach one keeps it, and its batched fields load.
 */
@QuarkusTest
class LoaderUseTest {

    /** Benchmark query (a)'s shape: a page of shipments with their parties, all from the page's SQL. */
    private static final String PAGE = """
            { shipments(first: 5, orderBy: DATE_DESC) { pageInfo { hasNextPage endCursor }
                nodes { slug title status category period { earliest latest start { precision } }
                        supplier { slug name } recipient { slug name } } } }""";

    @Test
    void aPageOfPropertiesAndResolversRunsWithoutLoaders() {
        long before = LimitsInstrumentation.loaderFreeExecutions();
        JsonPath page = GraphQL.ok(PAGE);
        assertEquals(before + 1, LimitsInstrumentation.loaderFreeExecutions(), "the page ran without loaders");
        assertEquals(5, page.getList("data.shipments.nodes").size());
        assertTrue(page.getList("data.shipments.nodes.supplier.slug").stream().anyMatch(s -> s != null),
                "suppliers resolved: " + page.getList("data.shipments.nodes.supplier.slug"));

        // The same fields through a fragment on the interface, and an aggregate: still no loader.
        GraphQL.ok("""
                { records(first: 3) { nodes { ...R } } aggregate(groupBy: [YEAR]) { year count } }
                fragment R on Record { slug title ... on Shipment { category } }""");
        assertEquals(before + 2, LimitsInstrumentation.loaderFreeExecutions());
    }

    @Test
    void batchedFieldsKeepTheirLoaders() {
        // A SmallRye batched field (@Source List), and one of the per-kind fields loaded through the
        // registry (Actor.shipments), each reached directly, through an inline fragment and a named one.
        List<String> operations = List.of(
                "{ records(first: 3) { nodes { slug citations { nodes { stance } } } } }",
                "{ records(first: 3) { nodes { slug ... on Shipment { valueUsd { nodes { high } } } } } }",
                "{ actors(first: 3) { nodes { slug ...A } } } fragment A on Actor { shipments(first: 2) { nodes { slug } } }");
        for (String operation : operations) {
            long before = LimitsInstrumentation.loaderFreeExecutions();
            JsonPath answer = GraphQL.ok(operation);
            assertEquals(before, LimitsInstrumentation.loaderFreeExecutions(), "kept its loaders: " + operation);
            assertTrue(answer.getMap("data").values().stream().allMatch(v -> v instanceof Map<?, ?>), operation);
        }
        JsonPath cited = GraphQL.ok(operations.get(0));
        assertTrue(cited.getList("data.records.nodes.citations.nodes").stream()
                .allMatch(n -> n instanceof List<?> l && !l.isEmpty()), "every record's citations were loaded");
    }
}
