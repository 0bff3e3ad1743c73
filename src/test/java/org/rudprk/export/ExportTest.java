package org.rudprk.export;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.rudprk.api.GraphQL;
import org.rudprk.record.RecordKind;
import org.rudprk.record.query.RecordKindDescription;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * The exports hold exactly what the GraphQL lists page through, in the same order, and open
 * cleanly in a spreadsheet.
 */
@QuarkusTest
class ExportTest {

    static final String ARMS_VALUE = "north-korean-arms-sales-to-russia-since-2022";
    static final String KURSK_TROOPS = "north-korean-troops-in-russia-kursk";

    // ------------------------------------------------------------------------------------
    // Same items, same order as GraphQL
    // ------------------------------------------------------------------------------------

    @Test
    void exportOfAllRecordsMatchesGraphQlTotalCountAndOrder() {
        Csv csv = csv("/export/records.csv", Map.of());
        List<String> ids = graphQlIds("records", "RecordFilter", null, "DATE_ASC");
        assertEquals(ids.size(), totalCount("records"), "paged GraphQL list = totalCount");
        assertEquals(ids, csv.column("id"), "one row per record, in the GraphQL order, with the same global IDs");
        assertEquals(91, csv.rows.size(), "the curated dataset holds 91 records");
        assertEquals(ids.size(), jsonLines("/export/records.jsonl", Map.of()).size(), "JSON Lines: one line per record");
    }

    @Test
    void everyKindExportMatchesItsGraphQlList() {
        for (String list : RecordKind.descriptions().stream().map(RecordKindDescription::listName).toList()) {
            assertEquals(graphQlIds(list, "RecordFilter", null, "DATE_ASC"), csv("/export/" + list + ".csv", Map.of())
                    .column("id"), list);
        }
    }

    @Test
    void filterAndOrderMeanWhatTheyMeanInGraphQl() {
        String filter = "{\"involves\": {\"actors\": [\"north-korea\"]}, \"period\": {\"overlaps\": \"2024..\"}, "
                + "\"or\": [{\"kind\": \"SHIPMENT\"}, {\"cited\": {\"stances\": [\"DENIES\"]}}]}";
        for (String order : List.of("DATE_DESC", "VALUE_DESC", "TITLE_ASC")) {
            List<String> expected = graphQlIds("records", "RecordFilter", filter, order);
            assertFalse(expected.isEmpty());
            assertEquals(expected, csv("/export/records.csv", Map.of("filter", filter, "orderBy", order)).column("id"),
                    order);
            assertEquals(expected, jsonLines("/export/records.jsonl", Map.of("filter", filter, "orderBy", order))
                    .stream().map(row -> (String) row.get("id")).toList(), order + " as JSON Lines");
        }
        // An open-ended range (a null bound) works as in GraphQL.
        String before = "{\"period\": {\"within\": \"..2023\"}}";
        assertEquals(graphQlIds("events", "RecordFilter", before, "DATE_ASC"),
                csv("/export/events.csv", Map.of("filter", before)).column("id"));
    }

    @Test
    void citationAndActorExportsMatchTheirGraphQlLists() {
        List<String> all = new ArrayList<>();
        String after = null;
        do {
            JsonPath page = GraphQL.ok("query($after: String) { citations(first: 100, after: $after) { totalCount "
                    + "pageInfo { hasNextPage endCursor } nodes { id } } }", vars("after", after));
            all.addAll(page.getList("data.citations.nodes.id"));
            after = page.getBoolean("data.citations.pageInfo.hasNextPage")
                    ? page.getString("data.citations.pageInfo.endCursor") : null;
        } while (after != null);
        assertEquals(all, csv("/export/citations.csv", Map.of()).column("id"), "every citation, in GraphQL order");

        String denials = "{\"stances\": [\"DENIES\"], \"claimantCountries\": [\"russia\", \"north-korea\"]}";
        String statements = "{\"kind\": [\"STATEMENT\"]}";
        JsonPath json = GraphQL.ok("query($f: CitationFilter, $r: RecordFilter) { citations(first: 100, filter: $f, "
                + "record: $r) { nodes { id } } }", Map.of("f", parse(denials), "r", parse(statements)));
        List<String> expected = json.getList("data.citations.nodes.id");
        assertFalse(expected.isEmpty());
        assertEquals(expected, csv("/export/citations.csv", Map.of("filter", denials, "record", statements))
                .column("id"));

        String states = "{\"kind\": [\"STATE\"], \"involvedIn\": {\"kind\": [\"SHIPMENT\"]}}";
        List<String> actors = GraphQL.ok("query($f: ActorFilter) { actors(first: 100, filter: $f) { nodes { id } } }",
                Map.of("f", parse(states))).getList("data.actors.nodes.id");
        assertTrue(actors.size() >= 2);
        assertEquals(actors, csv("/export/actors.csv", Map.of("filter", states)).column("id"));
        assertEquals(totalCount("actors"), csv("/export/actors.csv", Map.of()).rows.size());
    }

