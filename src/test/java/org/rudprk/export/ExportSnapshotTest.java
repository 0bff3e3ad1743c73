package org.rudprk.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.rudprk.RunDatabase;

import io.quarkus.test.junit.QuarkusTest;

/**
 * An export reads one snapshot: a change another connection commits after the export has read
 * the release it is named after, and before it reads its rows, is not in the rows. The change is
 * committed from the exporter's own callback (the one that names the file), which runs between
 * those two statements; with a transaction per statement the rows would carry it.
 */
@QuarkusTest
class ExportSnapshotTest {

    static final String SLUG = ExportTest.KURSK_TROOPS;

    @Inject
    Exporter exporter;

    @Test
    void aChangeCommittedWhileAnExportRunsIsNotInItsRows() throws Exception {
        String before = title();
        String changed = "changed while an export ran " + System.nanoTime();
        List<String> named = new ArrayList<>();
        Titles rows = new Titles();
        try {
            exporter.write(() -> ExportResource.request(ExportCollection.byUrlName("records").orElseThrow(), Map.of()), rows,
                    release -> {
                        named.add(release);
                        setTitle(changed);
                    });
            assertEquals(List.of(release()), named, "the export is named once, after the release it reads");
            assertEquals(changed, title(), "the change was committed");
            assertEquals(before, rows.titles.get(SLUG),
                    "the rows saw a change committed after the export's first statement");

            Titles later = new Titles();
            exporter.write(() -> ExportResource.request(ExportCollection.byUrlName("records").orElseThrow(), Map.of()), later,
                    release -> {
                    });
            assertEquals(changed, later.titles.get(SLUG), "a later export sees the committed change");
        } finally {
            setTitle(before);
        }
    }

    /** Keeps each row's title by slug. */
    static final class Titles implements RowWriter {
        final Map<String, String> titles = new HashMap<>();
        int slug = -1;
        int title = -1;

        @Override
        public void header(List<Column> columns) {
            for (int i = 0; i < columns.size(); i++) {
                if (columns.get(i).name().equals("slug")) {
                    slug = i;
                } else if (columns.get(i).name().equals("title")) {
                    title = i;
                }
            }
        }

        @Override
        public void row(Object[] values) {
            titles.put(String.valueOf(values[slug]), String.valueOf(values[title]));
        }

        @Override
        public void finish() {
        }
    }

    static String title() throws SQLException {
        try (Connection c = RunDatabase.owner();
                PreparedStatement ps = c.prepareStatement("select title from records where slug = ?")) {
            ps.setString(1, SLUG);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return assertNotNullThen(rs.getString("title"));
            }
        }
    }

    static String release() throws SQLException {
        try (Connection c = RunDatabase.owner();
                PreparedStatement ps = c.prepareStatement("select version from dataset_release");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getString("version");
        }
    }

    static void setTitle(String title) {
        try (Connection c = RunDatabase.owner();
                PreparedStatement ps = c.prepareStatement("update records set title = ? where slug = ?")) {
            ps.setString(1, title);
            ps.setString(2, SLUG);
            assertEquals(1, ps.executeUpdate());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String assertNotNullThen(String value) {
        assertNotNull(value);
        return value;
    }
}
