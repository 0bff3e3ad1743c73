package org.rudprk.common.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.LogRecord;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rudprk.ops.LogCapture;
import org.rudprk.RunDatabase;
import org.rudprk.api.GraphQL;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * Failed statements answered over /graphql with the code and message of the exception the data
 * layer made of them (SmallRye writes extensions.code from its @ErrorCode): a statement timeout,
 * at the top and inside a batch of nested lists, and a value the database refuses, through the
 * data layer's own statements and through Hibernate's queries. Each is one INFO line in the log.
 */
@QuarkusTest
class TranslatedStatementsTest {

    static final String TIMEOUT = "The query ran past the per-request database time limit; ask for less (smaller pages, "
            + "fewer nested lists).";
    static final String VALUE = "A value in the request cannot be used (for example a NUL character or an out-of-range "
            + "number).";

    final LogCapture logs = new LogCapture();
    final List<LogRecord> records = logs.records;

    @BeforeEach
    void listen() {
        logs.start();
    }

    @AfterEach
    void stop() {
        logs.stop();
    }

    /** Posts the query while the owner holds an exclusive lock on the table, so it waits until its statement times out. */
    private static Response whileLocked(String table, String query) throws Exception {
        try (java.sql.Connection owner = RunDatabase.owner()) {
            owner.setAutoCommit(false);
            try (var st = owner.createStatement()) {
                st.execute("lock table " + table + " in access exclusive mode");
            }
            try {
                return GraphQL.post(query, Map.of());
            } finally {
                owner.rollback();
            }
        }
    }

    @Test
    void aStatementTimeoutIsAnsweredWithItsCodeAndTheSiblingsStillRun() throws Exception {
        records.clear();
        Response r = whileLocked("shipments", "{ shipments(first: 1) { totalCount } datasetRelease { version } }");
        JsonPath json = r.then().statusCode(200).extract().jsonPath();
        assertEquals(1, json.getList("errors").size(), r.asString());
        // As SmallRye writes every coded field error, the API's own refusals alike.
        assertEquals(Map.of("classification", "DataFetchingException", "code", "STATEMENT_TIMEOUT"),
                json.getMap("errors[0].extensions"));
        assertEquals(TIMEOUT, json.getString("errors[0].message"));
        assertEquals(List.of("shipments"), json.getList("errors[0].path"));
        assertNull(json.get("data.shipments"));
        assertTrue(json.getString("data.datasetRelease.version").startsWith("ds-"), r.asString());
        assertOneInfoLineEach(List.of("client error STATEMENT_TIMEOUT at shipments: ERROR: canceling statement due to "
                + "statement timeout"));
    }

    @Test
    void aStatementTimeoutInABatchOfNestedListsCarriesItsCodeOnEveryItem() throws Exception {
        records.clear();
        Response r = whileLocked("citations", "{ sources(first: 2) { nodes { slug citations { nodes { paragraph } } } } }");
        JsonPath json = r.then().statusCode(200).extract().jsonPath();
        assertEquals(2, json.getList("errors").size(), r.asString());
        for (int i = 0; i < 2; i++) {
            assertEquals("STATEMENT_TIMEOUT", json.getString("errors[" + i + "].extensions.code"), r.asString());
            assertEquals(TIMEOUT, json.getString("errors[" + i + "].message"));
            assertEquals(List.of("sources", "nodes", i, "citations"), json.getList("errors[" + i + "].path"));
        }
        assertOneInfoLineEach(List.of(
                "client error STATEMENT_TIMEOUT at sources.nodes.0.citations: ERROR: canceling statement due to statement timeout",
                "client error STATEMENT_TIMEOUT at sources.nodes.1.citations: ERROR: canceling statement due to statement timeout"));
    }

    @Test
    void aValueTheDatabaseRefusesIsAnInvalidArgument() {
        // Through the data layer's SQL (Sql.rows) and through Hibernate's queries (Panache).
        for (String query : List.of(
                "query($v: String!) { records(filter: { estimate: { metric: STRENGTH, unit: $v } }) { totalCount } }",
                "query($v: String!) { sourceBySlug(slug: $v) { slug } }",
                "query($v: String!) { locationBySlug(slug: $v) { slug } }")) {
            records.clear();
            Response r = GraphQL.post(query, Map.of("v", "a\u0000b"));
            JsonPath json = r.then().statusCode(200).extract().jsonPath();
            assertEquals("INVALID_ARGUMENT", json.getString("errors[0].extensions.code"), r.asString());
            assertEquals(VALUE, json.getString("errors[0].message"), r.asString());
            String field = json.getString("errors[0].path[0]");
            assertOneInfoLineEach(List.of("client error INVALID_ARGUMENT at " + field
                    + ": ERROR: invalid byte sequence for encoding \"UTF8\": 0x00"));
        }
    }

    /** Exactly these lines at INFO or above (access log aside), each at INFO and without a stack trace. */
    private void assertOneInfoLineEach(List<String> expected) {
        List<LogRecord> ours = records.stream().filter(r -> r.getLevel().intValue() >= Level.INFO.intValue())
                .filter(r -> !r.getLoggerName().startsWith("io.quarkus.http.access")).toList();
        List<String> texts = ours.stream().map(r -> r.getParameters() == null ? r.getMessage()
                : String.format(r.getMessage(), r.getParameters())).toList();
        assertEquals(expected, texts);
        for (LogRecord line : ours) {
            assertEquals(Level.INFO, line.getLevel(), line.getMessage());
            assertNull(line.getThrown(), "no stack trace");
        }
    }
}
