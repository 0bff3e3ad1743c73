package org.rudprk.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.rudprk.api.GraphQL;

import io.quarkus.test.junit.QuarkusTest;

/**
 * No request leaves SmallRye's per-resolver context set on its worker thread. Its own fetcher
 * leaves it set after each call; kept across requests on pooled threads, the contexts and the
 * DataLoaders they reach piled up in the heap (the benchmark's queries (c) then (a) at 1M: 140 MiB
 * live after a minute, p99 three times as long). The handler counts every request that ends with
 * one still set; with PropertyFetchers.Resolver clearing it after each call, the count stays put.
 */
@QuarkusTest
class ResolverContextTest {

    @Test
    void noRequestEndsWithAResolverContextStillSet() {
        List<String> operations = List.of(
                // plain resolvers only (benchmark (a)'s shape), run without loaders
                "{ shipments(first: 5, orderBy: DATE_DESC) { nodes { slug supplier { slug } recipient { slug } } } }",
                // a look-up, then batched resolvers two levels down (benchmark (c)'s shape)
                "{ actorBySlug(slug: \"north-korea\") { slug shipments(first: 3) { nodes { slug citations { nodes { stance } } } } } }",
                // an aggregate (benchmark (d)'s shape)
                "{ aggregate(groupBy: [YEAR], filter: {involves: {actors: [\"russia\"]}}) { year count } }",
                // a field that fails: its error path too
                "{ shipment(id: \"not-an-id\") { slug } }");
        long before = GraphQLHttpHandler.contextsLeftSet();
        for (int round = 0; round < 3; round++) {
            for (String operation : operations) {
                GraphQL.post(operation, java.util.Map.of()).then().statusCode(200);
            }
        }
        assertEquals(before, GraphQLHttpHandler.contextsLeftSet(),
                "requests ended with SmallRye's resolver context still set on their thread");
    }
}
