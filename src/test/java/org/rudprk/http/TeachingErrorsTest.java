package org.rudprk.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.rudprk.api.GraphQL;

import io.quarkus.test.junit.QuarkusTest;

/** Errors say where and what to do next. */
@QuarkusTest
class TeachingErrorsTest {

    @Test
    void aSyntaxErrorNamesLineColumnAndToken() {
        String doc = "{\n  shipments(first: 3 {\n    totalCount } }";
        given().contentType("application/json").accept(GraphQLHttpHandler.GRAPHQL_RESPONSE_JSON)
                .body(Map.of("query", doc)).post("/graphql").then().statusCode(400)
                .contentType(containsString(GraphQLHttpHandler.GRAPHQL_RESPONSE_JSON))
                .body("$", not(hasKey("data")))
                .body("errors[0].extensions.code", equalTo("GRAPHQL_PARSE_FAILED"))
                .body("errors[0].message", allOf(containsString("line 2, column 22"), containsString("'{'")))
                .body("errors[0].locations[0].line", equalTo(2))
                .body("errors[0].locations[0].column", equalTo(22));
        // legacy application/json: 200, same error
        GraphQL.post("{ shipments(first: 3) { totalCount }", Map.of()).then().statusCode(200)
                .body("errors[0].message", containsString("end of document"));
    }

    @Test
    void aWrongEnumValueListsTheValidOnes() {
        GraphQL.post("{ records(orderBy: TITLE_AS) { totalCount } }", Map.of()).then().statusCode(200)
                .body("errors[0].message", allOf(containsString("'TITLE_AS'"), containsString("Valid values of"),
                        containsString("DATE_DESC"), containsString("did you mean 'TITLE_ASC'"),
                        not(containsString("EnumValue{"))));
    }

    @Test
    void anUnknownFieldSuggestsTheNearestName() {
        GraphQL.post("{ shipments(first: 3) { totalCont } }", Map.of()).then().statusCode(200)
                .body("errors[0].message", allOf(containsString("'totalCont'"), containsString("did you mean 'totalCount'")))
                .body("errors[0].extensions.classification", equalTo("ValidationError"))
                .body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"));
    }

    @Test
    void anUnknownInputFieldNamesItsTypeTheNearestFieldAndAllFields() {
        // a journalist's guess: "actor" where the filter has "involves: {actors: [...]}"
        GraphQL.post("{ shipments(filter: {involves: {actor: [\"russia\"]}}) { totalCount } }", Map.of()).then()
                .statusCode(200)
                .body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"))
                .body("errors[0].extensions.classification", equalTo("ValidationError"))
                .body("errors[0].message", allOf(containsString("has no field 'actor'"),
                        containsString("did you mean 'actors'"), containsString("Fields of "),
                        not(containsString("ObjectValue{"))));
        GraphQL.post("{ shipments(filter: {zzzzzz: 1}) { totalCount } }", Map.of()).then()
                .body("errors[0].message", allOf(containsString("Input type 'RecordFilter' has no field 'zzzzzz' (in argument 'filter')."),
                        containsString("Fields of RecordFilter: "), containsString("involves"),
                        not(containsString("did you mean"))));
    }

    @Test
    void aVariableThatCannotBeCoercedIsBadUserInputListingTheValidValues() {
        GraphQL.post("query($k: [RecordKind!]) { records(filter: {kind: $k}) { totalCount } }",
                Map.of("k", java.util.List.of("EVNT"))).then()
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", allOf(containsString("'EVNT'"), containsString("EVENT")));
        GraphQL.post("{ records(filter: {kind: [EVNT]}) { totalCount } }", Map.of()).then()
                .body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"))
                .body("errors[0].message", containsString("did you mean 'EVENT'"));
    }