    // ------------------------------------------------------------------------------------
    // Columns
    // ------------------------------------------------------------------------------------

    @Test
    void datesAndCountsAreTheGraphQlOnes() {
        JsonPath json = GraphQL.ok("{ records(first: 100) { nodes { slug period { label start { label precision } "
                + "end { label } } citations { nodes { id } } } } }");
        Map<String, Map<String, String>> rows = csv("/export/records.csv", Map.of()).bySlug();
        for (Map<String, Object> node : json.<Map<String, Object>>getList("data.records.nodes")) {
            Map<String, String> row = rows.get((String) node.get("slug"));
            Map<?, ?> period = (Map<?, ?>) node.get("period");
            Map<?, ?> start = (Map<?, ?>) period.get("start");
            Map<?, ?> end = (Map<?, ?>) period.get("end");
            assertEquals(period.get("label"), row.get("period_label"), "period_label of " + node.get("slug"));
            assertEquals(start.get("label"), row.get("start_label"));
            assertEquals(start.get("precision"), row.get("start_precision"));
            assertEquals(end == null ? "" : end.get("label"), row.get("end_label"));
            assertEquals(String.valueOf(((List<?>) ((Map<?, ?>) node.get("citations")).get("nodes")).size()), row.get("citation_count"));
            assertEquals(((List<?>) ((Map<?, ?>) node.get("citations")).get("nodes")).size(), row.get("citations").split("; ").length);
        }
    }

    @Test
    void estimateBoundsQualifiersAndClaimsAreFlattened() {
        Map<String, String> arms = csv("/export/shipments.csv", Map.of()).bySlug().get(ARMS_VALUE);
        assertEquals("", arms.get("value_usd_low"), "'up to' has no low bound");
        assertEquals("5500000000", arms.get("value_usd_high"), "plain notation, never 5.5E+9");
        assertEquals("UP_TO", arms.get("value_usd_qualifier"));
        assertEquals("naumann-study-north-korea-arms-2024#1 friedrich-naumann-foundation ESTIMATES",
                arms.get("value_usd_claim"));
        assertEquals("north-korea", arms.get("supplier"));
        assertEquals("russia", arms.get("recipient"));
        assertTrue(arms.get("estimates").startsWith("VALUE_USD UP_TO ..5500000000 USD (naumann-study"),
                arms.get("estimates"));

        Map<String, String> kursk = csv("/export/deployments.csv", Map.of()).bySlug().get(KURSK_TROOPS);
        assertEquals("11000", kursk.get("strength_low"));
        assertEquals("ABOUT", kursk.get("strength_qualifier"));
        assertEquals("troops", kursk.get("strength_unit"));
        assertEquals("MORE_THAN", kursk.get("casualties_qualifier"));
        assertEquals("", kursk.get("casualties_high"), "'more than' has no high bound");

        Map<String, Object> line = jsonLines("/export/shipments.jsonl", Map.of()).stream()
                .filter(r -> ARMS_VALUE.equals(r.get("slug"))).findFirst().orElseThrow();
        assertEquals(5500000000L, ((Number) line.get("value_usd_high")).longValue(), "a JSON number");
        assertNull(line.get("value_usd_low"));
        assertEquals(4, line.get("citation_count"), "three article citations and the reference that dates its start");

        // Citations: one row each, with every estimate in its own group of columns.
        Csv citations = csv("/export/citations.csv", Map.of("record", "{\"slugs\": [\"" + KURSK_TROOPS + "\"]}"));
        JsonPath json = GraphQL.ok("{ deploymentBySlug(slug: \"" + KURSK_TROOPS + "\") { citations { nodes { id paragraph "
                + "stance claimant { slug } estimates { nodes { metric low high unit qualifier } } } } } }");
        List<Map<String, Object>> expected = json.getList("data.deploymentBySlug.citations.nodes");
        assertEquals(expected.size(), citations.rows.size());
        int most = expected.stream().mapToInt(c -> ((List<?>) ((Map<?, ?>) c.get("estimates")).get("nodes")).size()).max().orElse(0);
        assertTrue(citations.header.contains("estimate_" + Math.max(1, most) + "_metric"));
        assertFalse(citations.header.contains("estimate_" + (Math.max(1, most) + 1) + "_metric"));
        for (int i = 0; i < expected.size(); i++) {
            Map<String, Object> c = expected.get(i);
            Map<String, String> row = citations.row(i);
            assertEquals(c.get("id"), row.get("id"));
            assertEquals(String.valueOf(c.get("paragraph")), row.get("paragraph"));
            assertEquals(c.get("stance"), row.get("stance"));
            List<Map<String, Object>> estimates = (List<Map<String, Object>>) ((Map<?, ?>) c.get("estimates")).get("nodes");
            assertEquals(String.valueOf(estimates.size()), row.get("estimate_count"));
            for (int n = 0; n < estimates.size(); n++) {
                Map<String, Object> e = estimates.get(n);
                String p = "estimate_" + (n + 1) + "_";
                assertEquals(e.get("metric"), row.get(p + "metric"));
                assertEquals(e.get("low") == null ? "" : new java.math.BigDecimal(e.get("low").toString())
                        .toPlainString(), row.get(p + "low"));
                assertEquals(e.get("high") == null ? "" : new java.math.BigDecimal(e.get("high").toString())
                        .toPlainString(), row.get(p + "high"));
                assertEquals(e.get("unit"), row.get(p + "unit"));
                assertEquals(e.get("qualifier"), row.get(p + "qualifier"));
            }
        }
    }

