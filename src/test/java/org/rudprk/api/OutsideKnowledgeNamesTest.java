package org.rudprk.api;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The curated data holds no name from outside the articles, so this test adds one the way the
 * loader would store a name cited to a REFERENCE source, and checks that the API marks it and
 * that names(inArticles:) filters it like citations(filter: {inArticles}). It removes it after.
 */
@QuarkusTest
class OutsideKnowledgeNamesTest {

    private static final String NAME = "Outside Test Name";

    @BeforeEach
    void addAReferenceName() throws SQLException {
        org.rudprk.RunDatabase.execute("""
                insert into actor_names (actor_id, name, language, kind, source_id)
                select a.id, '%s', 'en', 'ALIAS', s.id from actors a, sources s
                where a.slug = 'north-korea' and s.slug = 'reference-iso-3166-1'""".formatted(NAME));
    }

    @AfterEach
    void removeIt() throws SQLException {
        org.rudprk.RunDatabase.execute("delete from actor_names where name = '" + NAME + "'");
    }

    @Test
    void aNameFromAReferenceWorkIsMarkedAndFilteredOut() {
        String query = """
                { actorBySlug(slug: "north-korea") {
                    names(first: 100, inArticles: %s) { totalCount nodes { name inArticles paragraph source { kind } } }
                } }""";
        JsonPath outside = GraphQL.ok(query.formatted("false"));
        String n = "data.actorBySlug.names";
        assertEquals(List.of(NAME), outside.getList(n + ".nodes.name"));
        assertEquals(List.of(false), outside.getList(n + ".nodes.inArticles"));
        assertEquals(List.of("REFERENCE"), outside.getList(n + ".nodes.source.kind"));
        assertEquals(java.util.Collections.singletonList(null), outside.getList(n + ".nodes.paragraph"));
        JsonPath inArticles = GraphQL.ok(query.formatted("true"));
        assertThat(inArticles.getList(n + ".nodes.name"), not(hasItem(NAME)));
        assertThat(inArticles.getList(n + ".nodes.inArticles"), not(hasItem(false)));
        JsonPath all = GraphQL.ok(query.replace(", inArticles: %s", ""));
        assertEquals(inArticles.getInt(n + ".totalCount") + 1, all.getInt(n + ".totalCount"));
    }
}
