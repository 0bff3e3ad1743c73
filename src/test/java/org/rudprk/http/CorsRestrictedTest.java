package org.rudprk.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** An operator can restrict CORS to listed origins (QUARKUS_HTTP_CORS_ORIGINS). */
@QuarkusTest
@TestProfile(CorsRestrictedTest.Restricted.class)
class CorsRestrictedTest {

    public static class Restricted implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.cors.origins", "https://newsroom.example");
        }
    }

    @Test
    void onlyListedOriginsAreGranted() {
        given().header("Origin", "https://newsroom.example").header("Access-Control-Request-Method", "POST")
                .when().options("/graphql").then()
                .header("Access-Control-Allow-Origin", equalTo("https://newsroom.example"));
        given().header("Origin", "https://elsewhere.example").header("Access-Control-Request-Method", "POST")
                .when().options("/graphql").then()
                .header("Access-Control-Allow-Origin", nullValue());
    }
}
