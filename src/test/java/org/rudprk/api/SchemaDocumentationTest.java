package org.rudprk.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

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

    @Test
    void runningSchemaMatchesTheCommittedSdl() throws Exception {
        String running = given().when().get("/graphql/schema.graphql").then().statusCode(200).extract().asString();
        if (Boolean.getBoolean("schema.update")) {
            Files.writeString(COMMITTED, running, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(COMMITTED), COMMITTED + " is missing; generate it with -Dschema.update=true");
        assertEquals(Files.readString(COMMITTED, StandardCharsets.UTF_8), running,
                "the schema changed: review the difference and update " + COMMITTED
                        + " with ./mvnw test -Dtest=SchemaDocumentationTest -Dschema.update=true");
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
