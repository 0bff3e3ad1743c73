package org.rudprk.record.api;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.rudprk.common.FuzzyDate;

/** When a record happened: a fuzzy start and, for spans, a fuzzy end. */
@Description("When a record happened: a start date and, for spans, an end date, each with its own precision. "
        + "earliest..latest is the widest interval the record may cover; filters use it. basis names the "
        + "citations whose text gives these dates: a date is never more precise than its basis.")
public record Period(
        @NonNull @Description("When it started (or happened, for a single date).") FuzzyDate start,
        @Description("When it ended; null when the record has a single date.") FuzzyDate end,
        @Ignore long recordId) {

    public Period(FuzzyDate start, FuzzyDate end) {
        this(start, end, 0);
    }

    @NonNull
    @Description("The first day the record may cover.")
    public LocalDate getEarliest() {
        return start.earliest();
    }

    @NonNull
    @Description("The last day the record may cover.")
    public LocalDate getLatest() {
        return end == null ? start.latest() : end.latest();
    }

    @NonNull
    @Description("The period as written in the seeds: '2024-06-19', or '2023-09 – 2024-02' for a span.")
    public String getLabel() {
        return end == null ? start.getLabel() : start.getLabel() + " – " + end.getLabel();
    }
}
