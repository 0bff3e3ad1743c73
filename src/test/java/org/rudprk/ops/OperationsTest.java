package org.rudprk.ops;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Health and metrics endpoints for operators. */
@QuarkusTest
class OperationsTest {

    @Test
    void healthReportsLivenessAndDatabaseReadiness() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body(containsString("Database connections health check"));
    }

    @Test
    void metricsAreServedInPrometheusFormat() {
        given().contentType("application/json").body("{\"query\":\"{ datasetRelease { version } }\"}").post("/graphql")
                .then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("# TYPE http_server_requests_seconds"))
                .body(containsString("jvm_memory_used_bytes"));
    }
}
