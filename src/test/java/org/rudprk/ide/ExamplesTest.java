package org.rudprk.ide;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.rudprk.api.GraphQL;

import graphql.ExecutionInput;
import graphql.ParseAndValidate;
import graphql.ParseAndValidateResult;
import graphql.introspection.IntrospectionQuery;
import graphql.introspection.IntrospectionResultToSchema;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The example queries the IDE opens (src/main/resources/examples/) are valid against the
 * schema the service runs, answer the curated data without errors and with data, and are the
 * very files the IDE serves.
 */
@QuarkusTest
class ExamplesTest {

    static final Path FOLDER = Path.of("src/main/resources", Examples.FOLDER);

    @Test
    void theIndexListsEveryExampleFileAndNothingElse() throws Exception {
        List<String> files;
        try (Stream<Path> list = Files.list(FOLDER)) {
            files = list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".graphql")).sorted().toList();
        }
        assertTrue(files.size() >= 5, "examples for the journalists' questions");
        assertEquals(files, Examples.names().stream().sorted().toList(),
                "examples/index.txt lists exactly the .graphql files of " + FOLDER);
    }

    @Test
    void everyExampleIsValidAgainstTheRunningSchema() {
        // The schema as any client sees it: introspected from the running service, then rebuilt.
        Map<String, Object> introspection = GraphQL.ok(IntrospectionQuery.INTROSPECTION_QUERY).getMap("data");
        GraphQLSchema schema = UnExecutableSchemaGenerator.makeUnExecutableSchema(new SchemaParser()
                .buildRegistry(new IntrospectionResultToSchema().createSchemaDefinition(introspection)));
        for (String file : Examples.names()) {
            String query = read(file);
            ParseAndValidateResult result = ParseAndValidate.parseAndValidate(schema,
                    ExecutionInput.newExecutionInput(query).build());
            assertFalse(result.isFailure(), () -> file + ": " + result.getErrors());
            assertTrue(query.startsWith("#"), file + " starts with a comment saying what it answers");
            assertTrue(query.matches("(?s).*\\bquery [A-Z]\\w+.*"), file + " names its operation (the IDE's tab title)");
        }
    }

    @Test
    void everyExampleAnswersTheCuratedDataWithoutErrorsAndWithData() {
        for (String file : Examples.names()) {
            JsonPath json = GraphQL.ok(read(file));
            Map<String, Object> data = json.getMap("data");
            assertFalse(data.isEmpty(), file);
            List<String> empty = new ArrayList<>();
            data.forEach((field, value) -> {
                if (value == null || value instanceof List<?> l && l.isEmpty()
                        || value instanceof Map<?, ?> m && m.get("nodes") instanceof List<?> n && n.isEmpty()) {
                    empty.add(field);
                }
            });
            assertEquals(List.of(), empty, file + ": fields without data");
        }
    }

    @Test
    void theIdeServesTheSameFiles() {
        JsonPath served = given().when().get("/examples").then().statusCode(200).extract().jsonPath();
        assertEquals(Examples.names(), served.getList("file"));
        for (String file : Examples.names()) {
            assertEquals(read(file), served.getString("find { it.file == '" + file + "' }.query"), file);
            assertEquals(read(file), given().when().get("/examples/" + file).then().statusCode(200).extract()
                    .asString(), file);
        }
        given().when().get("/examples/nothing.graphql").then().statusCode(404);
        given().when().get("/ide/").then().statusCode(200).body(containsString("ide.js"));
        given().when().get("/ide/ide.js").then().statusCode(200).body(containsString("defaultTabs"));
        given().redirects().follow(false).when().get("/ide").then().statusCode(301)
                .header("Location", containsString("/ide/"));
    }

    /** The file as it is in the source tree, which is what the IDE must serve. */
    private static String read(String file) {
        try {
            return Files.readString(FOLDER.resolve(file), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
