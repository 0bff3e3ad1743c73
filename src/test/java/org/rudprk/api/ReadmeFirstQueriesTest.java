package org.rudprk.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The README's three first queries run without errors and return data. */
@QuarkusTest
class ReadmeFirstQueriesTest {

    @Test
    void theFirstQueriesOfTheReadmeWork() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        String part = readme.substring(readme.indexOf("Three first queries"), readme.indexOf("A mistyped slug"));
        Matcher m = Pattern.compile("```graphql\\n(.*?)\\n```", Pattern.DOTALL).matcher(part);
        List<String> queries = new ArrayList<>();
        while (m.find()) {
            queries.add(m.group(1));
        }
        assertEquals(3, queries.size());
        for (String q : queries) {
            var json = GraphQL.ok(q);
            org.junit.jupiter.api.Assertions.assertFalse(json.getMap("data").isEmpty(), q);
        }
    }
}
