package org.rudprk.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.rudprk.api.GraphQL;

import graphql.introspection.IntrospectionQuery;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * GET and HEAD answers are made for HTTP caches and CDNs: a strong ETag, 304 on If-None-Match,
 * Cache-Control public with max-age and stale-while-revalidate, Vary on every request header the
 * answer depends on; a request can pin the dataset release; errors are never cached; GET takes
 * documents as long as POST does.
 */
@QuarkusTest
class HttpCachingTest {

    static final String QUERY = "{ datasetRelease { version recordCount } }";

    static String version() {
        return GraphQL.ok("{ datasetRelease { version } }").getString("data.datasetRelease.version");
    }

    static Response get(String query, String accept) {
        return given().accept(accept).queryParam("query", query).when().get("/graphql");
    }

    @Test
    void aGetAnswerCarriesAStrongETagCacheControlAndVary() {
        Response r = get(QUERY, "application/graphql-response+json");
        r.then().statusCode(200)
                .header("Cache-Control", equalTo("public, max-age=300, stale-while-revalidate=3600"))
                .header("Vary", equalTo("Accept, Origin, X-Dataset-Version"));
        String etag = r.header("ETag");
        assertTrue(etag.startsWith("\"" + version() + "."), "the ETag names the dataset release: " + etag);
        assertTrue(etag.endsWith("\""), "a strong ETag: " + etag);
        // Same answer, same tag; another answer or another format, another tag.
        assertEquals(etag, get(QUERY, "application/graphql-response+json").header("ETag"));
        assertNotEquals(etag, get(QUERY, "application/json").header("ETag"));
        assertNotEquals(etag, get("{ datasetRelease { version } }", "application/graphql-response+json").header("ETag"));
    }

    @Test
    void ifNoneMatchIsAnswered304WithoutABody() {
        String etag = get(QUERY, "application/json").header("ETag");
        given().accept("application/json").header("If-None-Match", etag).queryParam("query", QUERY)
                .when().get("/graphql").then().statusCode(304).header("ETag", equalTo(etag))
                .header("Cache-Control", startsWith("public")).body(emptyString());
        given().accept("application/json").header("If-None-Match", "W/" + etag + ", \"other\"")
                .queryParam("query", QUERY).when().get("/graphql").then().statusCode(304);
        given().accept("application/json").header("If-None-Match", "\"stale\"").queryParam("query", QUERY)
                .when().get("/graphql").then().statusCode(200).body(containsString("recordCount"));
    }

    @Test
    void headAnswersLikeGetWithoutABody() {
        Response g = get(QUERY, "application/json");
        Response h = given().accept("application/json").queryParam("query", QUERY).when().head("/graphql");
        h.then().statusCode(200).header("ETag", equalTo(g.header("ETag")))
                .header("Content-Length", equalTo(String.valueOf(g.asByteArray().length)))
                .header("Cache-Control", equalTo(g.header("Cache-Control")));
        assertEquals(0, h.asByteArray().length);
    }

    @Test
    void aPinnedReleaseIsImmutableAndAnotherReleaseIsACodedError() {
        String version = version();
        given().header("X-Dataset-Version", version).queryParam("query", QUERY).when().get("/graphql").then()
                .statusCode(200).header("Cache-Control", equalTo("public, max-age=31536000, immutable"));
        given().queryParam("datasetVersion", version).queryParam("query", QUERY).when().get("/graphql").then()
                .statusCode(200).header("Cache-Control", containsString("immutable"));
        given().header("X-Dataset-Version", "ds-000000000000").queryParam("query", QUERY).when().get("/graphql")
                .then().statusCode(409).header("Cache-Control", equalTo("no-store")).header("ETag", nullValue())
                .body("errors[0].extensions.code", equalTo("DATASET_VERSION_MISMATCH"))
                .body("errors[0].message", containsString(version));
        given().contentType("application/json").header("X-Dataset-Version", "ds-000000000000")
                .body(Map.of("query", QUERY)).when().post("/graphql").then().statusCode(409)
                .body("errors[0].extensions.code", equalTo("DATASET_VERSION_MISMATCH"));
    }

    @Test
    void errorsAreNeverCached() {
        given().accept("application/json").queryParam("query", "{ datasetRelease { nope } }").when().get("/graphql")
                .then().header("Cache-Control", equalTo("no-store")).header("ETag", nullValue())
                .body("errors[0].message", not(emptyString()));
        given().accept("application/json").queryParam("query", "{ node(id: \"not-an-id\") { id } }").when()
                .get("/graphql").then().statusCode(200).header("Cache-Control", equalTo("no-store"))
                .header("ETag", nullValue()).body("errors[0].extensions.code", equalTo("INVALID_ID"));
    }

    @Test
    void postAnswersCarryNoSharedCachingHeaders() {
        GraphQL.post(QUERY, Map.of()).then().statusCode(200).header("ETag", nullValue())
                .header("Cache-Control", nullValue());
    }

    @Test
    void getTakesTheStandardIntrospectionQueryAndAnOverlongUrlIsA414WithACode() {
        given().accept("application/json").queryParam("query", IntrospectionQuery.INTROSPECTION_QUERY).when()
                .get("/graphql").then().statusCode(200).body("data.__schema.queryType.name", equalTo("Query"));
        // A document at the 20,000-character limit goes through GET too.
        String padded = QUERY + " ".repeat(20_000 - QUERY.length());
        get(padded, "application/json").then().statusCode(200).body("data.datasetRelease.recordCount", not(nullValue()));
        given().accept("application/json").queryParam("query", "#" + "x".repeat(300_000)).when().get("/graphql")
                .then().statusCode(414).header("Cache-Control", equalTo("no-store"))
                .body("errors[0].extensions.code", equalTo("URI_TOO_LONG"));
    }
}
