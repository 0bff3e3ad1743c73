package org.rudprk.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

import org.hibernate.resource.jdbc.spi.StatementInspector;
import org.junit.jupiter.api.Test;
import org.rudprk.RunDatabase;
import org.rudprk.api.GraphQL;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * One GraphQL request reads one snapshot: a change another connection commits while the request
 * runs, after its first statement and before its second, is not seen by the second.
 *
 * <p>The change is made at that exact moment by a test-only Hibernate {@link StatementInspector}
 * ({@link Between}), which Hibernate calls before it prepares each SQL statement of the
 * application; it does nothing unless this test arms it. The request reads the dataset release
 * (first statement), then a source's title (second statement); the inspector commits a new title
 * for that source, through the owner's connection, just before the second statement runs. Under
 * one REPEATABLE READ transaction the answer still has the old title; with a transaction per
 * statement (or none) it would have the new one.
 */
@QuarkusTest
class OneSnapshotTest {

    static final String SLUG = "naumann-study-north-korea-arms-2024";

    /** Commits a change between the first and the second statement of an armed request. */
    @PersistenceUnitExtension
    public static class Between implements StatementInspector {
        static volatile boolean armed;
        static final AtomicInteger statements = new AtomicInteger();
        static volatile String changedTo;

        @Override
        public String inspect(String sql) {
            if (armed && statements.incrementAndGet() == 2) {
                changedTo = "changed while a request ran " + System.nanoTime();
                try (Connection c = owner();
                        PreparedStatement ps = c.prepareStatement("update sources set title = ? where slug = ?")) {
                    ps.setString(1, changedTo);
                    ps.setString(2, SLUG);
                    assertEquals(1, ps.executeUpdate());
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            }
            return sql;
        }
    }

    static Connection owner() throws SQLException {
        return RunDatabase.owner();
    }

    static String title() throws SQLException {
        try (Connection c = owner(); PreparedStatement ps = c.prepareStatement("select title from sources where slug = ?")) {
            ps.setString(1, SLUG);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    @Test
    void aChangeCommittedMidRequestIsNotSeenByTheRestOfIt() throws SQLException {
        String before = title();
        Between.statements.set(0);
        Between.changedTo = null;
        Between.armed = true;
        JsonPath answer;
        try {
            answer = GraphQL.ok("{ datasetRelease { version } sourceBySlug(slug: \"" + SLUG + "\") { title } }");
        } finally {
            Between.armed = false;
            try (Connection c = owner();
                    PreparedStatement ps = c.prepareStatement("update sources set title = ? where slug = ?")) {
                ps.setString(1, before);
                ps.setString(2, SLUG);
                ps.executeUpdate();
            }
        }
        assertTrue(Between.statements.get() >= 2, "the request ran " + Between.statements.get() + " statement(s)");
        assertTrue(Between.changedTo != null, "the change was not made");
        assertEquals(before, answer.getString("data.sourceBySlug.title"),
                "the second statement saw a change committed after the request's first statement");
    }

    @Test
    void aLaterRequestSeesCommittedChanges() throws SQLException {
        String before = title();
        try (Connection c = owner();
                PreparedStatement ps = c.prepareStatement("update sources set title = ? where slug = ?")) {
            ps.setString(1, before + " (later)");
            ps.setString(2, SLUG);
            ps.executeUpdate();
        }
        try {
            assertEquals(before + " (later)", GraphQL.ok("{ sourceBySlug(slug: \"" + SLUG + "\") { title } }")
                    .getString("data.sourceBySlug.title"));
        } finally {
            try (Connection c = owner();
                    PreparedStatement ps = c.prepareStatement("update sources set title = ? where slug = ?")) {
                ps.setString(1, before);
                ps.setString(2, SLUG);
                ps.executeUpdate();
            }
        }
    }
}