    // ------------------------------------------------------------------------------------
    // Spreadsheet-ready, streamed
    // ------------------------------------------------------------------------------------

    @Test
    void csvIsUtf8WithBomHeaderCrlfAndQuotedCellsAndIsStreamed() {
        Response response = given().when().get("/export/statements.csv").then().statusCode(200)
                .header("Content-Type", containsString("text/csv"))
                .header("Content-Type", containsString("charset=UTF-8"))
                .header("Content-Disposition", containsString("attachment; filename=\"rudprk-statements-"))
                // Streamed as it is written: chunked, with no length known in advance.
                .header("Transfer-Encoding", equalTo("chunked"))
                .header("Content-Length", nullValue())
                .extract().response();
        byte[] bytes = response.asByteArray();
        assertEquals((byte) 0xEF, bytes[0]);
        assertEquals((byte) 0xBB, bytes[1]);
        assertEquals((byte) 0xBF, bytes[2]);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(text.substring(1).startsWith("id,slug,kind,title,status,"), "a header row");
        assertTrue(text.endsWith("\r\n"));
        Csv csv = Csv.parse(text);
        for (List<String> row : csv.rows) {
            assertEquals(csv.header.size(), row.size(), "every row has every column");
        }
        // Quoted cells (commas, quotes, line breaks, non-ASCII) read back exactly as the API gives them.
        JsonPath json = GraphQL.ok("{ statements(first: 100) { nodes { slug summary quoteOriginal } } }");
        Map<String, Map<String, String>> rows = csv.bySlug();
        int withComma = 0;
        for (Map<String, Object> node : json.<Map<String, Object>>getList("data.statements.nodes")) {
            Map<String, String> row = rows.get((String) node.get("slug"));
            assertEquals(node.get("summary"), row.get("summary"));
            assertEquals(node.get("quoteOriginal") == null ? "" : node.get("quoteOriginal"), row.get("quote_original"));
            withComma += ((String) node.get("summary")).contains(",") ? 1 : 0;
        }
        assertTrue(withComma > 0, "the check covered quoted cells");
    }

