package org.rudprk.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/** Posts GraphQL documents with variables to /graphql, the way any client would. */
public final class GraphQL {

    private GraphQL() {
    }

    /** Runs a query that must succeed: no errors, HTTP 200. Returns the body's JSON. */
    public static JsonPath ok(String query, Map<String, Object> variables) {
        Response response = post(query, variables);
        JsonPath json = response.then().statusCode(200).extract().jsonPath();
        assertNull(json.get("errors"), () -> "unexpected GraphQL errors: " + response.asString());
        return json;
    }

    public static JsonPath ok(String query) {
        return ok(query, Map.of());
    }

    /** Posts a document and returns the raw response, for tests of failures. */
    public static Response post(String query, Map<String, Object> variables) {
        return given().contentType(ContentType.JSON).accept(ContentType.JSON)
                .body(Map.of("query", query, "variables", variables))
                .when().post("/graphql");
    }
}
