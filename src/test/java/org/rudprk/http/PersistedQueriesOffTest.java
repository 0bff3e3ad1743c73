package org.rudprk.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * With persisted queries turned off (rudprk.http.persisted-query-bytes=0) a hashed request is
 * answered PersistedQueryNotSupported, which makes Apollo's and urql's links stop hashing.
 */
@QuarkusTest
@TestProfile(ResponseCacheTest.Tuned.class)
class PersistedQueriesOffTest {

    @Test
    void aHashedRequestIsNotSupported() throws Exception {
        String query = "{ datasetRelease { version } }";
        given().contentType("application/json").body(Map.of("query", query, "extensions", Map.of("persistedQuery",
                Map.of("version", 1, "sha256Hash", PersistedQueryTest.sha256(query))))).when().post("/graphql").then()
                .statusCode(200).header("Cache-Control", equalTo("no-store"))
                .body("errors[0].message", equalTo("PersistedQueryNotSupported"))
                .body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_NOT_SUPPORTED"));
        // Without the extension the same query runs.
        given().contentType("application/json").body(Map.of("query", query)).when().post("/graphql").then()
                .statusCode(200).body("data.datasetRelease.version", org.hamcrest.Matchers.startsWith("ds-"));
    }
}
