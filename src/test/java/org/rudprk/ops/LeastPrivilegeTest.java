package org.rudprk.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import jakarta.inject.Inject;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/** The service reads as a role that cannot write (CORS: see org.rudprk.http.CorsTest). */
@QuarkusTest
class LeastPrivilegeTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void theServiceConnectsAsTheReadOnlyRole() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select current_user, current_setting('statement_timeout')")) {
            rs.next();
            assertEquals("rudprk_api", rs.getString(1));
            assertEquals("5s", rs.getString(2), "every API connection carries the statement time limit");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "insert into sources (slug, title, language, kind, published_earliest, published_latest, "
                    + "published_precision, corpus_file, paragraph_count) values ('x', 'x', 'en', 'REPORT', "
                    + "'2024-01-01', '2024-01-01', 'DAY', 'x.txt', 1)",
            "update records set title = 'changed'",
            "delete from citations",
            "truncate estimates",
            "drop table dataset_release",
            "create table intruder (id int)",
            "select refresh_search_documents()" })
    void theServiceRoleCannotWrite(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            SQLException e = assertThrows(SQLException.class, () -> st.execute(sql), sql);
            assertEquals("42501", e.getSQLState(), "insufficient privilege for: " + sql + " (" + e.getMessage() + ")");
        }
    }
}
