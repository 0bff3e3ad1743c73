package org.rudprk.http;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import jakarta.inject.Inject;

import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * With the response cache on (its default outside tests), a repeated query costs no SQL: the
 * answer is kept by dataset release, document, operation name and variables.
 */
@QuarkusTest
@TestProfile(ResponseCacheTest.Tuned.class)
class ResponseCacheTest {

    /** The response cache on (as outside tests), persisted queries off (for PersistedQueriesOffTest). */
    public static class Tuned implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("rudprk.http.response-cache-bytes", "67108864", "rudprk.http.persisted-query-bytes", "0");
        }
    }

    static final String QUERY = """
            query Page($first: Int!) {
              shipments(first: $first, orderBy: DATE_DESC) {
                nodes { slug title supplier { name } citations { nodes { source { title } } } }
              }
            }""";

    @Inject
    SessionFactory sessionFactory;

    private long statements(Runnable request) {
        var stats = sessionFactory.getStatistics();
        stats.clear();
        request.run();
        return stats.getPrepareStatementCount();
    }

    private String post(int first) {
        return given().contentType("application/json").body(Map.of("query", QUERY, "variables", Map.of("first", first)))
                .when().post("/graphql").then().statusCode(200).extract().asString();
    }

    @Test
    void aRepeatedQueryCostsNoSql() {
        String[] first = new String[1];
        long cold = statements(() -> first[0] = post(7));
        assertTrue(cold > 0, "the first run reads the database");
        String[] again = new String[1];
        assertEquals(0, statements(() -> again[0] = post(7)), "the same document and variables again: no SQL");
        assertEquals(first[0], again[0]);
        // Over GET, with the same variables, the kept answer serves too.
        assertEquals(0, statements(() -> given().accept("application/json").queryParam("query", QUERY)
                .queryParam("variables", "{\"first\":7}").when().get("/graphql").then().statusCode(200)));
        // Other variables are another answer.
        assertTrue(statements(() -> post(8)) > 0, "other variables run again");
    }

    @Test
    void errorsAreNotKept() {
        String bad = "{ node(id: \"not-an-id\") { id } datasetRelease { version } }";
        long first = statements(() -> given().contentType("application/json").body(Map.of("query", bad)).when()
                .post("/graphql").then().statusCode(200));
        long second = statements(() -> given().contentType("application/json").body(Map.of("query", bad)).when()
                .post("/graphql").then().statusCode(200));
        assertTrue(first > 0 && second > 0, "an answer with errors runs every time: " + first + ", " + second);
    }

    /**
     * A release loaded while the service runs (simulated, as DatasetVersionRefreshTest does, by
     * changing the release row as the owner): the kept answer of the old release is not served,
     * the ETag changes, the old tag no longer gets 304, and a pin on the old release is refused.
     */
    @Test
    void aNewReleaseGetsItsOwnAnswersAndETags() throws Exception {
        String query = "{ datasetRelease { version } }";
        var first = given().accept("application/json").queryParam("query", query).when().get("/graphql");
        String before = first.jsonPath().getString("data.datasetRelease.version");
        String etag = first.header("ETag");
        given().accept("application/json").queryParam("query", query).when().get("/graphql").then()
                .header("ETag", org.hamcrest.Matchers.equalTo(etag));
        String next = "ds-0000" + Long.toHexString(System.nanoTime() & 0xffffffL);
        try {
            setVersion(next);
            awaitVersion(next);
            long[] sql = new long[1];
            String[] body = new String[1];
            String[] tag = new String[1];
            sql[0] = statements(() -> {
                var r = given().accept("application/json").header("If-None-Match", etag).queryParam("query", query)
                        .when().get("/graphql");
                r.then().statusCode(200);
                body[0] = r.jsonPath().getString("data.datasetRelease.version");
                tag[0] = r.header("ETag");
            });
            assertEquals(next, body[0], "the answer kept for the old release is not served");
            assertTrue(sql[0] > 0, "the new release is read from the database");
            assertTrue(tag[0].startsWith("\"" + next + "."), "the ETag names the new release: " + tag[0]);
            given().header("X-Dataset-Version", before).queryParam("query", query).when().get("/graphql").then()
                    .statusCode(409).body("errors[0].extensions.code", org.hamcrest.Matchers.equalTo(
                            "DATASET_VERSION_MISMATCH"));
        } finally {
            setVersion(before);
            awaitVersion(before);
        }
    }

    private static void awaitVersion(String version) throws InterruptedException {
        long started = System.nanoTime();
        while (System.nanoTime() - started < 5_000_000_000L) {
            if (version.equals(given().get("/q/health/live").header("X-Dataset-Version"))) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the service did not pick up release " + version);
    }

    private static void setVersion(String version) throws java.sql.SQLException {
        try (var c = org.rudprk.RunDatabase.owner();
                var ps = c.prepareStatement("update dataset_release set version = ?")) {
            ps.setString(1, version);
            assertEquals(1, ps.executeUpdate());
        }
    }
}
