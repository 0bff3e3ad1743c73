package org.rudprk.citation.api;

import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.rudprk.common.Pages;
import org.rudprk.record.api.Period;
import org.rudprk.citation.query.CitationRepository;

/** The citations that date a record's period. */
@GraphQLApi
public class PeriodBasisApi {

    @Inject
    CitationRepository citations;

    @Description("The citations whose text gives these dates (some of the record's citations, in their order). "
            + "The seed loader refuses a period without a basis, and a date more precise than the dates its basis "
            + "gives: '2024-06' stays a month when no cited paragraph names the day.")
    public List<@NonNull CitationConnection> basis(@Source List<Period> periods,
            @DefaultValue("20") @Description(Pages.FIRST_DESCRIPTION) Integer first,
            @Description(Pages.AFTER_DESCRIPTION) String after) {
        // One query per batch: citations WHERE record_id = each period's record and ordinal in its basis (lateral), keyset, at most first (max 100) per period; +1 query for totalCount.
        return citations.pages(periods.stream().map(Period::recordId).toList(), CitationRepository.PERIOD_BASIS,
                first, after, CitationConnection.CitationEdge::new, CitationConnection::new);
    }
}
