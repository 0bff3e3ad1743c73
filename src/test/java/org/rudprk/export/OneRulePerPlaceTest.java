package org.rudprk.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.rudprk.common.FuzzyDate;
import org.rudprk.common.GlobalId;
import org.rudprk.record.api.Period;

/**
 * Labels, global IDs and headline values each have one rule, in Java or in one SQL fragment, that
 * the API, the seed loader and the exports all use: the exports make IDs and date labels with the
 * API's own code, and no second version of a rule is written in SQL.
 */
class OneRulePerPlaceTest {

    private static final Path MAIN = Path.of("src/main/java/org/rudprk");

    @Test
    void exportLabelsAreTheApisLabels() {
        for (String date : List.of("2024-06-19", "2024-W25", "2020-W53", "2026-W01", "2024-06", "2024-spring", "2024-summer",
                "2024-autumn", "2024-winter", "2024")) {
            FuzzyDate d = FuzzyDate.parse(date);
            String text = d.earliest() + " " + d.latest() + " " + d.precision(); // what the column's SQL returns
            assertEquals(d.getLabel(), Column.dateLabel("x", "r.start_", "").fromText().apply(text), date);
            assertEquals(date, d.getLabel());
            FuzzyDate end = FuzzyDate.parse("2025-02");
            assertEquals(new Period(d, end).getLabel(), Column.periodLabel("x", "r", "").fromText()
                    .apply(text + " " + end.earliest() + " " + end.latest() + " " + end.precision()));
            assertEquals(new Period(d, null).getLabel(), Column.periodLabel("x", "r", "").fromText().apply(text));
        }
    }

    @Test
    void exportIdsAreTheApisIds() {
        assertEquals(GlobalId.of("Shipment", "a-b"), ExportCollection.recordId("SHIPMENT a-b"));
        assertEquals(new GlobalId.Parts("Citation", "a-b/12"), GlobalId.decode(ExportCollection.citationId("a-b 12")));
    }

    /** Where a second copy of a rule would show: dates formatted in SQL, type names made in SQL, the headline's size. */
    @Test
    void noRuleIsWrittenTwice() throws IOException {
        assertEquals(List.of(), uses(Pattern.compile("to_char\\(|initcap\\(|'(Citation|Actor|Source|Location):'")),
                "date labels and IDs are made by the API's Java code (FuzzyDate, Period, GlobalId)");
        assertEquals(List.of("common/Headline.java"), uses(Pattern.compile("coalesce\\(e\\.high, e\\.low\\)")),
                "the headline's size is written once");
        assertEquals(List.of("common/GlobalId.java"), uses(Pattern.compile("encodeToString\\(\\(type")),
                "global IDs are encoded once");
    }

    private static List<String> uses(Pattern pattern) throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                if (pattern.matcher(Files.readString(f)).find()) {
                    out.add(MAIN.relativize(f).toString());
                }
            }
        }
        return out;
    }
}