    @Test
    void cellsThatASpreadsheetWouldRunAreNeutralised() {
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", CsvWriter.cell("=HYPERLINK(\"x\")", true));
        assertEquals("'+1", CsvWriter.cell("+1", true));
        assertEquals("'-1", CsvWriter.cell("-1", true));
        assertEquals("'@SUM(A1)", CsvWriter.cell("@SUM(A1)", true));
        assertEquals("'\tx", CsvWriter.cell("\tx", true));
        assertEquals("plain text", CsvWriter.cell("plain text", true));
        assertEquals("\"a, b\"", CsvWriter.cell("a, b", true));
        assertEquals("\"say \"\"no\"\"\"", CsvWriter.cell("say \"no\"", true));
        assertEquals("\"two\r\nlines\"", CsvWriter.cell("two\r\nlines", true));
        assertEquals("Q2l0YXRpb24", CsvWriter.cell("Q2l0YXRpb24", false), "IDs and numbers are never changed");
    }

    // ------------------------------------------------------------------------------------
    // Refusals
    // ------------------------------------------------------------------------------------

    @Test
    void aBadFilterIsRefusedWithWhatIsWrongAndWhere() {
        refused("/export/records.csv", Map.of("filter", "{\"kind\": [\"SHIPMENTS\"]}"), 400, "filter.kind[0]",
                "'SHIPMENTS' is not a RecordKind; use one of " + String.join(", ", java.util.Arrays
                        .stream(RecordKind.values()).map(Enum::name).sorted().toList()));
        refused("/export/records.csv", Map.of("filter", "{\"kinds\": [\"EVENT\"]}"), 400, "filter.kinds",
                "unknown field 'kinds'; RecordFilter has and, category");
        refused("/export/records.csv", Map.of("filter", "{\"kind\": [\"EVENT\"]"), 400, null,
                "query parameter 'filter' is not valid JSON");
        refused("/export/records.csv", Map.of("filter", "{\"kind\": \"EVENT\", \"kind\": \"SHIPMENT\"}"), 400, null,
                "Duplicate field 'kind'");
        refused("/export/records.csv", Map.of("filter", "{\"and\": [{\"slugs\": [1]}]}"), 400, "filter.and[0].slugs[0]",
                "expected a string");
        refused("/export/records.csv", Map.of("filter", "{\"period\": {\"overlaps\": \"2024-13\"}}"), 400,
                "filter.period.overlaps", "'2024-13' is not a real date");
        refused("/export/citations.csv", Map.of("record", "{\"kind\": []}"), 400, "record.kind",
                "argument 'record.kind' is an empty list");
        refused("/export/records.csv", Map.of("orderBy", "NEWEST"), 400, null, "use one of DATE_ASC, DATE_DESC");
        refused("/export/actors.csv", Map.of("orderBy", "DATE_ASC"), 400, null,
                "unknown query parameter 'orderBy'; /export/actors takes filter");
        refused("/export/records.csv", Map.of("filters", "{}"), 400, null, "unknown query parameter 'filters'");
        refused("/export/people.csv", Map.of(), 404, null, "no collection 'people' to export; use one of records");
        refused("/export/records.xlsx", Map.of(), 404, null, "no format 'xlsx'");
        // The position inside the JSON is given too.
        given().queryParam("filter", "{\n  \"kind\": [\"EVENT\"],\n  \"status\": [\"DONE\"]\n}")
                .when().get("/export/records.csv").then().statusCode(400)
                .body("line", equalTo(3)).body("path", equalTo("filter.status[0]"));
    }

    @Test
    void theIndexListsEveryCollectionAndColumn() {
        JsonPath index = given().when().get("/export").then().statusCode(200).extract().jsonPath();
        List<String> expected = new ArrayList<>(List.of("records"));
        RecordKind.descriptions().forEach(k -> expected.add(k.listName()));
        expected.addAll(List.of("citations", "actors"));
        assertEquals(expected, index.getList("collections.name"), "all records, each kind's, citations, actors");
        assertTrue(index.getList("collections[0].columns.name").contains("value_usd_high"));
    }

    @Test
    void everyColumnIsDocumentedInTheReadme() throws Exception {
        String readme = Files.readString(Path.of("src/main/docs/exports.md"), StandardCharsets.UTF_8);
        List<String> missing = new ArrayList<>();
        for (ExportCollection c : ExportCollection.values()) {
            for (Column column : c.columns(2)) {
                String name = column.name().replaceAll("_\\d+_", "_N_");
                if (!readme.contains("| `" + name + "` |")) {
                    missing.add(c.urlName() + "." + name);
                }
            }
        }
        assertEquals(List.of(), missing, "src/main/docs/exports.md documents every export column in a table row");
    }

    // ------------------------------------------------------------------------------------

    private static void refused(String path, Map<String, String> params, int status, String where, String message) {
        JsonPath body = given().queryParams(params).when().get(path).then().statusCode(status)
                .header("Content-Type", containsString("application/json")).extract().jsonPath();
        assertTrue(body.getString("message").contains(message), () -> "message '" + body.getString("message")
                + "' says: " + message);
        if (where != null) {
            assertEquals(where, body.getString("path"));
        }
    }

    private static List<String> graphQlIds(String list, String filterType, String filterJson, String order) {
        List<String> ids = new ArrayList<>();
        String after = null;
        do {
            Map<String, Object> v = new HashMap<>();
            v.put("f", filterJson == null ? null : parse(filterJson));
            v.put("after", after);
            v.put("order", order);
            JsonPath page = GraphQL.ok("query($f: " + filterType + ", $after: String, $order: RecordOrder) { " + list
                    + "(first: 100, after: $after, filter: $f, orderBy: $order) { pageInfo { hasNextPage endCursor } "
                    + "nodes { id } } }", v);
            ids.addAll(page.getList("data." + list + ".nodes.id"));
            after = page.getBoolean("data." + list + ".pageInfo.hasNextPage")
                    ? page.getString("data." + list + ".pageInfo.endCursor") : null;
        } while (after != null);
        return ids;
    }

    private static int totalCount(String list) {
        return GraphQL.ok("{ " + list + "(first: 0) { totalCount } }").getInt("data." + list + ".totalCount");
    }

    private static Map<String, Object> vars(String name, Object value) {
        Map<String, Object> v = new HashMap<>();
        v.put(name, value);
        return v;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> parse(String json) {
        try {
            return new ObjectMapper().readValue(json, Map.class);
        } catch (Exception e) {
            throw new IllegalArgumentException(json, e);
        }
    }

    private static Csv csv(String path, Map<String, String> params) {
        byte[] bytes = given().queryParams(params).when().get(path).then().statusCode(200).extract().asByteArray();
        return Csv.parse(new String(bytes, StandardCharsets.UTF_8));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> jsonLines(String path, Map<String, String> params) {
        String text = given().queryParams(params).when().get(path).then().statusCode(200)
                .header("Content-Type", containsString("application/x-ndjson")).extract().asString();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (!line.isEmpty()) {
                try {
                    rows.add(new ObjectMapper().readValue(line, LinkedHashMap.class));
                } catch (Exception e) {
                    throw new AssertionError("not a JSON line: " + line, e);
                }
            }
        }
        return rows;
    }

    /** A strict RFC 4180 reader: what a spreadsheet would see. */
    record Csv(List<String> header, List<List<String>> rows) {

        static Csv parse(String text) {
            assertTrue(text.startsWith("\uFEFF"), "starts with a byte order mark");
            List<List<String>> records = new ArrayList<>();
            List<String> record = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            String s = text.substring(1);
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        cell.append(c);
                    }
                } else if (c == '"') {
                    assertEquals(0, cell.length(), "a quote only opens a cell");
                    quoted = true;
                } else if (c == ',') {
                    record.add(cell.toString());
                    cell.setLength(0);
                } else if (c == '\r') {
                    assertEquals('\n', s.charAt(i + 1), "records end with CRLF");
                    record.add(cell.toString());
                    cell.setLength(0);
                    records.add(record);
                    record = new ArrayList<>();
                    i++;
                } else {
                    assertTrue(c != '\n', "no bare line feed outside quotes");
                    cell.append(c);
                }
            }
            assertFalse(quoted, "every quote is closed");
            assertEquals(0, cell.length() + record.size(), "the last record ends with CRLF");
            return new Csv(records.get(0), records.subList(1, records.size()));
        }

        List<String> column(String name) {
            int i = header.indexOf(name);
            assertTrue(i >= 0, "column " + name);
            return rows.stream().map(r -> r.get(i)).toList();
        }

        Map<String, String> row(int index) {
            Map<String, String> out = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                out.put(header.get(i), rows.get(index).get(i));
            }
            return out;
        }

        Map<String, Map<String, String>> bySlug() {
            Map<String, Map<String, String>> out = new LinkedHashMap<>();
            for (int i = 0; i < rows.size(); i++) {
                out.put(row(i).get("slug"), row(i));
            }
            return out;
        }
    }
}
