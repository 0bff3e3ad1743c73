package org.rudprk.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.rudprk.api.GraphQL;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The limits hold on the operation that runs, whatever hides its shape (LimitsInstrumentation). */
@QuarkusTest
class LimitsTest {

    private static final String PAGES = "actors(first: $n) { nodes { shipments(first: $n) { nodes { "
            + "citations(first: $n) { nodes { summary } } } } } }";

    private static JsonPath refused(String query, Map<String, Object> variables, String code) {
        JsonPath json = GraphQL.post(query, variables).then().extract().jsonPath();
        assertEquals(code, json.getString("errors[0].extensions.code"), json.prettify());
        assertNull(json.get("data"), "nothing ran");
        return json;
    }

    @Test
    void aPageSizeGivenAsAVariableDefaultIsCountedAtItsValue() {
        JsonPath json = refused("query($n: Int = 100) { " + PAGES + " }", Map.of(), "NODE_LIMIT");
        assertEquals(1_010_100, json.getInt("errors[0].extensions.computed"), "100 + 100² + 100³ nodes");
        assertEquals(50_000, json.getInt("errors[0].extensions.allowed"));
        // The same operation with small pages runs.
        GraphQL.ok("query($n: Int = 3) { " + PAGES + " }", Map.of());
    }

    @Test
    void directivesWithVariableDefaultsDoNotHideTheShape() {
        refused("query($x: Boolean = true, $n: Int = 100) { actors(first: $n) @include(if: $x) { nodes { "
                + "shipments(first: $n) @skip(if: false) { nodes { citations(first: $n) { nodes { summary } } } } } } }",
                Map.of(), "NODE_LIMIT");
        String aliases = java.util.stream.IntStream.range(0, 31).mapToObj(i -> "a" + i + ": datasetRelease { version }")
                .reduce("", (a, b) -> a + " " + b);
        refused("query($x: Boolean = true) { ...A @include(if: $x) } fragment A on Query { " + aliases + " }", Map.of(),
                "ALIAS_LIMIT");
        // Skipped parts are not counted: the same aliases behind @include(if: false) run.
        GraphQL.ok("query($x: Boolean = false) { datasetRelease { version } ...A @include(if: $x) } "
                + "fragment A on Query { " + aliases + " }", Map.of());
    }

    @Test
    void oneNestedFieldWithTwoSetsOfArgumentsIsRefusedNotAnsweredWrongly() {
        JsonPath json = refused("{ actors(first: 3) { nodes { a: involvements(first: 1) { nodes { role } } "
                + "b: involvements(first: 5) { nodes { role } } } } }", Map.of(), "ARGUMENT_CONFLICT");
        assertTrue(json.getString("errors[0].message").contains("Actor.involvements"));
        // The same arguments twice are fine.
        GraphQL.ok("{ actors(first: 3) { nodes { a: involvements(first: 2) { nodes { role } } "
                + "b: involvements(first: 2) { totalCount } } } }");
    }
}
