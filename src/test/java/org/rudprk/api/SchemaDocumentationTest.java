package org.rudprk.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import graphql.introspection.IntrospectionQueryBuilder;
import graphql.introspection.IntrospectionResultToSchema;
import graphql.language.Argument;
import graphql.language.Directive;
import graphql.language.Document;
import graphql.language.ScalarTypeDefinition;
import graphql.language.StringValue;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.SchemaPrinter;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The schema is the documentation: it is committed as SDL so every change shows up in
 * review, and every type, field, argument and enum value is described.
 */
@QuarkusTest
class SchemaDocumentationTest {

    /** The committed schema. Regenerate with: ./mvnw test -Dtest=SchemaDocumentationTest -Dschema.update=true */
    static final Path COMMITTED = Path.of("src/main/graphql/schema.graphql");

    /**
     * graphql-java's canonical printing: types, fields, arguments and values sorted by name; every
     * directive definition except the five of the specification (which SDL files leave out) and
     * the two graphql-java declares in every schema it builds, so printing cannot tell whether a
     * server advertises them ({@link #onlyHonouredDirectivesAreAdvertisedAndAccepted} checks them).
     */
    static String canonical(GraphQLSchema schema) {
        Set<String> builtIn = Set.of("include", "skip", "deprecated", "specifiedBy", "oneOf", "defer",
                "experimental_disableErrorPropagation");
        return new SchemaPrinter(SchemaPrinter.Options.defaultOptions().includeScalarTypes(true)
                .includeDirectiveDefinitions(true).includeDirectiveDefinition(name -> !builtIn.contains(name))
                .includeSchemaDefinition(false)).print(schema);
    }

    /** What a client learns from the standard introspection query, printed canonically. */
    @SuppressWarnings("unchecked")
    static String introspected(Map<String, Object> data) {
        Document parsed = new IntrospectionResultToSchema().createSchemaDefinition(data);
        // graphql-java's converter drops specifiedByURL: put it back as the SDL writes it.
        Map<String, String> urls = new java.util.HashMap<>();
        for (Map<String, Object> type : (List<Map<String, Object>>) ((Map<String, Object>) data.get("__schema"))
                .get("types")) {
            if (type.get("specifiedByURL") != null) {
                urls.put((String) type.get("name"), (String) type.get("specifiedByURL"));
            }
        }
        Document document = parsed.transform(d -> d.definitions(parsed.getDefinitions().stream()
                .map(def -> def instanceof ScalarTypeDefinition scalar && urls.containsKey(scalar.getName())
                        ? scalar.transform(b -> b.directive(new Directive("specifiedBy",
                                List.of(new Argument("url", StringValue.of(urls.get(scalar.getName())))))))
                        : def)
                .map(def -> (graphql.language.Definition) def).toList()));
        return canonical(UnExecutableSchemaGenerator.makeUnExecutableSchema(new SchemaParser().buildRegistry(document)));
    }

