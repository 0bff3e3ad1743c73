package org.rudprk.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The curated seeds against the Italian articles themselves (kept outside the repository in
 * ../shared/seeds; skipped where they are not): every number a citation gives is written in
 * the paragraph it cites, and every day a period's basis gives is named there. A number or a
 * day from outside the articles, cited to one of them, fails here.
 */
class SeedCorpusTest {

    private static final Path CORPUS = Path.of("../shared/seeds");

    /** Numbers written as words in the articles. */
    private static final Map<String, Integer> WORDS = Map.of("due", 2, "tre", 3, "quattro", 4, "cinque", 5,
            "sei", 6, "sette", 7, "otto", 8, "nove", 9, "dieci", 10);

    /**
     * Numbers that are the curators' reading of words, each with the reason, keyed by
     * "source#paragraph value". Nothing else may be missing from its paragraph.
     */
    private static final Map<String, String> READINGS = Map.of(
            "naumann-study-north-korea-arms-2024#2 100000000",
            "'centinaia di milioni di dollari': the low bound of 'hundreds of millions' (the label says so)",
            "naumann-study-north-korea-arms-2024#2 1000000000",
            "'centinaia di milioni di dollari': the high bound of 'hundreds of millions' (the label says so)");

    /**
     * Days a basis gives that its paragraph names only relative to the article's own date,
     * keyed by "source#paragraph day", each with the words that give it.
     */
    private static final Map<String, String> RELATIVE_DAYS = Map.of(
            "putin-seeks-arms-from-kim-2024#9 2024-06-19",
            "'alle prime ore del mercoledì locale', in the article of Wednesday 19 June 2024 (p5 dates the ceremony)",
            "putin-kim-friendship-2023#7 2023-08-15",
            "'la lettera scritta ... ieri', in the article of 16.08.2023",
            "putin-kim-friendship-2023#9 2023-08-15",
            "'E ieri ... Shoigu ha dichiarato', in the article of 16.08.2023");

    private static final Map<Integer, String> MONTHS = Map.ofEntries(Map.entry(1, "gennaio"), Map.entry(2, "febbraio"),
            Map.entry(3, "marzo"), Map.entry(4, "aprile"), Map.entry(5, "maggio"), Map.entry(6, "giugno"),
            Map.entry(7, "luglio"), Map.entry(8, "agosto"), Map.entry(9, "settembre"), Map.entry(10, "ottobre"),
            Map.entry(11, "novembre"), Map.entry(12, "dicembre"));

