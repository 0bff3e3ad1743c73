package org.rudprk.seed;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * The curated seeds pass every check the loader makes. Fast, and needs no database:
 * curators run it with {@code ./mvnw test -Dtest=SeedFilesTest} before committing.
 */
class SeedFilesTest {

    @Test
    void curatedSeedsAreValid() {
        SeedModel.Dataset d = assertDoesNotThrow(() -> SeedReader.read(SeedFiles.read("classpath:seeds")),
                "the curated seeds must load; the message lists each problem by file, record and field");
        assertEquals(5, d.sources().stream().filter(s -> !"REFERENCE".equals(s.kind())).count(),
                "one source per article of the corpus");
        // Outside knowledge only as outside knowledge: every other source is a REFERENCE with an address.
        d.sources().stream().filter(s -> "REFERENCE".equals(s.kind())).forEach(s -> {
            assertTrue(s.url() != null && s.url().startsWith("https://"), s.slug());
            assertTrue(s.corpusFile() == null, s.slug());
        });
        assertTrue(d.actors().size() >= 40, "about forty actors");
        assertTrue(d.locations().size() >= 12, "about a dozen places");
        assertTrue(d.records().size() >= 80, "on the order of a hundred records");
    }

    @Test
    void everyCorpusFileIsASource() {
        SeedModel.Dataset d = SeedReader.read(SeedFiles.read("classpath:seeds"));
        Set<String> files = new HashSet<>();
        d.sources().stream().filter(s -> s.corpusFile() != null).forEach(s -> files.add(s.corpusFile()));
        assertEquals(Set.of("000_e7642746e4f9b3e6.txt", "001_35e5f363ac7fa6a4.txt", "002_83ac2995f44ede56.txt",
                "003_0a55d6b77c922499.txt", "004_5507d903b077be36.txt"), files);
    }

    @Test
    void versionFollowsContent() {
        SeedFiles a = SeedFiles.read("classpath:seeds");
        SeedFiles b = SeedFiles.read("classpath:seeds");
        assertEquals(a.version(), b.version());
        assertEquals(a.checksum(), b.checksum());
        assertTrue(a.version().matches("ds-[0-9a-f]{12}"));
    }
}
