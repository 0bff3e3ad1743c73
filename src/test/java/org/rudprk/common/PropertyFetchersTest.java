package org.rudprk.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ServiceLoader;

import org.junit.jupiter.api.Test;
import org.rudprk.api.GraphQL;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.smallrye.graphql.spi.DataFetcherService;

/** Plain property fields are read by {@link PropertyFetchers}, and read the same as before. */
@QuarkusTest
class PropertyFetchersTest {

    @Test
    void isRegisteredWithSmallRyeGraphQL() {
        assertTrue(ServiceLoader.load(DataFetcherService.class).stream()
                .anyMatch(p -> p.type() == PropertyFetchers.class));
    }

    @Test
    void readsGettersRecordComponentsAndTransformedValues() {
        JsonPath json = GraphQL.ok("""
                { shipments(first: 1, orderBy: DATE_ASC) {
                    nodes { id slug title kind category period { label earliest start { precision } } } }
                  datasetRelease { version loadedAt recordCount } }""");
        assertEquals("SHIPMENT", json.getString("data.shipments.nodes[0].kind"));
        assertTrue(json.getString("data.shipments.nodes[0].period.earliest").matches("\\d{4}-\\d{2}-\\d{2}"));
        assertTrue(json.getString("data.datasetRelease.loadedAt").matches("\\d{4}-\\d{2}-\\d{2}T.*"));
        assertTrue(json.getString("data.datasetRelease.version").startsWith("ds-"));
    }
}