    @Test
    void everyNumberIsWrittenInTheParagraphItIsCitedTo() throws IOException {
        assumeTrue(Files.isDirectory(CORPUS), "the articles are not here (" + CORPUS.toAbsolutePath() + ")");
        SeedModel.Dataset d = SeedReader.read(SeedFiles.read("classpath:seeds"));
        Map<String, List<String>> paragraphs = paragraphs(d);
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (SeedModel.Record r : d.records()) {
            for (SeedModel.Citation c : r.citations()) {
                List<String> text = paragraphs.get(c.source().slug());
                if (text == null) {
                    continue; // a REFERENCE source: outside the corpus by definition
                }
                Set<BigDecimal> written = numbers(text.get(c.paragraph() - 1));
                for (SeedModel.Estimate e : c.estimates()) {
                    for (BigDecimal bound : new BigDecimal[] { e.low(), e.high() }) {
                        if (bound == null) {
                            continue;
                        }
                        checked++;
                        String key = c.source().slug() + "#" + c.paragraph() + " " + bound.toPlainString();
                        if (!written.contains(bound.stripTrailingZeros()) && !READINGS.containsKey(key)) {
                            missing.add(r.slug() + ": " + key + " (" + e.metric() + " " + e.unit() + ")");
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), missing, "numbers not in the paragraph they are cited to");
        assertEquals(true, checked >= 30, "bounds checked: " + checked);
    }

    @Test
    void everyDayABasisGivesIsNamedInItsParagraph() throws IOException {
        assumeTrue(Files.isDirectory(CORPUS), "the articles are not here (" + CORPUS.toAbsolutePath() + ")");
        SeedModel.Dataset d = SeedReader.read(SeedFiles.read("classpath:seeds"));
        Map<String, List<String>> paragraphs = paragraphs(d);
        List<String> unnamed = new ArrayList<>();
        for (SeedModel.Record r : d.records()) {
            for (SeedModel.Basis b : r.basis()) {
                List<String> text = paragraphs.get(b.source().slug());
                if (text == null || b.gives().precision() != org.rudprk.common.DatePrecision.DAY) {
                    continue;
                }
                String p = text.get(b.paragraph() - 1).toLowerCase(Locale.ROOT);
                var day = b.gives().earliest();
                String key = b.source().slug() + "#" + b.paragraph() + " " + day;
                boolean named = Pattern.compile("\\b" + day.getDayOfMonth() + "\\s+" + MONTHS.get(day.getMonthValue()))
                        .matcher(p).find() || p.contains(day.toString());
                if (!named && !RELATIVE_DAYS.containsKey(key)) {
                    unnamed.add(r.slug() + ": " + key);
                }
            }
        }
        assertEquals(List.of(), unnamed, "days a basis gives that its paragraph does not name");
    }

    @Test
    void everyNameCitedToAnArticleIsWrittenInItsParagraph() throws IOException {
        // Nothing unsourced: a name an article gives is cited to the paragraph that spells it,
        // exactly (case and all); a name none gives is outside knowledge (a REFERENCE source).
        assumeTrue(Files.isDirectory(CORPUS), "the articles are not here (" + CORPUS.toAbsolutePath() + ")");
        SeedModel.Dataset d = SeedReader.read(SeedFiles.read("classpath:seeds"));
        Map<String, List<String>> paragraphs = paragraphs(d);
        List<SeedModel.Name> names = new ArrayList<>();
        d.actors().forEach(a -> names.addAll(a.names()));
        d.locations().forEach(l -> names.addAll(l.names()));
        List<String> notWritten = new ArrayList<>();
        int checked = 0;
        for (SeedModel.Name n : names) {
            List<String> text = paragraphs.get(n.source().slug());
            if (text == null) {
                continue; // a REFERENCE source: outside the corpus by definition
            }
            checked++;
            if (!Pattern.compile("(?<!\\w)" + Pattern.quote(n.name()) + "(?!\\w)", Pattern.UNICODE_CHARACTER_CLASS)
                    .matcher(text.get(n.paragraph() - 1)).find()) {
                notWritten.add(n.where() + ": '" + n.name() + "' is not in " + n.source().slug() + "#" + n.paragraph());
            }
        }
        assertEquals(List.of(), notWritten, "names not written in the paragraph they are cited to");
        assertTrue(checked >= 60, "names checked: " + checked);
    }

    @Test
    void codesAndCoordinatesAreOutsideKnowledge() throws IOException {
        SeedModel.Dataset d = SeedReader.read(SeedFiles.read("classpath:seeds"));
        Map<String, SeedModel.Source> sources = new HashMap<>();
        d.sources().forEach(s -> sources.put(s.slug(), s));
        for (SeedModel.Actor a : d.actors()) {
            if (a.isoCode() != null) {
                assertEquals("REFERENCE", sources.get(a.isoCodeSource().slug()).kind(), a.where());
            }
        }
        for (SeedModel.Location l : d.locations()) {
            if (l.latitude() != null) {
                assertEquals("REFERENCE", sources.get(l.coordinatesSource().slug()).kind(), l.where());
            }
        }
    }

    /** The paragraphs of each article of the corpus, by source slug. */
    private static Map<String, List<String>> paragraphs(SeedModel.Dataset d) throws IOException {
        Map<String, List<String>> out = new HashMap<>();
        for (SeedModel.Source s : d.sources()) {
            if (s.corpusFile() != null) {
                out.put(s.slug(), Files.readAllLines(CORPUS.resolve(s.corpusFile())).stream()
                        .filter(l -> !l.isBlank()).toList());
            }
        }
        return out;
    }

    /**
     * The numbers a paragraph writes: digits with Italian thousands separators ("11.000") and
     * decimal commas ("5,5"), scaled by "miliardi"/"milioni" where they follow, and the small
     * numbers written as words ("dieci missili").
     */
    static Set<BigDecimal> numbers(String paragraph) {
        Set<BigDecimal> out = new java.util.HashSet<>();
        Matcher m = Pattern.compile("(\\d{1,3}(?:\\.\\d{3})+|\\d+(?:,\\d+)?)\\s*(%|miliard[io]|milion[ei])?")
                .matcher(paragraph);
        while (m.find()) {
            BigDecimal n = new BigDecimal(m.group(1).replace(".", "").replace(',', '.'));
            String scale = m.group(2) == null ? "" : m.group(2);
            if (scale.startsWith("miliard")) {
                n = n.multiply(BigDecimal.valueOf(1_000_000_000L));
            } else if (scale.startsWith("milion")) {
                n = n.multiply(BigDecimal.valueOf(1_000_000L));
            }
            out.add(n.stripTrailingZeros());
        }
        for (String w : paragraph.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (WORDS.containsKey(w)) {
                out.add(BigDecimal.valueOf(WORDS.get(w)).stripTrailingZeros());
            }
        }
        return out;
    }
}
