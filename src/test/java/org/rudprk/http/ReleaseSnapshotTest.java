package org.rudprk.http;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.rudprk.dataset.DatasetVersionHeader;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/**
 * An answer is labelled with the release its own snapshot read, not the one the background
 * refresh last saw. Here the refresh never comes (an hour apart), so a release loaded while the
 * service runs is seen by the requests' snapshots long before the background reads it: the
 * window in which, before, an answer from the new release went out named after the old one
 * (X-Dataset-Version, ETag) and was kept under the old one's key.
 */
@QuarkusTest
@TestProfile(ReleaseSnapshotTest.SlowRefresh.class)
class ReleaseSnapshotTest {

    /** The response cache on (as outside tests) and a background refresh that does not come during the test. */
    public static class SlowRefresh implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("rudprk.http.response-cache-bytes", "67108864", "rudprk.dataset.version-refresh", "1h");
        }
    }

    @Inject
    DatasetVersionHeader background;

    @Test
    void anAnswerNamesTheReleaseItsSnapshotRead() throws Exception {
        String before = background.version();
        String query = "query Snapshot { datasetRelease { version } }";
        Response first = given().accept("application/json").queryParam("query", query).when().get("/graphql");
        first.then().statusCode(200);
        assertEquals(before, first.jsonPath().getString("data.datasetRelease.version"));
        assertEquals(before, first.header(DatasetVersionHeader.HEADER));
        String next = "ds-0000" + Long.toHexString(System.nanoTime() & 0xffffffL);
        try {
            setVersion(next);
            assertEquals(before, background.version(), "precondition: the background refresh has not read it");

            // A new document (the first one's answer is kept, rightly, under the old release).
            String fresh = "query Fresh { datasetRelease { version } }";
            Response r = given().accept("application/json").queryParam("query", fresh).when().get("/graphql");
            r.then().statusCode(200);
            assertEquals(next, r.jsonPath().getString("data.datasetRelease.version"));
            assertEquals(next, r.header(DatasetVersionHeader.HEADER), "the header names the snapshot's release");
            assertTrue(r.header("ETag").startsWith("\"" + next + "."), "the ETag names it too: " + r.header("ETag"));

            // Kept under the release it was read from: asked again, it comes from the store with the same tag.
            Response again = given().accept("application/json").queryParam("query", fresh).when().get("/graphql");
            assertEquals(r.header("ETag"), again.header("ETag"));
            assertEquals(next, again.header(DatasetVersionHeader.HEADER));

            // A pin is checked against the snapshot: the new release is served, the old one refused.
            String pinned = "query Pinned { datasetRelease { version } }";
            given().header(DatasetVersionHeader.HEADER, next).queryParam("query", pinned).when().get("/graphql")
                    .then().statusCode(200).header(DatasetVersionHeader.HEADER, next);
            Response refused = given().header(DatasetVersionHeader.HEADER, before).queryParam("query", pinned)
                    .when().get("/graphql");
            refused.then().statusCode(409);
            assertEquals("DATASET_VERSION_MISMATCH", refused.jsonPath().getString("errors[0].extensions.code"));
            assertTrue(refused.jsonPath().getString("errors[0].message").contains(next),
                    "the refusal names the release served: " + refused.jsonPath().getString("errors[0].message"));
        } finally {
            setVersion(before);
        }
    }

    /**
     * The slugs a filter is checked against are those of the request's own snapshot: an actor added
     * with a new release is accepted by the requests that read that release before the background
     * refresh has seen it (before, the check used the slugs read for the background's release and
     * refused it as UNKNOWN_SLUG for up to a refresh interval).
     */
    @Test
    void aNewReleasesSlugsAreKnownToTheRequestsThatReadIt() throws Exception {
        String before = background.version();
        String probe = "release-snapshot-probe";
        // The slugs of the current release, read and kept by a first check.
        assertNull(org.rudprk.api.GraphQL.post(
                "{ records(filter: { involves: { actors: [\"north-korea\"] } }) { totalCount } }", Map.of())
                .jsonPath().get("errors"));
        String refused = org.rudprk.api.GraphQL.post(
                "{ records(filter: { involves: { actors: [\"" + probe + "\"] } }) { totalCount } }", Map.of())
                .jsonPath().getString("errors[0].extensions.code");
        assertEquals("UNKNOWN_SLUG", refused, "precondition: the probe is no actor of the current release");
        String next = "ds-0001" + Long.toHexString(System.nanoTime() & 0xffffffL);
        try {
            try (var c = org.rudprk.RunDatabase.owner();
                    var ps = c.prepareStatement("insert into actors (slug, kind, name) values (?, 'PERSON', 'Probe')")) {
                ps.setString(1, probe);
                assertEquals(1, ps.executeUpdate());
            }
            setVersion(next);
            assertEquals(before, background.version(), "precondition: the background refresh has not read it");
            Response r = org.rudprk.api.GraphQL.post(
                    "query NewSlug { records(filter: { involves: { actors: [\"" + probe + "\"] } }) { totalCount } }",
                    Map.of());
            assertNull(r.jsonPath().get("errors"), "a slug of the snapshot's release was refused: "
                    + r.jsonPath().getString("errors[0].message"));
            assertEquals(0, r.jsonPath().getInt("data.records.totalCount"));
            assertEquals(next, r.header(DatasetVersionHeader.HEADER));

            // An export checks its filter inside its own snapshot too (before, against the release
            // the background had read, which refused the probe).
            Response export = given().queryParam("filter", "{\"involves\": {\"actors\": [\"" + probe + "\"]}}")
                    .when().get("/export/records.csv");
            assertEquals(200, export.statusCode(), "a slug of the export's own release was refused: " + export.asString());
            assertEquals(next, export.header(DatasetVersionHeader.HEADER));
            assertEquals(1, export.asString().strip().lines().count(), "the header line only: the probe has no records");
        } finally {
            try (var c = org.rudprk.RunDatabase.owner();
                    var ps = c.prepareStatement("delete from actors where slug = ?")) {
                ps.setString(1, probe);
                ps.executeUpdate();
            }
            setVersion(before);
        }
        // and refuses it again once it is gone
        Response gone = given().queryParam("filter", "{\"involves\": {\"actors\": [\"" + probe + "\"]}}")
                .when().get("/export/records.csv");
        assertEquals(400, gone.statusCode(), gone.asString());
        assertEquals("UNKNOWN_SLUG", gone.jsonPath().getString("code"), "the export's code is the API's");
    }

    private static void setVersion(String version) throws java.sql.SQLException {
        try (var c = org.rudprk.RunDatabase.owner();
                var ps = c.prepareStatement("update dataset_release set version = ?")) {
            ps.setString(1, version);
            assertEquals(1, ps.executeUpdate());
        }
    }
}
