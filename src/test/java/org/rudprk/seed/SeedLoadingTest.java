package org.rudprk.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loading seeds through Flyway against the real PostgreSQL, in a throwaway schema: a
 * curator's mistake stops the load with a message naming file, record and field, and the
 * database is left exactly as it was.
 */
class SeedLoadingTest {

    private static final Path FIXTURE = Path.of("src/test/resources/seed-fixtures/valid");

    @TempDir
    Path seeds;

    private String schema;

    /**
     * Flyway logs each failed load at ERROR: right for a server, but here the failures are what
     * the tests provoke and assert, so that line is not printed while they run (a green build
     * shows no expected error). Held in a field: a logger's level lives as long as its object.
     */
    private static final java.util.logging.Logger FLYWAY_MIGRATE =
            java.util.logging.Logger.getLogger("org.flywaydb.core.internal.command.DbMigrate");
    private static java.util.logging.Level flywayLevel;

    @org.junit.jupiter.api.BeforeAll
    static void quietExpectedFailures() {
        flywayLevel = FLYWAY_MIGRATE.getLevel();
        FLYWAY_MIGRATE.setLevel(java.util.logging.Level.OFF);
    }

    @org.junit.jupiter.api.AfterAll
    static void restoreFlywayLog() {
        FLYWAY_MIGRATE.setLevel(flywayLevel);
    }

