package org.rudprk.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The data layer's rules, checked on its sources: no Hibernate SPI anywhere, no row read by
 * position in the packages that read the database through {@link Sql} and {@link Row}, and one
 * JSON library in our code.
 */
class DataLayerRulesTest {

    private static final Path MAIN = Path.of("src/main/java/org/rudprk");

    /** Hibernate's internal contracts (SPI packages) and the JDBC coordinator behind them. */
    private static final Pattern SPI = Pattern.compile("org\\.hibernate\\.[a-z.]*\\.spi\\.|getJdbcCoordinator");

    /**
     * A value taken from a row by its index: row[3], r[0], values[2], getObject(1), a JDBC getter
     * past the first column (rs.getString(2)), or columns walked by a counted index
     * (read(rs, i + 1, ...)): a single-column result may be read as column 1, anything wider by
     * label (Row reads each column once by index to key it by its label; that is the mapping).
     */
    private static final Pattern POSITIONAL = Pattern.compile(
            "\\b(row|r|values)\\[[0-9]|getObject\\([0-9]|\\.get[A-Z][A-Za-z]*\\(([2-9]|[1-9][0-9])\\)"
                    + "|\\(rs,\\s*[a-z]+\\s*\\+\\s*1\\b");

    /**
     * JSON libraries other than jakarta.json (JSON-P), the one SmallRye GraphQL speaks: Jackson
     * (which Vert.x and Flyway still bring along), JSON-B, Gson, org.json, Vert.x's JsonObject.
     */
    private static final Pattern OTHER_JSON = Pattern.compile("com\\.fasterxml\\.jackson|jakarta\\.json\\.bind|javax\\.json"
            + "|com\\.google\\.gson|\\borg\\.json\\.|io\\.vertx\\.core\\.json");

    /** Where SQL results are read by column label: everywhere. */
    private static final List<String> BY_LABEL = List.of("");

    @Test
    void noHibernateSpi() throws IOException {
        assertEquals(List.of(), offending(MAIN, SPI), "Hibernate SPI used (use public APIs: Session, NativeQuery)");
    }

    @Test
    void rowsAreReadByLabel() throws IOException {
        List<String> found = new ArrayList<>();
        for (String pkg : BY_LABEL) {
            found.addAll(offending(MAIN.resolve(pkg), POSITIONAL));
        }
        assertEquals(List.of(), found, "rows read by position (give the column an alias and read it by label)");
    }

    @Test
    void oneJsonLibrary() throws IOException {
        assertEquals(List.of(), offending(Path.of("src/main/java"), OTHER_JSON),
                "our code reads and writes JSON with jakarta.json (JSON-P) only");
    }

    private static List<String> offending(Path dir, Pattern pattern) throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                List<String> lines = Files.readAllLines(f);
                for (int i = 0; i < lines.size(); i++) {
                    if (pattern.matcher(lines.get(i)).find()) {
                        out.add(f + ":" + (i + 1) + ": " + lines.get(i).trim());
                    }
                }
            }
        }
        return out;
    }
}
