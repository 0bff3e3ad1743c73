package org.rudprk.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The data is public and read-only, so browser apps on every origin may read it, without
 * credentials; preflights are cached by the browser. (Restricting the origins by configuration
 * is checked in {@link CorsRestrictedTest}.)
 */
@QuarkusTest
class CorsTest {

    @Test
    void aSimpleGetFromAnyOriginIsGrantedWithoutCredentials() {
        given().header("Origin", "https://any-newsroom.example").queryParam("query", "{ datasetRelease { version } }")
                .when().get("/graphql").then().statusCode(200)
                .header("Access-Control-Allow-Origin", anyOf(equalTo("*"), equalTo("https://any-newsroom.example")))
                .header("Access-Control-Allow-Credentials", anyOf(nullValue(), equalTo("false")))
                .header("Access-Control-Expose-Headers", containsString("ETag"));
    }

    @Test
    void preflightsAreGrantedAndCachedByTheBrowser() {
        given().header("Origin", "https://elsewhere.example").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type, x-dataset-version")
                .when().options("/graphql").then()
                .statusCode(anyOf(equalTo(200), equalTo(204)))
                .header("Access-Control-Allow-Origin", anyOf(equalTo("*"), equalTo("https://elsewhere.example")))
                .header("Access-Control-Allow-Methods", containsString("POST"))
                .header("Access-Control-Allow-Headers", containsString("x-dataset-version"))
                .header("Access-Control-Max-Age", equalTo("86400"))
                .header("Access-Control-Allow-Credentials", not(equalTo("true")));
    }
}
