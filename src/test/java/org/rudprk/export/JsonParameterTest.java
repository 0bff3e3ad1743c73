package org.rudprk.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rudprk.actor.api.ActorFilter;
import org.rudprk.actor.ActorKind;
import org.rudprk.record.api.RecordFilter;
import org.rudprk.record.RecordKind;

/**
 * A filter in a query parameter is read into the GraphQL input classes, and a mistake is refused
 * with what is wrong, the path inside the filter and the line and column in the parameter.
 * The positions are those the exports gave before they read JSON with jakarta.json.
 */
class JsonParameterTest {

    private static final String RECORD_FIELDS = "RecordFilter has and, category, cited, deploymentKind, estimate, "
            + "eventKind, involves, kind, locations, not, or, period, slugs, statementKind, status";

    @Test
    void readsTheInputClassesAndASingleValueAsAList() {
        RecordFilter f = JsonParameter.parse("filter", """
                {"kind": "EVENT", "and": {"slugs": "putin-visit"}, "not": {"status": ["REPORTED", "DENIED"]},
                 "estimate": {"metric": "VALUE_USD", "high": {"gte": 1e9}}, "cited": {"inArticles": false}}""",
                RecordFilter.class);
        assertEquals(List.of(RecordKind.EVENT), f.kind);
        assertEquals(List.of("putin-visit"), f.and.get(0).slugs);
        assertEquals(2, f.not.status.size());
        assertEquals(new BigDecimal("1E+9"), f.estimate.high.gte);
        assertEquals(Boolean.FALSE, f.cited.inArticles);
        ActorFilter a = JsonParameter.parse("filter", "{\"kind\":[\"STATE\"],\"involvedIn\":{\"kind\":\"SHIPMENT\"}}",
                ActorFilter.class);
        assertEquals(List.of(ActorKind.STATE), a.kind);
        assertEquals(List.of(RecordKind.SHIPMENT), a.involvedIn.kind);
        assertNull(JsonParameter.parse("filter", "  ", RecordFilter.class));
        assertNull(JsonParameter.parse("filter", "null", RecordFilter.class));
    }

    @Test
    void keepsWhatTheExportsHaveAlwaysAccepted() {
        RecordFilter f = JsonParameter.parse("filter", "{\"cited\":{\"inArticles\":\" TRUE \"},\"kind\":[\" EVENT\",\"0\"],"
                + "\"estimate\":{\"metric\":\"RATE\",\"low\":{\"gte\":\"5\",\"lte\":\"\"}}}", RecordFilter.class);
        assertEquals(Boolean.TRUE, f.cited.inArticles);
        assertEquals(List.of(RecordKind.EVENT, RecordKind.values()[0]), f.kind);
        assertEquals(new BigDecimal("5"), f.estimate.low.gte);
        assertNull(f.estimate.low.lte);
        assertEquals(Boolean.TRUE, JsonParameter.parse("filter", "{\"inArticles\":2}",
                RecordFilter.CitationFilter.class).inArticles);
    }

    @Test
    void anUnknownFieldIsPlacedJustAfterTheFirstTokenOfItsValue() {
        refused("{\"and\":[{},{\"bar\":{\"x\":1}}]}", "filter.and[1].bar", 1, 20,
                "query parameter 'filter' is not a valid RecordFilter: at filter.and[1].bar: unknown field 'bar'; "
                        + RECORD_FIELDS + " (line 1, column 20)");
        refused("{\"x\":\"abc\"}", "filter.x", 1, 7, "unknown field 'x'");
        refused("{\"kind\":\"EVENT\",\"\":1}", "filter.", 1, 21, "unknown field ''");
        refused("\r\n\r\n{\"kinds\":1}", "filter.kinds", 3, 11, "unknown field 'kinds'");
        refused("{\"a\":1", "filter.a", 1, 7, "unknown field 'a'");
    }

    @Test
    void aWrongValueIsPlacedAtItsFirstCharacter() {
        refused("{\"kind\":[\"EVENT\",\" BAD \"]}", "filter.kind[1]", 1, 18,
                "at filter.kind[1]: 'BAD' is not a RecordKind; use one of AGREEMENT, DEPLOYMENT, EVENT, SHIPMENT, "
                        + "STATEMENT (line 1, column 18)");
        refused("{\"slugs\":1}", "filter.slugs[0]", 1, 10, "at filter.slugs[0]: expected a string");
        refused("{\"kind\":1.5}", "filter.kind[0]", 1, 9, "expected one of AGREEMENT, DEPLOYMENT");
        refused("{\"kind\":4}", "filter.kind[0]", 1, 9, "'4' is not a RecordKind");
        refused("{\"estimate\":{\"metric\":\"VALUE_USD\",\"high\":{\"gte\":true}}}", "filter.estimate.high.gte", 1, 49,
                "expected a number");
        refused("{\"cited\":{\"inArticles\":\"yes\"}}", "filter.cited.inArticles", 1, 24,
                "expected an object (Boolean)");
        refused("{\"period\":\"2024\"}", "filter.period", 1, 11, "expected an object (PeriodFilter)");
        refused("[{}]", "filter", 1, 1, "at filter: expected an object (RecordFilter)");
        refused("{\"kind\":\"EVENT\"} 1", "filter", 1, 18, "at filter: expected an object (RecordFilter)");
    }

    @Test
    void aFieldGivenTwiceIsRefused() {
        refused("{\"kind\":\"EVENT\",\"kind\":\"EVENT\"}", null, 1, 23,
                "query parameter 'filter' is not valid JSON: Duplicate field 'kind' (line 1, column 23)");
        refused("{\"not\":{\"kind\":\"EVENT\",\"kind\":\"EVENT\"}}", "filter.not", 1, 30,
                "is not a valid RecordFilter: at filter.not: Duplicate field 'kind'");
    }

    @Test
    void textThatIsNoJsonIsRefusedWhereItGoesWrong() {
        refused("{\"kind\":\"EVENT\" \"status\":\"X\"}", null, 1, 17,
                "query parameter 'filter' is not valid JSON: unexpected character '\"' (line 1, column 17)");
        refused("{\"kind\":[\"EVENT\",,\"SHIPMENT\"]}", null, 1, 18, "unexpected character ','");
        refused("{\"kind\":[\"EVENT\"]", null, 1, 18, "is not valid JSON: unexpected end of input");
        refused("{\"slugs\":[\"a\\xb\"]}", null, 1, 14, "unexpected character 'x'");
        refused("{\"kind\":\"\t\"}", null, 1, 10, "unexpected control character (code 9)");
        refused("{\"kind\":\"EVENT\"} ]", null, 1, 18, "unexpected character ']'");
    }

    private static void refused(String json, String path, int line, int column, String message) {
        ExportException e = assertThrows(ExportException.class,
                () -> JsonParameter.parse("filter", json, RecordFilter.class), json);
        assertTrue(e.getMessage().contains(message), () -> "'" + e.getMessage() + "' says: " + message);
        assertEquals(400, e.status);
        assertEquals("INVALID_ARGUMENT", e.code);
        assertEquals("filter", e.parameter);
        assertEquals(path, e.path, json);
        assertEquals(line, e.line, json);
        assertEquals(column, e.column, json);
    }
}
