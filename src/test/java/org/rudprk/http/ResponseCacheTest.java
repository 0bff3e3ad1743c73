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
}
