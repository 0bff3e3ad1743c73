package org.rudprk.citation;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.rudprk.record.Period;

/** The citations that date a record's period. */
@GraphQLApi
public class PeriodBasisApi {

    @Inject
    CitationRepository citations;

    @Description("The citations whose text gives these dates (a subset of the record's citations, in their order). "
            + "The seed loader refuses a period without a basis, and a date more precise than the dates its basis "
            + "gives: '2024-06' stays a month when no cited paragraph names the day.")
    public List<@NonNull List<@NonNull Citation>> basis(@Source List<Period> periods) {
        Map<Long, List<Citation>> found = citations.periodBasis(periods.stream().map(Period::recordId).toList());
        return periods.stream().map(p -> found.getOrDefault(p.recordId(), List.of())).toList();
    }
}