    /**
     * The explanations come from the document, the variables and the schema, not from graphql-java's
     * wording: each says where in the value (a path into the argument or variable), what is there,
     * and what fits; none quotes graphql-java's AST classes or SmallRye's message codes.
     */
    @Test
    void explanationsNameThePathInsideTheValueAndWhatFits() {
        // a nested variable value: the path to the bad enum value
        GraphQL.post("query($f: RecordFilter) { records(filter: $f) { totalCount } }",
                Map.of("f", Map.of("involves", Map.of("actors", java.util.List.of("russia"),
                        "roles", java.util.List.of("SUPPLYER"))))).then()
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", allOf(containsString("'f.involves.roles[0]'"), containsString("'SUPPLYER'"),
                        containsString("Valid values of ActorRole"), containsString("did you mean 'SUPPLIER'")));
        // a variable with a field its input type does not have
        GraphQL.post("query($f: RecordFilter) { records(filter: $f) { totalCount } }", Map.of("f", Map.of("involve", Map.of())))
                .then().body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", allOf(containsString("has no field 'involve' (in variable 'f')"),
                        containsString("did you mean 'involves'"), containsString("Fields of RecordFilter: ")));
        // a field's argument that does not exist
        GraphQL.post("{ records(frist: 2) { totalCount } }", Map.of()).then()
                .body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"))
                .body("errors[0].message", allOf(containsString("Field 'records' has no argument 'frist'"),
                        containsString("did you mean 'first'"), containsString("Arguments of records: first")));
        // an enum value in quotes, and a string where a number goes
        GraphQL.post("{ records(orderBy: \"TITLE_ASC\") { totalCount } }", Map.of()).then()
                .body("errors[0].message", allOf(containsString("Argument 'orderBy' is the string \"TITLE_ASC\""),
                        containsString("without quotes: TITLE_ASC"), not(containsString("StringValue{"))));
        GraphQL.post("{ records(first: \"two\") { totalCount } }", Map.of()).then()
                .body("errors[0].message", allOf(containsString("Argument 'first' must be Int"),
                        not(containsString("SRGQL")), not(containsString("StringValue{"))));
        // a list item inside an input object, written in the document
        GraphQL.post("{ records(filter: {kind: [SHIPMENT, EVNT]}) { totalCount } }", Map.of()).then()
                .body("errors[0].message", allOf(containsString("Argument 'filter.kind[1]' has the value 'EVNT'"),
                        not(containsString("Validation error ("))));
    }

    @Test
    void anUnknownSlugInAFilterIsRefusedWithTheNearestKnownOnes() {
        GraphQL.post("{ records(filter: {involves: {actors: [\"kim-jong-um\"]}}) { totalCount } }", Map.of()).then()
                .statusCode(200)
                .body("errors[0].extensions.code", equalTo("UNKNOWN_SLUG"))
                .body("errors[0].message", allOf(containsString("filter.involves.actors"), containsString("'kim-jong-um'"),
                        containsString("'kim-jong-un'")))
                .body("errors[0].extensions.kind", equalTo("actor"))
                .body("errors[0].extensions.slug", equalTo("kim-jong-um"))
                .body("errors[0].extensions.suggestions[0]", equalTo("kim-jong-un"));
        GraphQL.post("{ records(filter: {locations: [\"pyongyan\"]}) { totalCount } }", Map.of()).then()
                .body("errors[0].extensions.code", equalTo("UNKNOWN_SLUG"))
                .body("errors[0].message", containsString("'pyongyang'"));
        // a known slug still counts
        GraphQL.ok("{ records(filter: {involves: {actors: [\"kim-jong-un\"]}}) { totalCount } }");
    }

    @Test
    void anUnknownSlugInALookUpIsRefusedNotNull() {
        GraphQL.post("{ actorBySlug(slug: \"kim-jong-um\") { name } }", Map.of()).then().statusCode(200)
                .body("errors[0].extensions.code", equalTo("UNKNOWN_SLUG"))
                .body("errors[0].message", containsString("did you mean 'kim-jong-un'"))
                .body("errors[0].extensions.suggestions", org.hamcrest.Matchers.hasItem("kim-jong-un"));
        GraphQL.post("{ locationBySlug(slug: \"pyongyan\") { name } }", Map.of()).then()
                .body("errors[0].extensions.code", equalTo("UNKNOWN_SLUG"))
                .body("errors[0].message", containsString("'pyongyang'"));
        GraphQL.post("{ sourceBySlug(slug: \"no-such-source-at-all\") { title } }", Map.of()).then()
                .body("errors[0].extensions.code", equalTo("UNKNOWN_SLUG"))
                .body("errors[0].extensions.suggestions", org.hamcrest.Matchers.empty());
        GraphQL.ok("{ actorBySlug(slug: \"kim-jong-un\") { name } }");
    }
}
