package org.rudprk.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.rudprk.api.GraphQL;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * GraphQL's built-in scalars take input as the specification says: a value of the wrong kind is
 * a request error (no data; 400 with application/graphql-response+json), never a field error, an
 * internal error or a silently different number.
 */
@QuarkusTest
class StrictScalarsTest {

    private static final String PAGE = "query($n: Int) { records(first: $n) { totalCount } }";

    private static ValidatableResponse post(String query, Object n) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("n", n);
        Map<String, Object> body = new HashMap<>();
        body.put("query", query);
        body.put("variables", variables);
        return given().contentType("application/json").accept(GraphQLHttpHandler.GRAPHQL_RESPONSE_JSON)
                .body(body).post("/graphql").then();
    }

    private static void refusedVariable(String query, Object n, String... said) {
        ValidatableResponse r = post(query, n).statusCode(400).body("$", not(hasKey("data")))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", containsString("Variable 'n'"));
        for (String s : said) {
            r.body("errors[0].message", containsString(s));
        }
    }

    @Test
    void anIntVariableMustBeAWholeNumberInRange() {
        refusedVariable(PAGE, "two", "must be Int", "the string \"two\"");
        // digits in a string are still a string
        refusedVariable(PAGE, "2", "must be Int", "the string \"2\"");
        // was an internal error
        refusedVariable(PAGE, 2.5, "must be Int", "2.5");
        refusedVariable(PAGE, 3_000_000_000L, "-2147483648 to 2147483647", "3000000000");
        refusedVariable(PAGE, true, "must be Int", "a boolean");
        // a whole number written with a fraction of zero is a whole number
        post(PAGE, 2.0).statusCode(200).body("data.records.totalCount", org.hamcrest.Matchers.greaterThan(0));
        post(PAGE, 2).statusCode(200).body("data.records.totalCount", org.hamcrest.Matchers.greaterThan(0));
    }

    @Test
    void stringBooleanAndIdVariablesTakeOnlyTheirKinds() {
        refusedVariable("query($n: String!) { actorBySlug(slug: $n) { name } }", 5, "must be String", "the number 5");
        refusedVariable("query($n: ID!) { node(id: $n) { id } }", true, "must be ID", "a boolean");
        refusedVariable("query($n: ID!) { node(id: $n) { id } }", 1.5, "must be ID", "1.5");
        // an ID may be written as a whole number: it passes coercion, and is then not one of this API's
        post("query($n: ID!) { node(id: $n) { id } }", 12).statusCode(200)
                .body("errors[0].extensions.code", equalTo("INVALID_ID"));
    }

    @Test
    void aLiteralOfTheWrongKindOrOutOfRangeFailsValidation() {
        // was read as -1294967296
        GraphQL.post("{ records(first: 3000000000) { totalCount } }", Map.of()).then().statusCode(200)
                .body("$", not(hasKey("data")))
                .body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"))
                .body("errors[0].message", allOf(containsString("Argument 'first' must be Int"),
                        containsString("-2147483648 to 2147483647"), containsString("3000000000")));
        // was taken as 2
        GraphQL.post("{ records(first: \"2\") { totalCount } }", Map.of()).then()
                .body("$", not(hasKey("data")))
                .body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"))
                .body("errors[0].message", containsString("it is the string \"2\""));
        GraphQL.post("{ records(first: 2.5) { totalCount } }", Map.of()).then()
                .body("errors[0].message", containsString("it is the number 2.5"));
    }
}
