package org.rudprk.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seeds' YAML is read into the same values as it always was: dates stay text, whole numbers
 * and decimals are numbers, YAML 1.1 booleans are booleans; and a file that is not YAML is
 * refused with its name, line and column. Needs no database.
 */
class SeedYamlTest {

    @Test
    void scalarsAreTypedAsTheSeedsHaveAlwaysBeenRead() throws SeedYaml.NotYaml {
        Map<?, ?> v = (Map<?, ?>) SeedYaml.read("""
                day: 2024-06-19
                quoted: '2024-06-19'
                stamp: 2024-06-19 10:00:00
                year: 2024
                month: 2024-06
                ratio: 1.50
                thousand: 1e3
                big: 5_500_000_000
                hex: 0x1F
                octal: 012
                time: 12:30
                yes: yes
                word: No
                nothing: ~
                empty:
                list: [1, 2.5, 'x', "y"]
                text: |
                  two
                  lines
                """);
        assertEquals(List.of("day", "quoted", "stamp", "year", "month", "ratio", "thousand", "big", "hex", "octal",
                "time", "yes", "word", "nothing", "empty", "list", "text"), List.copyOf(v.keySet()), "in file order");
        assertEquals("2024-06-19", v.get("day"));
        assertEquals("2024-06-19", v.get("quoted"));
        assertEquals("2024-06-19 10:00:00", v.get("stamp"));
        assertEquals(BigInteger.valueOf(2024), v.get("year"));
        assertEquals("2024-06", v.get("month"));
        assertEquals(1.5, v.get("ratio"));
        assertEquals(1000.0, v.get("thousand"));
        assertEquals(new BigInteger("5500000000"), v.get("big"));
        assertEquals(BigInteger.valueOf(31), v.get("hex"));
        assertEquals(BigInteger.valueOf(10), v.get("octal"));
        assertEquals("12:30", v.get("time"));
        assertEquals(Boolean.TRUE, v.get("yes"));
        assertEquals(Boolean.FALSE, v.get("word"));
        assertEquals(Arrays.asList(null, null), Arrays.asList(v.get("nothing"), v.get("empty")));
        assertEquals(List.of(BigInteger.ONE, 2.5, "x", "y"), v.get("list"));
        assertEquals("two\nlines\n", v.get("text"));
        // How the checks read them as text.
        assertEquals(List.of("2024", "1000.0", "false", "null", ""), List.of(SeedYaml.text(v.get("year")),
                SeedYaml.text(v.get("thousand")), SeedYaml.text(v.get("word")), SeedYaml.text(null),
                SeedYaml.text(v.get("list"))));
    }

    @Test
    void aKeyGivenTwiceKeepsItsFirstPlaceAndLastValue() throws SeedYaml.NotYaml {
        Map<?, ?> v = (Map<?, ?>) SeedYaml.read("a: 1\nb: 2\na: 3\n");
        assertEquals(List.of("a", "b"), List.copyOf(v.keySet()));
        assertEquals(BigInteger.valueOf(3), v.get("a"));
    }

    @Test
    void onlyTheFirstDocumentIsRead() throws SeedYaml.NotYaml {
        assertEquals(Map.of("a", BigInteger.ONE), SeedYaml.read("a: 1\n---\nb: [2\n"));
        assertEquals(null, SeedYaml.read("# nothing but a comment\n"));
    }

    @Test
    void notYamlIsPlacedWhereTheProblemIs() {
        SeedYaml.NotYaml e = assertThrows(SeedYaml.NotYaml.class, () -> SeedYaml.read("a:\n  b: @c\n"));
        assertEquals(List.of(2, 6), List.of(e.line, e.column));
        e = assertThrows(SeedYaml.NotYaml.class, () -> SeedYaml.read("a: b\r\nc: d\u0007e\n"));
        assertEquals(List.of(2, 5, "special characters are not allowed"), List.of(e.line, e.column, e.getMessage()));
        e = assertThrows(SeedYaml.NotYaml.class, () -> SeedYaml.read("a: .inf\n"));
        assertEquals("Malformed numeric value '.inf'", e.getMessage());
        e = assertThrows(SeedYaml.NotYaml.class, () -> SeedYaml.read("a: &x [1, *x]\n"));
        assertTrue(e.getMessage().contains("alias"), e.getMessage());
    }

    @Test
    void aSeedFileThatIsNotYamlIsNamedWithLineAndColumn(@TempDir Path seeds) throws IOException {
        try (var files = Files.list(Path.of("src/test/resources/seed-fixtures/valid"))) {
            for (Path f : files.toList()) {
                Files.copy(f, seeds.resolve(f.getFileName()));
            }
        }
        Path shipments = seeds.resolve("shipments.yaml");
        Files.writeString(shipments, Files.readString(shipments).replace("title: Alphaland", "title: @Alphaland"));
        SeedException e = assertThrows(SeedException.class,
                () -> SeedReader.read(SeedFiles.read("filesystem:" + seeds)));
        String problem = e.problems().get(0);
        assertTrue(problem.startsWith(shipments + " line 3 column 12: not valid YAML: "), problem);
        assertTrue(problem.contains("found character '@' that cannot start any token"), problem);
    }
}
