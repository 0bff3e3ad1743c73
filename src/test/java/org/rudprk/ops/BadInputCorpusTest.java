package org.rudprk.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import org.rudprk.api.GraphQL;

/**
 * Several hundred malformed, oversized, deeply nested, alias-bombed, injection-shaped and
 * randomly mutated requests: none gets a 5xx, none learns anything about the internals,
 * and valid queries still answer correctly afterwards.
 */
@QuarkusTest
class BadInputCorpusTest {

    /**
     * What must never appear in a response: stack traces, class names, SQL, paths. (The
     * GraphQL classification "DataFetchingException" is graphql-java's public error type.)
     */
    static final Pattern LEAK = Pattern.compile(
            "[A-Za-z]+Exception(?!\")|\\bat (org|java|io|jdk)\\.|org\\.rudprk|org\\.hibernate|java\\.|\\.java\\b|/work/|/tmp/"
                    + "|(?i:\\bselect\\s+[a-z_.*, ]+\\s+from\\s+[a-z_]+)|(?i:\\binsert into\\b)|\\brecord_actors\\b|\\bstart_earliest\\b"
                    + "|s-q-l|null-pointer|invocation-target|PSQL|SQLState");

    static final List<String> VALID = List.of(
            "{ shipments(first: 5) { nodes { slug supplier { name } valueUsd { nodes { high qualifier } } } } }",
            "query Q($s: String!) { actorBySlug(slug: $s) { name names { nodes { name } } claims { nodes { stance } } } }",
            "{ records(first: 10, filter: { period: { overlaps: \"2024\" } }) { totalCount nodes { title } } }",
            "{ search(text: \"Shoigu\") { edges { node { id } } } }",
            "{ aggregate(groupBy: [YEAR]) { year count sums { low high } } }",
            "{ timeline(actors: [\"vladimir-putin\"]) { nodes { slug period { label } } } }");

    static final List<String> INJECTIONS = List.of("'; drop table records; --", "\" or 1=1 --", "%", "_", "\\",
            "$$", "\u0000", "\uD83D\uDCA3", "<script>alert(1)</script>", "../../etc/passwd", "${jndi:ldap://x}",
            "1e309", "-1", "99999999999999999999", "NaN", "null", "", " ", "a".repeat(5000), "ds-',(select 1)");

    @io.quarkus.test.common.http.TestHTTPResource("/graphql")
    java.net.URL endpoint;

    private final java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();

    @Test
    void noBadInputGetsAServerErrorOrLeaksInternals() {
        List<Case> corpus = corpus();
        assertTrue(corpus.size() >= 300, "a corpus of several hundred cases, built " + corpus.size());
        List<String> failures = new ArrayList<>();
        for (Case c : corpus) {
            Raw r = send(c);
            String body = r.body();
            if (r.statusCode() >= 500) {
                failures.add(r.statusCode() + " for " + c.label + ": " + abbreviate(body));
            } else if (LEAK.matcher(body).find()) {
                failures.add("leak for " + c.label + ": " + abbreviate(body));
            } else if (r.statusCode() != 200 && !body.contains("\"code\"")) {
                failures.add("refusal without extensions.code for " + c.label + ": " + abbreviate(body));
            }
        }
        try {
            java.nio.file.Files.writeString(java.nio.file.Path.of("target/bad-input-report.txt"),
                    corpus.size() + " cases, " + failures.size() + " failures\n" + String.join("\n", failures) + "\n");
        } catch (java.io.IOException e) {
            // the report is a convenience; the assertion below is the test
        }
        assertEquals(List.of(), failures);

        // Still serving correctly.
        JsonPath json = GraphQL.ok("""
                { deploymentBySlug(slug: "north-korean-troops-in-russia-kursk") {
                    strength { nodes { low citation { claimant { slug } } } } } }""");
        assertTrue(json.getList("data.deploymentBySlug.strength.nodes.citation.claimant.slug").contains("rustem-umerov"));
    }

    record Case(String label, String contentType, String accept, String body, String method, Map<String, String> params) {
    }

