package org.rudprk.common;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * A date known only to some precision: the earliest and latest day it may fall on.
 * "autumn 2024" is 2024-09-01..2024-11-30 with precision SEASON, never a made-up day.
 */
@Description("A date known to some precision: the earliest and latest day it may fall on. "
        + "'autumn 2024' is earliest 2024-09-01, latest 2024-11-30, precision SEASON; no day is made up.")
public record FuzzyDate(
        @NonNull @Description("The first day the date may fall on.") LocalDate earliest,
        @NonNull @Description("The last day the date may fall on.") LocalDate latest,
        @NonNull @Description("The finest unit that is actually known.") DatePrecision precision) {

    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern SEASON = Pattern.compile("(\\d{4})-(spring|summer|autumn|winter)");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");

    public FuzzyDate {
        if (earliest == null || latest == null || precision == null) {
            throw new IllegalArgumentException("a fuzzy date needs earliest, latest and precision");
        }
        if (earliest.isAfter(latest)) {
            throw new IllegalArgumentException("earliest " + earliest + " is after latest " + latest);
        }
    }

    /**
     * The date in a row's columns {@code <prefix>earliest}, {@code <prefix>latest} and
     * {@code <prefix>precision} (the precision as text); null when earliest is null.
     */
    public static FuzzyDate read(Row row, String prefix) {
        String[] labels = LABELS.computeIfAbsent(prefix,
                p -> new String[] { p + "earliest", p + "latest", p + "precision" });
        LocalDate earliest = row.date(labels[0]);
        return earliest == null ? null : new FuzzyDate(earliest, row.date(labels[1]),
                row.enumOf(DatePrecision.class, labels[2]));
    }

    /** The three labels under each prefix, made once. */
    private static final java.util.Map<String, String[]> LABELS = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Parses the seed notation: {@code 2024-06-19}, {@code 2024-W25}, {@code 2024-06},
     * {@code 2024-autumn}, {@code 2024}.
     *
     * @throws IllegalArgumentException with a message saying which forms are accepted
     */
    public static FuzzyDate parse(String text) {
        String s = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        try {
            Matcher m;
            if ((m = DAY.matcher(s)).matches()) {
                LocalDate d = LocalDate.parse(s);
                return new FuzzyDate(d, d, DatePrecision.DAY);
            }
            if ((m = WEEK.matcher(s.toUpperCase(Locale.ROOT))).matches()) {
                int year = Integer.parseInt(m.group(1));
                int week = Integer.parseInt(m.group(2));
                LocalDate monday = LocalDate.of(year, 1, 4)
                        .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                if (week < 1 || week > 53 || monday.get(IsoFields.WEEK_BASED_YEAR) != year) {
                    throw new IllegalArgumentException("week " + week + " does not exist in " + year);
                }
                return new FuzzyDate(monday, monday.plusDays(6), DatePrecision.WEEK);
            }
            if ((m = MONTH.matcher(s)).matches()) {
                YearMonth ym = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
                return new FuzzyDate(ym.atDay(1), ym.atEndOfMonth(), DatePrecision.MONTH);
            }
            if ((m = SEASON.matcher(s)).matches()) {
                int year = Integer.parseInt(m.group(1));
                YearMonth first = switch (m.group(2)) {
                    case "spring" -> YearMonth.of(year, 3);
                    case "summer" -> YearMonth.of(year, 6);
                    case "autumn" -> YearMonth.of(year, 9);
                    default -> YearMonth.of(year, 12);
                };
                return new FuzzyDate(first.atDay(1), first.plusMonths(2).atEndOfMonth(), DatePrecision.SEASON);
            }
            if ((m = YEAR.matcher(s)).matches()) {
                int year = Integer.parseInt(m.group(1));
                return new FuzzyDate(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), DatePrecision.YEAR);
            }
        } catch (java.time.DateTimeException e) {
            throw new IllegalArgumentException("'" + text + "' is not a real date: " + e.getMessage());
        }
        throw new IllegalArgumentException("'" + text + "' is not a date; use 2024-06-19, 2024-W25, 2024-06, "
                + "2024-spring|summer|autumn|winter or 2024");
    }

    /** The seed notation of this date, the inverse of {@link #parse(String)}. */
    @NonNull
    @Description("The date as written in the seeds, at its precision: 2024-06-19, 2024-W25, 2024-06, 2024-autumn or 2024.")
    public String getLabel() {
        return switch (precision) {
            case DAY -> earliest.toString();
            case WEEK -> String.format(Locale.ROOT, "%d-W%02d",
                    earliest.get(IsoFields.WEEK_BASED_YEAR), earliest.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> YearMonth.from(earliest).toString();
            case SEASON -> earliest.getYear() + "-" + switch (earliest.getMonthValue()) {
                case 3 -> "spring";
                case 6 -> "summer";
                case 9 -> "autumn";
                default -> "winter";
            };
            case YEAR -> Integer.toString(earliest.getYear());
        };
    }
}
