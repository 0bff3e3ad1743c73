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
}
