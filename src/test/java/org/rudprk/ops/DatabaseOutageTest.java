package org.rudprk.ops;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * While the database is unreachable the API answers fast with 503 SERVICE_UNAVAILABLE and
 * readiness is down; once it is back, the API serves again within seconds, no restart.
 */
@QuarkusTest
@TestProfile(DatabaseOutageTest.BehindProxy.class)
class DatabaseOutageTest {

    static TcpProxy proxy;

    /** Runs this test's application against PostgreSQL through a proxy it can cut. */
    public static class BehindProxy implements QuarkusTestProfile {
        @Override
        public java.util.List<TestResourceEntry> testResources() {
            return java.util.List.of(new TestResourceEntry(ProxyResource.class));
        }
    }

    public static class ProxyResource implements QuarkusTestResourceLifecycleManager {
        private String runUrl;

        @Override
        public Map<String, String> start() {
            runUrl = org.rudprk.RunDatabase.url();
            // This run's database (org.rudprk.RunDatabase), reached through the proxy.
            java.util.regex.Matcher url = java.util.regex.Pattern
                    .compile("^jdbc:postgresql://([^/:]+)(?::(\\d+))?/([^?]*)(\\?.*)?$")
                    .matcher(org.rudprk.RunDatabase.url());
            if (!url.matches()) {
                throw new IllegalStateException("unexpected test database URL " + org.rudprk.RunDatabase.url());
            }
            try {
                proxy = new TcpProxy(url.group(1), url.group(2) == null ? 5432 : Integer.parseInt(url.group(2)));
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
            String query = url.group(4) == null ? "?" : url.group(4).replaceAll("[?&](connectTimeout|socketTimeout)=[^&]*", "") + "&";
            query = query.startsWith("?") ? query : "?" + query.substring(1);
            String proxied = "jdbc:postgresql://127.0.0.1:" + proxy.port() + "/" + url.group(3) + query
                    + "connectTimeout=2&socketTimeout=10";
            // The run's URL is a system property, which outranks test resources' configuration:
            // replaced while this application runs, put back when it stops.
            System.setProperty(org.rudprk.RunDatabase.URL_PROPERTY, proxied);
            return Map.of("quarkus.datasource.jdbc.url", proxied);
        }

        @Override
        public void stop() {
            System.setProperty(org.rudprk.RunDatabase.URL_PROPERTY, runUrl);
            try {
                proxy.close();
            } catch (java.io.IOException e) {
                // nothing left to clean
            }
        }
    }

    static final String QUERY = "{ shipments(first: 3) { totalCount nodes { slug supplier { slug } } } }";

    @Test
    void outageIsAFastClear503AndRecoveryNeedsNoRestart() throws Exception {
        post().then().statusCode(200).body("data.shipments.totalCount", org.hamcrest.Matchers.greaterThan(0));
        given().get("/q/health/ready").then().statusCode(200);

        proxy.cut();
        try {
            long started = System.nanoTime();
            Response down = post();
            long millis = (System.nanoTime() - started) / 1_000_000;
            down.then().statusCode(503).header("Retry-After", "5")
                    .body("errors[0].extensions.code", equalTo("SERVICE_UNAVAILABLE"))
                    .body("errors[0].message", containsString("database is unavailable"))
                    .body(org.hamcrest.Matchers.not(containsString("Exception")));
            assertTrue(millis < 8000, "the outage is reported within seconds, took " + millis + " ms");
            given().get("/q/health/ready").then().statusCode(503).body("status", equalTo("DOWN"));
            given().get("/q/health/live").then().statusCode(200);
        } finally {
            proxy.restore();
        }

        long deadline = System.currentTimeMillis() + 15_000;
        int status = 0;
        while (System.currentTimeMillis() < deadline && status != 200) {
            status = post().statusCode();
            if (status != 200) {
                Thread.sleep(250);
            }
        }
        post().then().statusCode(200).body("data.shipments.nodes", org.hamcrest.Matchers.hasSize(3));
        given().get("/q/health/ready").then().statusCode(200);
    }

    private static Response post() {
        return given().contentType(ContentType.JSON).body(Map.of("query", QUERY)).post("/graphql");
    }
}
