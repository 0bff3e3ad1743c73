package org.rudprk.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.rudprk.api.GraphQL;

import graphql.introspection.IntrospectionQuery;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * GraphQL tools (GraphiQL at /ide and /q/graphql-ui, graphql-js, graphql-java, code generators)
 * read the schema with the standard introspection query, whose type references unwrap
 * {@code ofType} up to nine times; the depth limit lets that through, and still refuses nesting
 * that fans out.
 */
@QuarkusTest
class IntrospectionTest {

    /** graphql-js 16's getIntrospectionQuery() type reference, as GraphiQL sends it. */
    static final String TYPE_REF = "fragment TypeRef on __Type { kind name " + "ofType { kind name ".repeat(9)
            + "} ".repeat(10);

    @Test
    void theStandardIntrospectionQueriesAreAnswered() {
        JsonPath java = GraphQL.ok(IntrospectionQuery.INTROSPECTION_QUERY);
        assertTrue(java.getList("data.__schema.types.name").contains("RecordFilter"));
        JsonPath js = GraphQL.ok("""
                query IntrospectionQuery { __schema { queryType { name } types { ...FullType } } }
                fragment FullType on __Type { kind name fields(includeDeprecated: true) { name args { name type {
                  ...TypeRef } } type { ...TypeRef } } inputFields { name type { ...TypeRef } } }
                """ + TYPE_REF);
        assertEquals("Query", js.getString("data.__schema.queryType.name"));
    }

    @Test
    void nestingThatFansOutIsStillRefused() {
        // __type, then fields and type in turn, each fanning out over a type's fields: the schema is
        // walked again below itself, which the limits refuse whatever the depth.
        String deep = "{ __type(name: \"Query\") { " + "fields { type { ".repeat(5) + "fields { name "
                + "} ".repeat(12) + "}";
        List<Map<String, Object>> errors = GraphQL.post(deep, Map.of()).then().extract().jsonPath().getList("errors");
        assertEquals("INTROSPECTION_LIMIT", ((Map<?, ?>) errors.get(0).get("extensions")).get("code"));
    }
}