    /** Sent with the JDK's client, byte for byte, whatever the content type claims. */
    private Raw send(Case c) {
        try {
            String target = endpoint.toString();
            if ("GET".equals(c.method)) {
                StringBuilder q = new StringBuilder();
                c.params.forEach((k, v) -> q.append(q.length() == 0 ? "?" : "&").append(k).append('=')
                        .append(java.net.URLEncoder.encode(v, java.nio.charset.StandardCharsets.UTF_8)));
                target += q;
            }
            var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(target))
                    .timeout(java.time.Duration.ofSeconds(30));
            if (c.contentType != null) {
                request.header("Content-Type", c.contentType);
            }
            if (c.accept != null) {
                request.header("Accept", c.accept);
            }
            request = "GET".equals(c.method) ? request.GET()
                    : request.POST(java.net.http.HttpRequest.BodyPublishers.ofString(c.body == null ? "" : c.body));
            var response = client.send(request.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            return new Raw(response.statusCode(), response.body());
        } catch (java.io.IOException | InterruptedException e) {
            throw new AssertionError("request failed for " + c.label, e);
        }
    }

    record Raw(int statusCode, String body) {
    }

    static List<Case> corpus() {
        List<Case> cases = new ArrayList<>();
        Random random = new Random(20241028L);
        // Malformed JSON and wrong shapes.
        for (String body : List.of("", "{", "}", "[", "null", "true", "42", "\"query\"", "{\"query\":", "{'query':'{a}'}",
                "{\"query\": null}", "{\"query\": 1}", "{\"query\": {}}", "{\"query\": []}", "{\"query\": true}",
                "{\"query\":\"{ datasetRelease { version } }\", \"variables\": \"x\"}",
                "{\"query\":\"{ datasetRelease { version } }\", \"variables\": [1]}",
                "{\"query\":\"{ datasetRelease { version } }\", \"operationName\": 5}",
                "{\"query\":\"{ datasetRelease { version } }\", \"extensions\": \"e\"}",
                "[{\"query\":\"{ datasetRelease { version } }\"}]", "\u0000\u0001\u0002", "{\"query\":\"\\u0000\"}",
                "{\"query\":\"{ datasetRelease { version } }\"} trailing")) {
            cases.add(new Case("json " + abbreviate(body), "application/json", null, body, "POST", Map.of()));
        }
        // Wrong content types and accept headers.
        for (String ct : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data",
                "application/graphql")) {
            cases.add(new Case("content-type " + ct, ct, null, "{ datasetRelease { version } }", "POST", Map.of()));
        }
        for (String accept : List.of("text/html", "image/png", "application/xml;q=1, application/json;q=0")) {
            cases.add(new Case("accept " + accept, "application/json", accept,
                    "{\"query\":\"{ datasetRelease { version } }\"}", "POST", Map.of()));
        }
        // Oversized: body, document, tokens.
        cases.add(post("body too large", "{\"query\":\"" + "a".repeat(70_000) + "\"}"));
        cases.add(query("document too large", "{ datasetRelease { version } }" + " ".repeat(25_000)));
        cases.add(query("too many tokens", "{ " + "datasetRelease { version } ".repeat(800) + "}"));
        // Deep nesting, alias bombs, cost bombs, fragment cycles, directive spam.
        for (int depth : new int[] { 13, 20, 50, 200 }) {
            cases.add(query("depth " + depth, "{ actorBySlug(slug: \"russia\") " + "{ country ".repeat(depth) + "{ slug }"
                    + " }".repeat(depth) + " }"));
        }
        for (int aliases : new int[] { 31, 100, 1000 }) {
            StringBuilder q = new StringBuilder("{ ");
            for (int i = 0; i < aliases; i++) {
                q.append("a").append(i).append(": datasetRelease { version } ");
            }
            cases.add(query("aliases " + aliases, q.append("}").toString()));
        }
        cases.add(query("cost bomb", "{ actors(first: 100) { nodes { shipments { nodes { citations { nodes { estimates { nodes { low } } } } } } } } }"));
        cases.add(query("cost bomb 2", "{ records(first: 100) { nodes { citations { nodes { claimant { members { nodes { claims { nodes { "
                + "record { slug } } } } } } } } } } }"));
        cases.add(query("fragment cycle", "query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }"));
        cases.add(query("directive spam", "{ datasetRelease " + "@include(if: true) ".repeat(300) + "{ version } }"));
        cases.add(query("introspection depth", "{ __schema { types { fields { type { ofType { ofType { ofType { ofType { "
                + "ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } } } } }"));
        // Unknown operations and fields, wrong variable types, mutations.
        cases.add(new Case("unknown operation", "application/json", null,
                "{\"query\":\"query A { datasetRelease { version } }\", \"operationName\": \"B\"}", "POST", Map.of()));
        cases.add(query("two anonymous operations", "{ a: datasetRelease { version } } { b: datasetRelease { version } }"));
        cases.add(query("mutation", "mutation { deleteEverything }"));
        cases.add(query("subscription", "subscription { updates }"));
        for (String vars : List.of("{\"s\": 5}", "{\"s\": null}", "{\"s\": [\"a\"]}", "{\"s\": {\"a\": 1}}", "{}",
                "{\"n\": \"x\"}")) {
            cases.add(new Case("variables " + vars, "application/json", null,
                    "{\"query\":\"query($s: String!) { actorBySlug(slug: $s) { name } }\", \"variables\": " + vars + "}",
                    "POST", Map.of()));
        }
        for (String first : List.of("-1", "101", "1000000", "2147483648", "1.5", "\"10\"", "null")) {
            cases.add(query("first " + first, "{ shipments(first: " + first + ") { totalCount } }"));
        }
        for (String id : List.of("", "x", "====", "U2hpcG1lbnQ6", "QWN0b3I6", "Tm9wZTpub3Bl", "A".repeat(400))) {
            cases.add(query("id " + id, "{ shipment(id: \"" + id + "\") { slug } node(id: \"" + id + "\") { id } }"));
            cases.add(query("cursor " + id, "{ records(after: \"" + id + "\") { totalCount } }"));
        }
        // Injection-shaped values in every kind of argument, as literals and as variables.
        for (String value : INJECTIONS) {
            Map<String, Object> v = Map.of("v", value);
            for (String q : List.of("query($v: String!) { actorBySlug(slug: $v) { name } }",
                    "query($v: String!) { search(text: $v) { edges { node { id } } } }",
                    "query($v: String!) { records(filter: { slugs: [$v] }) { totalCount } }",
                    "query($v: String!) { records(filter: { period: { overlaps: $v } }) { totalCount } }",
                    "query($v: String!) { records(filter: { estimate: { metric: STRENGTH, unit: $v } }) { totalCount } }",
                    "query($v: String!) { records(filter: { involves: { actors: [$v] } }) { totalCount } }",
                    "query($v: String!) { citations(filter: { claimants: [$v] }) { totalCount } }",
                    "query($v: String!) { sources(filter: { language: [$v] }) { totalCount } }")) {
                cases.add(new Case("injection " + abbreviate(value) + " in " + abbreviate(q), "application/json", null,
                        toJson(q, v), "POST", Map.of()));
            }
        }
        // GET requests, good and bad.
        cases.add(new Case("GET no query", null, null, null, "GET", Map.of()));
        cases.add(new Case("GET bad variables", null, null, null, "GET", Map.of("query", VALID.get(1), "variables", "{")));
        cases.add(new Case("GET mutation", null, null, null, "GET", Map.of("query", "mutation { x }")));
        // Random mutations of valid queries: delete, duplicate, swap and replace characters.
        String alphabet = "{}()[]:$!@\"\\ ,.#&|0123456789abcxyzQWE_-\n\t\u00e9\u4e2d";
        for (int i = 0; i < 180; i++) {
            StringBuilder q = new StringBuilder(VALID.get(i % VALID.size()));
            int edits = 1 + random.nextInt(4);
            for (int e = 0; e < edits && q.length() > 1; e++) {
                int at = random.nextInt(q.length());
                switch (random.nextInt(4)) {
                    case 0 -> q.deleteCharAt(at);
                    case 1 -> q.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
                    case 2 -> q.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
                    default -> q.insert(at, q.substring(at, Math.min(q.length(), at + 1 + random.nextInt(12))));
                }
            }
            cases.add(new Case("mutated #" + i + ": " + abbreviate(q.toString()), "application/json", null,
                    toJson(q.toString(), Map.of("s", "russia")), "POST", Map.of()));
        }
        return cases;
    }

    private static Case query(String label, String query) {
        return new Case(label, "application/json", null, toJson(query, Map.of()), "POST", Map.of());
    }

    private static Case post(String label, String body) {
        return new Case(label, "application/json", null, body, "POST", Map.of());
    }

    private static String toJson(String query, Map<String, Object> variables) {
        jakarta.json.JsonObjectBuilder vars = jakarta.json.Json.createObjectBuilder();
        variables.forEach((k, v) -> vars.add(k, v.toString()));
        return jakarta.json.Json.createObjectBuilder().add("query", query).add("variables", vars).build().toString();
    }

    private static String abbreviate(String s) {
        String flat = s.replace("\n", " ");
        return flat.length() > 120 ? flat.substring(0, 120) + "…" : flat;
    }
}
