package org.rudprk.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.rudprk.api.GraphQL;

import io.quarkus.test.junit.QuarkusTest;

/**
 * SmallRye GraphQL keeps a document once it has validated (its document cache, fed by a
 * validation hook that the limits' instrumentation calls on its behalf): the same text sent
 * again is neither parsed nor validated again, with other variables too.
 */
@QuarkusTest
class DocumentCacheTest {

    @Test
    void aDocumentIsValidatedOnlyOnItsFirstRequest() {
        // A text no other test sends, so the first request is a miss whatever ran before.
        String query = "query DocumentCacheTest($first: Int) { actors(first: $first) { nodes { slug } } }";
        long before = LimitsInstrumentation.validations();
        GraphQL.ok(query, Map.of("first", 1));
        long first = LimitsInstrumentation.validations();
        org.hamcrest.MatcherAssert.assertThat("the first request validates the document", first - before,
                org.hamcrest.Matchers.greaterThan(0L));
        GraphQL.ok(query, Map.of("first", 2));
        GraphQL.ok(query, Map.of("first", 3));
        assertEquals(first, LimitsInstrumentation.validations(), "later requests take it from the cache");
    }

    /**
     * The HTTP edge does not parse documents: the token limit (3,000) must hold in the parser that
     * runs, graphql-java's. A valid document just over it is refused, one under it answers.
     */
    @Test
    void theTokenLimitHoldsInTheParserThatRuns() {
        // Each "...F" is two tokens; 1,600 make 3,200 tokens in 8,000 characters (under the 20,000 allowed).
        String over = "{ " + "...F ".repeat(1600) + "} fragment F on Query { __typename }";
        io.restassured.path.json.JsonPath refused = GraphQL.post(over, Map.of()).then().extract().jsonPath();
        assertEquals("TOO_MANY_TOKENS", refused.getString("errors[0].extensions.code"));
        org.junit.jupiter.api.Assertions.assertNull(refused.get("data"));
        String under = "{ " + "...F ".repeat(1400) + "} fragment F on Query { __typename }";
        assertEquals("Query", GraphQL.ok(under).getString("data.__typename"));
    }
}
