package org.rudprk.ops;

import static org.hamcrest.Matchers.greaterThan;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.rudprk.RunDatabase;
import org.rudprk.api.GraphQL;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * A JDBC URL without ?currentSchema= works: the schema is the application's configuration
 * (rudprk.schema), set for Flyway, Hibernate and every connection, not taken from the URL.
 */
@QuarkusTest
@TestProfile(AnyJdbcUrlTest.PlainUrl.class)
class AnyJdbcUrlTest {

    public static class PlainUrl implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(PlainUrlResource.class));
        }
    }

    /** This run's database URL with every currentSchema parameter taken off. */
    public static class PlainUrlResource implements QuarkusTestResourceLifecycleManager {
        private String runUrl;

        @Override
        public Map<String, String> start() {
            runUrl = RunDatabase.url();
            String plain = runUrl.replaceAll("([?&])currentSchema=[^&]*&?", "$1").replaceAll("[?&]$", "");
            // The run's URL is a system property, which outranks test resources: replaced while this runs.
            System.setProperty(RunDatabase.URL_PROPERTY, plain);
            return Map.of("quarkus.datasource.jdbc.url", plain);
        }

        @Override
        public void stop() {
            System.setProperty(RunDatabase.URL_PROPERTY, runUrl);
        }
    }

    @Test
    void theServiceMigratesAndAnswersWithAUrlThatNamesNoSchema() {
        String url = ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
        org.junit.jupiter.api.Assertions.assertFalse(url.contains("currentSchema"), url);
        GraphQL.ok("{ shipments(first: 2) { totalCount nodes { slug supplier { slug } } } actors(first: 1) { totalCount } }");
        GraphQL.post("{ records(filter: {involves: {actors: [\"kim-jong-un\"]}}) { totalCount } }", Map.of()).then()
                .body("data.records.totalCount", greaterThan(0));
    }
}
