package org.rudprk.ops;

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
import org.rudprk.api.GraphQL;

import io.quarkus.test.junit.QuarkusTest;

/**
 * A client's mistake is logged in one INFO line without a stack trace; nothing at WARN or
 * ERROR (those are for faults of the server).
 */
@QuarkusTest
class QuietLogsTest {

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

    @Test
    void clientMistakesAreOneInfoLineEach() {
        Map<String, String> mistakes = Map.of(
                "{ shipments(first: 1000) { totalCount } }", "INVALID_ARGUMENT",
                "{ shipment(id: \"???\") { slug } }", "INVALID_ID",
                "{ events(after: \"not-a-cursor\") { totalCount } }", "INVALID_CURSOR");
        for (var m : mistakes.entrySet()) {
            records.clear();
            String code = GraphQL.post(m.getKey(), Map.of()).then().extract().jsonPath().getString("errors[0].extensions.code");
            assertEquals(m.getValue(), code, m.getKey());
            List<LogRecord> ours = records.stream().filter(r -> r.getLevel().intValue() >= Level.INFO.intValue())
                    .filter(r -> !r.getLoggerName().startsWith("io.quarkus.http.access")).toList();
            assertEquals(1, ours.size(), () -> m.getKey() + " logged " + describe(ours));
            LogRecord line = ours.get(0);
            assertEquals(Level.INFO, line.getLevel(), describe(ours));
            assertNull(line.getThrown(), "no stack trace");
            String text = line.getParameters() == null ? line.getMessage()
                    : String.format(line.getMessage(), line.getParameters());
            assertTrue(text.contains(m.getValue()) && !text.contains("\n"), text);
        }
    }

    @Test
    void syntaxAndValidationErrorsAreNotLoggedAsProblems() {
        records.clear();
        GraphQL.post("{ shipments(first: 3 { totalCount } }", Map.of());
        GraphQL.post("{ shipments(first: 3) { totalCont } }", Map.of());
        assertTrue(records.stream().noneMatch(r -> r.getLevel().intValue() >= Level.WARNING.intValue()
                || r.getThrown() != null), () -> describe(records));
    }

    private static String describe(List<LogRecord> rs) {
        return rs.stream().map(r -> r.getLevel() + " " + r.getLoggerName() + " " + r.getMessage()).toList().toString();
    }
}