    @BeforeEach
    void copyFixture() throws IOException {
        schema = "seedtest_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (var files = Files.list(FIXTURE)) {
            for (Path f : files.toList()) {
                Files.copy(f, seeds.resolve(f.getFileName()));
            }
        }
    }

    @AfterEach
    void dropSchema() throws SQLException {
        try (Connection c = connect(); Statement st = c.createStatement()) {
            st.execute("drop schema if exists " + schema + " cascade");
        }
    }

    @Test
    void validSeedsLoadThroughFlyway() throws SQLException {
        migrate();
        assertEquals(List.of("alpha-shells-to-beta", "betaland-statement-on-shells"),
                column("select slug from records order by id"));
        assertEquals(List.of("UP_TO|1000000|USD|ESTIMATE"), column(
                "select distinct qualifier || '|' || high::bigint || '|' || unit || '|' || nature from estimates"));
        assertEquals(List.of("2024-09-01|2025-02-28|SEASON|MONTH"), column(
                "select start_earliest || '|' || end_latest || '|' || start_precision || '|' || end_precision from records "
                + "where slug = 'alpha-shells-to-beta'"));
        assertEquals(1, column("select version from dataset_release").size());
    }

    @Test
    void aClaimSharedByTwoRecordsIsOneClaim() throws SQLException {
        migrate();
        assertEquals(List.of("betaland-shells-value|2|2"), column("""
                select cl.slug || '|' || (select count(*) from citations c where c.claim_id = cl.id)
                       || '|' || (select count(*) from estimates e where e.claim_id = cl.id)
                from claims cl"""));
        assertEquals(List.of("{1}", "{1}"), column("select period_basis::text from records order by id"));
    }

    @Test
    void aClaimCopiedOntoAnotherRecordWithoutItsIdentityIsRefused() throws Exception {
        String message = failedLoad("statements.yaml", "- claim: betaland-shells-value\n        source", "- source");
        assertTrue(message.contains("statements.yaml: record 'betaland-statement-on-shells' field 'citations[0].claim': "
                + "[SEED_CLAIM_COPIED] the same claim (source 'fixture-article' paragraph 1, same claimant and numbers) "
                + "also supports record 'alpha-shells-to-beta'"), message);
    }

    @Test
    void oneClaimHasOneSetOfNumbers() throws Exception {
        String message = failedLoad("statements.yaml", "high: 1000000", "high: 2000000");
        assertTrue(message.contains("field 'citations[0].claim': [SEED_CLAIM_MISMATCH] claim 'betaland-shells-value' "
                + "differs here from"), message);
        assertTrue(message.contains("(estimates)"), message);
    }

    @Test
    void aForecastIsNotAnEstimateOfWhatHappened() throws Exception {
        String message = failedLoad("shipments.yaml", "stance: ASSERTS", "stance: FORECASTS");
        assertTrue(message.contains("shipments.yaml: record 'alpha-shells-to-beta' field "
                + "'citations[0].estimates[0].nature': [SEED_FORECAST_AS_ESTIMATE]"), message);
    }

    @Test
    void aPeriodWithoutABasisIsRefused() throws Exception {
        String message = failedLoad("statements.yaml",
                "    basis:\n      - {source: fixture-article, paragraph: 1, gives: 2025-03}\n", "");
        assertTrue(message.contains("statements.yaml: record 'betaland-statement-on-shells' field 'basis': "
                + "[SEED_PERIOD_WITHOUT_BASIS]"), message);
    }

    @Test
    void aDateFinerThanItsBasisIsRefused() throws Exception {
        String message = failedLoad("statements.yaml", "    date: 2025-03\n", "    date: 2025-03-14\n");
        assertTrue(message.contains("statements.yaml: record 'betaland-statement-on-shells' field 'date': "
                + "[SEED_DATE_FINER_THAN_BASIS] 2025-03-14 (DAY) is given by no basis entry"), message);
    }

    @Test
    void aBasisMustBeOneOfTheRecordsOwnCitations() throws Exception {
        String message = failedLoad("statements.yaml", "{source: fixture-article, paragraph: 1, gives: 2025-03}",
                "{source: fixture-article, paragraph: 2, gives: 2025-03}");
        assertTrue(message.contains("field 'basis[0].paragraph': [SEED_BASIS_NOT_CITED]"), message);
    }

    @Test
    void outsideKnowledgeMustComeFromAReferenceSourceWithAnAddress() throws Exception {
        String message = failedLoad("sources.yaml", "kind: NEWS_ARTICLE", "kind: REFERENCE");
        assertTrue(message.contains("sources.yaml: source 'fixture-article' field 'corpusFile': "
                + "[SEED_REFERENCE_IN_CORPUS]"), message);
        assertTrue(message.contains("sources.yaml: source 'fixture-article' field 'url': "
                + "[SEED_REFERENCE_WITHOUT_ADDRESS]"), message);
    }

    @Test
    void namesCodesAndCoordinatesCarryTheirSources() throws SQLException {
        migrate();
        assertEquals(List.of("Beta Land|fixture-article|1", "Betaland||", "Betania|fixture-reference|"), column("""
                select n.name || '|' || coalesce(s.slug, '') || '|' || coalesce(n.paragraph::text, '')
                from actor_names n join actors a on a.id = n.actor_id left join sources s on s.id = n.source_id
                where a.slug = 'betaland' order by n.name collate \"C\""""));
        assertEquals(List.of("ALP|fixture-reference", "BET|fixture-reference"), column("""
                select a.iso_code || '|' || s.slug from actors a join sources s on s.id = a.iso_code_source_id
                order by a.iso_code"""));
        assertEquals(List.of("alpha-city|fixture-reference"), column("""
                select l.slug || '|' || s.slug from locations l join sources s on s.id = l.coordinates_source_id"""));
    }

    @Test
    void anIsoCodeWithoutItsReferenceIsRefused() throws Exception {
        String message = failedLoad("actors.yaml", "    isoCode: ALP\n    isoCodeSource: fixture-reference\n",
                "    isoCode: ALP\n");
        assertTrue(message.contains("actors.yaml: actor 'alphaland' field 'isoCode': [SEED_UNSOURCED_FACT]"), message);
    }

    @Test
    void coordinatesCitedToAnArticleAreRefused() throws Exception {
        String message = failedLoad("locations.yaml", "coordinatesSource: fixture-reference",
                "coordinatesSource: fixture-article");
        assertTrue(message.contains("locations.yaml: location 'alpha-city' field 'coordinatesSource': "
                + "[SEED_OUTSIDE_FACT_CITED_TO_ARTICLE]"), message);
    }

    @Test
    void coordinatesWithoutTheirReferenceAreRefused() throws Exception {
        String message = failedLoad("locations.yaml", "    coordinatesSource: fixture-reference\n", "");
        assertTrue(message.contains("locations.yaml: location 'alpha-city' field 'coordinates': "
                + "[SEED_UNSOURCED_FACT]"), message);
    }

    @Test
    void aNameWithoutASourceIsRefused() throws Exception {
        String message = failedLoad("actors.yaml", ", source: fixture-article, paragraph: 1}", "}");
        assertTrue(message.contains("actors.yaml: actor 'betaland' field 'names[0].source': [SEED_UNSOURCED_FACT] "
                + "name 'Beta Land' has no source"), message);
    }

    @Test
    void aNameCitedToAnArticleNeedsItsParagraph() throws Exception {
        String message = failedLoad("actors.yaml", ", source: fixture-article, paragraph: 1}",
                ", source: fixture-article}");
        assertTrue(message.contains("actors.yaml: actor 'betaland' field 'names[0].paragraph'"), message);
    }

    @Test
    void eachReleaseLogsWhatItCorrectedFieldByField() throws Exception {
        migrate();
        assertEquals(List.of(), column("select id from dataset_changes"), "the first release has nothing before it");
        String first = column("select version from dataset_release").get(0);
        Path shipments = seeds.resolve("shipments.yaml");
        Files.writeString(shipments, Files.readString(shipments).replace("summary: A made-up shipment.",
                "summary: A corrected shipment."));
        Path statements = seeds.resolve("statements.yaml");
        Files.writeString(statements, Files.readString(statements).replace("        summary: Betaland says it received "
                + "the shells.\n", "        summary: Betaland says it received the shells.\n        firmness: STATED\n"
                + "        quote: We received them.\n"));
        migrate();
        String second = column("select version from dataset_release").get(0);
        assertTrue(!first.equals(second));
        assertEquals(List.of(
                "CITATION|betaland-statement-on-shells|fixture-article#1 betaland [1]|CHANGED|quote||We received them.",
                "RECORD|alpha-shells-to-beta||CHANGED|summary|A made-up shipment.|A corrected shipment."),
                column("""
                        select entity || '|' || record_slug || '|' || coalesce(citation_key, '') || '|' || change || '|'
                               || field || '|' || coalesce(old_value, '') || '|' || coalesce(new_value, '')
                        from dataset_changes where version = '%s' and previous_version = '%s' order by id"""
                        .formatted(second, first)));
    }

    @Test
    void unknownReferenceNamesFileRecordAndField() throws Exception {
        String message = failedLoad("shipments.yaml", "supplier: alphaland", "supplier: gammaland");
        assertTrue(message.contains("shipments.yaml: record 'alpha-shells-to-beta' field 'supplier': unknown actor "
                + "'gammaland'"), message);
    }

    @Test
    void malformedDateNamesFileRecordAndField() throws Exception {
        String message = failedLoad("shipments.yaml", "to: 2025-02}", "to: 2025-02-30}");
        assertTrue(message.contains("shipments.yaml: record 'alpha-shells-to-beta' field 'period.to': "
                + "'2025-02-30' is not a real date"), message);
    }

    @Test
    void valueOutsideAnEnumNamesFileRecordAndFieldAndTheAllowedValues() throws Exception {
        String message = failedLoad("shipments.yaml", "stance: ASSERTS", "stance: CLAIMS");
        assertTrue(message.contains("shipments.yaml: record 'alpha-shells-to-beta' field 'citations[0].stance': "
                + "'CLAIMS' is not one of [ASSERTS"), message);
    }

    @Test
    void duplicateIdentifierNamesBothPlaces() throws Exception {
        String message = failedLoad("actors.yaml", "slug: betaland", "slug: alphaland");
        assertTrue(message.contains("duplicate actor 'alphaland'"), message);
        assertTrue(message.contains("actors.yaml: actor 'alphaland'"), message);
    }

    @Test
    void paragraphBeyondTheSourceIsRefused() throws Exception {
        String message = failedLoad("shipments.yaml", "paragraph: 1", "paragraph: 7");
        assertTrue(message.contains("field 'citations[0].paragraph': paragraph 7 is outside source "
                + "'fixture-article', which has 2 paragraphs"), message);
    }

    @Test
    void estimateBoundsMustMatchTheQualifier() throws Exception {
        String message = failedLoad("shipments.yaml", "qualifier: UP_TO, high: 1000000",
                "qualifier: UP_TO, low: 5, high: 1000000");
        assertTrue(message.contains("field 'citations[0].estimates[0].qualifier': UP_TO needs high only"), message);
    }

    @Test
    void aTypoInAFieldNameIsReportedNotIgnored() throws Exception {
        String message = failedLoad("shipments.yaml", "summary: A made-up shipment.",
                "summary: A made-up shipment.\n    sumary: typo");
        assertTrue(message.contains("field 'sumary': unknown field"), message);
    }

    /**
     * Loads the valid fixture, breaks one file, loads again, and checks the second load
     * failed and changed nothing.
     */
    private String failedLoad(String file, String from, String to) throws Exception {
        migrate();
        List<String> before = snapshot();
        Path target = seeds.resolve(file);
        String text = Files.readString(target);
        assertTrue(text.contains(from), "fixture " + file + " must contain '" + from + "'");
        Files.writeString(target, text.replace(from, to));
        FlywayException e = assertThrows(FlywayException.class, this::migrate);
        assertEquals(before, snapshot(), "a failed load leaves the database exactly as it was");
        Throwable cause = e;
        while (cause != null && !(cause instanceof SeedException)) {
            cause = cause.getCause();
        }
        assertTrue(cause instanceof SeedException, "the failure is reported as a seed problem: " + e);
        return cause.getMessage();
    }

    private void migrate() {
        Flyway.configure()
                .dataSource(url(), user(), password())
                .schemas(schema).defaultSchema(schema).createSchemas(true)
                .locations("classpath:db/migration")
                .javaMigrations(new CuratedSeedsMigration("filesystem:" + seeds))
                .load().migrate();
    }

    /** Every curated row, plus Flyway's record of what it applied. */
    private List<String> snapshot() throws SQLException {
        List<String> rows = new ArrayList<>();
        for (String table : List.of("sources", "actors", "actor_names", "locations", "records", "citations",
                "estimates", "claims", "record_actors", "dataset_release", "flyway_schema_history")) {
            rows.add(table + ": " + column("select md5(string_agg(t::text, ',' order by t::text)) from " + table + " t"));
        }
        return rows;
    }

    private List<String> column(String sql) throws SQLException {
        try (Connection c = connect(); Statement st = c.createStatement()) {
            st.execute("set search_path to " + schema);
            List<String> out = new ArrayList<>();
            try (ResultSet rs = st.executeQuery(sql)) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), user(), password());
    }

    /** This run's test database (org.rudprk.RunDatabase). */
    static String url() {
        return org.rudprk.RunDatabase.url().replaceFirst("\\?.*$", "");
    }

    /** Loading seeds takes the migration credentials, as Flyway does in the application. */
    static String user() {
        return org.rudprk.RunDatabase.ownerUser();
    }

    static String password() {
        return org.rudprk.RunDatabase.ownerPassword();
    }
}