    @Test
    void runningSchemaMatchesTheCommittedSdl() throws Exception {
        String query = IntrospectionQueryBuilder.build(IntrospectionQueryBuilder.Options.defaultOptions()
                .specifiedByUrl(true).isOneOf(true).inputValueDeprecation(true));
        Map<String, Object> data = GraphQL.ok(query).getMap("data");
        String running = introspected(data);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/schema-introspected.graphql"), running, StandardCharsets.UTF_8);
        if (Boolean.getBoolean("schema.update")) {
            Files.writeString(COMMITTED, running, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(COMMITTED), COMMITTED + " is missing; generate it with -Dschema.update=true");
        String committed = Files.readString(COMMITTED, StandardCharsets.UTF_8);
        // The file is a valid schema on its own (every type and scalar declared) and in canonical order.
        assertEquals(committed, canonical(UnExecutableSchemaGenerator.makeUnExecutableSchema(
                new SchemaParser().parse(committed))), COMMITTED + " is not in canonical order");
        assertEquals(committed, running, "the schema changed: review the difference and update " + COMMITTED
                + " with ./mvnw test -Dtest=SchemaDocumentationTest -Dschema.update=true");
        String served = given().when().get("/graphql/schema.graphql").then().statusCode(200).extract().asString();
        Files.writeString(Path.of("target/schema-served.graphql"), served, StandardCharsets.UTF_8);
        assertEquals(committed, served, "/graphql/schema.graphql differs from " + COMMITTED);
    }

    /**
     * No directive the server does not honour is advertised (graphql-java's printer never prints
     * {@code @defer}, so the names are checked on their own), and a document using one is refused.
     */
    @Test
    void onlyHonouredDirectivesAreAdvertisedAndAccepted() {
        List<String> names = GraphQL.ok("{ __schema { directives { name } } }").getList("data.__schema.directives.name");
        assertEquals(List.of("deprecated", "include", "oneOf", "skip", "specifiedBy"), names.stream().sorted().toList());
        // Twice: the refusal is made where a document is validated, and a refused document must not be
        // kept by the document cache (a kept one is not validated again, so it would run half-honoured).
        for (int time = 1; time <= 2; time++) {
            JsonPath refused = GraphQL.post("{ datasetRelease { ... @defer { version } } }", Map.of()).then()
                    .extract().jsonPath();
            assertEquals("UNSUPPORTED_DIRECTIVE", refused.getString("errors[0].extensions.code"), "time " + time);
            assertNull(refused.get("data"), "time " + time);
        }
    }

    @Test
    void everyCustomScalarIsDescribedAndSpecified() {
        JsonPath json = GraphQL.ok("{ __schema { types { name kind description specifiedByURL } } }");
        Map<String, Map<String, Object>> scalars = new java.util.TreeMap<>();
        for (Map<String, Object> type : json.<Map<String, Object>>getList("data.__schema.types")) {
            if ("SCALAR".equals(type.get("kind"))) {
                scalars.put((String) type.get("name"), type);
            }
        }
        assertEquals(List.of("BigDecimal", "Boolean", "Date", "DateTime", "Float", "ID", "Int", "String"),
                List.copyOf(scalars.keySet()), "no unused scalar (BigInteger) is declared");
        assertEquals("https://scalars.graphql.org/andimarek/local-date.html", scalars.get("Date").get("specifiedByURL"));
        assertEquals("https://scalars.graphql.org/andimarek/date-time.html",
                scalars.get("DateTime").get("specifiedByURL"));
        for (String name : List.of("BigDecimal", "Date", "DateTime")) {
            assertTrue(String.valueOf(scalars.get(name).get("description")).length() > 20, name + " is described");
        }
    }

    @Test
    void everyTypeFieldArgumentAndEnumValueHasADescription() {
        JsonPath json = GraphQL.ok("""
                { __schema { types {
                    name kind description
                    fields { name description args { name description } }
                    inputFields { name description }
                    enumValues { name description }
                } } }""");
        List<String> missing = new ArrayList<>();
        for (Map<String, Object> type : json.<Map<String, Object>>getList("data.__schema.types")) {
            String name = (String) type.get("name");
            if (name.startsWith("__") || "SCALAR".equals(type.get("kind"))) {
                continue;
            }
            check(missing, name, type);
            for (Map<String, Object> field : list(type, "fields")) {
                check(missing, name + "." + field.get("name"), field);
                for (Map<String, Object> arg : list(field, "args")) {
                    check(missing, name + "." + field.get("name") + "(" + arg.get("name") + ")", arg);
                }
            }
            for (Map<String, Object> field : list(type, "inputFields")) {
                check(missing, name + "." + field.get("name"), field);
            }
            for (Map<String, Object> value : list(type, "enumValues")) {
                check(missing, name + "." + value.get("name"), value);
            }
        }
        assertEquals(List.of(), missing, "every part of the schema needs a description");
    }

    private static void check(List<String> missing, String where, Map<String, Object> element) {
        Object d = element.get("description");
        if (d == null || d.toString().isBlank()) {
            missing.add(where);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> map, String key) {
        Object v = map.get(key);
        return v == null ? List.of() : (List<Map<String, Object>>) v;
    }
}
