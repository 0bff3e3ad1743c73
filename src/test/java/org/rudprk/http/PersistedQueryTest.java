package org.rudprk.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Automatic persisted queries as Apollo's protocol defines them (and Apollo Client's
 * PersistedQueryLink and urql's persistedExchange expect): an unknown hash is
 * PersistedQueryNotFound, the text with its hash is kept, then the hash alone is enough, over
 * GET and POST.
 */
@QuarkusTest
class PersistedQueryTest {

    static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    static String extensions(String hash) {
        return "{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" + hash + "\"}}";
    }

    @Test
    void anUnknownHashIsNotFoundThenTheTextIsKeptAndTheHashIsEnough() throws Exception {
        // A document no other test sends, so its hash is unknown to the server.
        String query = "query Apq" + UUID.randomUUID().toString().replace("-", "") + " { datasetRelease { version } }";
        String hash = sha256(query);
        given().accept("application/json").queryParam("extensions", extensions(hash)).when().get("/graphql").then()
                .statusCode(200).header("Cache-Control", equalTo("no-store"))
                .body("errors[0].message", equalTo("PersistedQueryNotFound"))
                .body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_NOT_FOUND"));
        given().accept("application/graphql-response+json").contentType("application/json")
                .body("{\"extensions\":" + extensions(hash) + "}").when().post("/graphql").then()
                .statusCode(400).body("errors[0].message", equalTo("PersistedQueryNotFound"));
        // The client retries with the text.
        given().contentType("application/json").body(Map.of("query", query, "extensions",
                Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", hash)))).when().post("/graphql").then()
                .statusCode(200).body("data.datasetRelease.version", notNullValue());
        // From now on the hash alone runs it, over GET and POST.
        given().accept("application/json").queryParam("extensions", extensions(hash)).when().get("/graphql").then()
                .statusCode(200).body("data.datasetRelease.version", notNullValue());
        given().contentType("application/json").body("{\"extensions\":" + extensions(hash) + "}").when()
                .post("/graphql").then().statusCode(200).body("data.datasetRelease.version", notNullValue());
    }

    @Test
    void aHashThatIsNotTheTextsIsRefusedAndNothingIsKept() throws Exception {
        String query = "{ datasetRelease { recordCount } }";
        String wrong = sha256(query + " ");
        given().contentType("application/json").body(Map.of("query", query, "extensions",
                Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", wrong)))).when().post("/graphql").then()
                .statusCode(400).header("Cache-Control", equalTo("no-store"))
                .body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_HASH_MISMATCH"));
        given().accept("application/json").queryParam("extensions", extensions(wrong)).when().get("/graphql").then()
                .body("errors[0].message", equalTo("PersistedQueryNotFound"));
    }

    @Test
    void onlyVersionOneWithAHexHashIsAccepted() throws Exception {
        given().contentType("application/json").body(Map.of("query", "{ datasetRelease { version } }", "extensions",
                Map.of("persistedQuery", Map.of("version", 2, "sha256Hash", sha256("x"))))).when().post("/graphql")
                .then().statusCode(400).body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_VERSION_NOT_SUPPORTED"));
        given().contentType("application/json").body("{\"extensions\":" + extensions("abc") + "}").when()
                .post("/graphql").then().statusCode(400).body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
    }
}
