package org.rudprk.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Record.changes: a record's entries of the corrections log, paged like every nested list (one
 * statement per batch). The curated data in the test database is the first release loaded, so
 * the log is empty; this test writes log entries of two made-up releases (versions no real
 * release has) for two real records, and removes them afterwards.
 */
@QuarkusTest
class RecordChangesTest {

    private static final String TREATY = CuratedFactsTest.TREATY;
    private static final String TROOPS = CuratedFactsTest.TROOPS;

    @Inject
    SessionFactory sessionFactory;

    @BeforeEach
    void logTwoReleases() throws SQLException {
        org.rudprk.RunDatabase.execute("""
                insert into dataset_changes (version, previous_version, entity, record_slug, citation_key, change,
                    field, old_value, new_value) values
                ('test-r2', 'test-r1', 'RECORD', '%1$s', null, 'CHANGED', 'summary', 'Old summary.', 'New summary.'),
                ('test-r2', 'test-r1', 'CITATION', '%1$s', 'x#1 (article) [1]', 'ADDED', null, null, null),
                ('test-r2', 'test-r1', 'RECORD', '%2$s', null, 'CHANGED', 'title', 'Old title', 'New title'),
                ('test-r3', 'test-r2', 'RECORD', '%1$s', null, 'CHANGED', 'status', 'REPORTED', 'SIGNED'),
                ('test-r3', 'test-r2', 'RECORD', 'some-removed-record', null, 'REMOVED', null, null, null)
                """.formatted(TREATY, TROOPS));
    }

    @AfterEach
    void removeThem() throws SQLException {
        org.rudprk.RunDatabase.execute("delete from dataset_changes where version like 'test-r%'");
    }

    @Test
    void eachRecordListsItsOwnCorrectionsOldestFirstPageByPage() {
        String query = """
                query($slug: String!, $after: String) { recordBySlug(slug: $slug) {
                  changes(first: 2, after: $after) {
                    totalCount pageInfo { hasNextPage endCursor }
                    nodes { version previousVersion entity recordSlug citationKey change field oldValue newValue }
                  }
                } }""";
        JsonPath first = GraphQL.ok(query, Map.of("slug", TREATY));
        String c = "data.recordBySlug.changes";
        assertEquals(3, first.getInt(c + ".totalCount"), "the treaty's three entries, not the others'");
        assertEquals(java.util.Arrays.asList("summary", null), first.getList(c + ".nodes.field"));
        assertEquals(List.of("RECORD", "CITATION"), first.getList(c + ".nodes.entity"));
        assertEquals("New summary.", first.getString(c + ".nodes[0].newValue"));
        assertTrue(first.getBoolean(c + ".pageInfo.hasNextPage"));
        JsonPath second = GraphQL.ok(query, Map.of("slug", TREATY, "after", first.getString(c + ".pageInfo.endCursor")));
        assertEquals(List.of("test-r3"), second.getList(c + ".nodes.version"));
        assertEquals("SIGNED", second.getString(c + ".nodes[0].newValue"));
        assertFalse(second.getBoolean(c + ".pageInfo.hasNextPage"));

        JsonPath troops = GraphQL.ok(query, Map.of("slug", TROOPS));
        assertEquals(List.of("title"), troops.getList(c + ".nodes.field"));
    }

    @Test
    void aRecordNeverCorrectedHasAnEmptyLog() {
        JsonPath json = GraphQL.ok("""
                { recordBySlug(slug: "putin-visit-pyongyang-2000") { changes { totalCount nodes { version } } } }""");
        assertEquals(0, json.getInt("data.recordBySlug.changes.totalCount"));
        assertNull(json.get("errors"));
    }

    @Test
    void aPageOfRecordsReadsTheirLogsInOneStatement() {
        String query = """
                query($first: Int!) { records(first: $first, orderBy: TITLE_ASC) {
                  nodes { slug changes(first: 1) { nodes { field } } }
                } }""";
        // Batches are per GraphQL type: 40 and 80 records both hold all five kinds (BatchingTest).
        long forty = statementsFor(query, 40);
        long eighty = statementsFor(query, 80);
        assertEquals(forty, eighty, "doubling the page must not add statements per record");
        assertTrue(eighty <= 7, "the page, and one statement per kind for the logs: " + eighty);
        JsonPath json = GraphQL.ok("""
                query($a: String!, $b: String!) {
                  a: recordBySlug(slug: $a) { changes(first: 1) { nodes { field } } }
                  b: recordBySlug(slug: $b) { changes(first: 1) { nodes { field } } }
                }""", Map.of("a", TREATY, "b", TROOPS));
        assertEquals(List.of("summary"), json.getList("data.a.changes.nodes.field"), "each record's page cut at first: 1");
        assertEquals(List.of("title"), json.getList("data.b.changes.nodes.field"));
    }

    private long statementsFor(String query, int first) {
        return org.rudprk.FieldStatements.of(sessionFactory, () -> assertEquals(first,
                GraphQL.ok(query, Map.of("first", first)).getList("data.records.nodes").size()));
    }
}
