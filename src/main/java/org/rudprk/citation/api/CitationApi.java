package org.rudprk.citation.api;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.rudprk.actor.api.Actor;
import org.rudprk.actor.query.ActorRepository;
import org.rudprk.common.Filters;
import org.rudprk.common.InvalidCursorException;
import org.rudprk.common.Pages;
import org.rudprk.common.Sql;
import org.rudprk.record.api.Record;
import org.rudprk.record.api.RecordBase;
import org.rudprk.record.api.RecordFilter;
import org.rudprk.record.query.RecordFilters;
import org.rudprk.record.query.RecordRepository;
import org.rudprk.citation.Stance;
import org.rudprk.citation.query.CitationRepository;

/** Citations: the claims behind every record, who makes them, and the numbers they give. */
@GraphQLApi
public class CitationApi {

    @Inject
    CitationRepository citations;

    @Inject
    RecordRepository records;

    @Inject
    ActorRepository actors;

    private static final String ORDERING = "RECORD_DATE_ASC";

    @Inject
    jakarta.persistence.EntityManager em;

    @Inject
    io.smallrye.graphql.api.Context context;

    @Query
    @Description("Claims across all records, in the date order of their records: e.g. every claim that Moscow or "
            + "Pyongyang denies, or every claim made by UK Defence Intelligence.")
    public CitationConnection citations(
            @DefaultValue("20") @Description(Pages.FIRST_DESCRIPTION) Integer first,
            @Description(Pages.AFTER_DESCRIPTION) String after,
            @Description("Only citations matching this condition.") RecordFilter.CitationFilter filter,
            @Description("Only citations of records matching this condition.") RecordFilter record) {
        int size = Pages.size(first);
        Filters limits = new Filters();
        Sql where = new Sql().append(" where true");
        if (filter != null) {
            where.append(" and ").append(RecordFilters.citation(filter, "filter", limits));
        }
        if (record != null) {
            where.append(" and ").append(RecordFilters.toSql(record, limits, "record", 0));
        }
        // One statement for the page (keyset on date, slug, ordinal; literal LIMIT size+1), one for its citations.
        Sql page = new Sql().append("select c.id, r.start_earliest, r.slug, c.ordinal from citations c "
                + "join records r on r.id = c.record_id").append(where);
        if (after != null) {
            List<String> keys = Pages.keys(after, ORDERING, 3);
            try {
                page.append(" and (r.start_earliest, r.slug, c.ordinal) > (?, ?, ?)",
                        java.time.LocalDate.parse(keys.get(0)), keys.get(1), Integer.parseInt(keys.get(2)));
            } catch (RuntimeException e) {
                throw new InvalidCursorException("argument 'after': the cursor is damaged; use one from the same query");
            }
        }
        page.append(" order by r.start_earliest, r.slug, c.ordinal limit " + (size + 1)); // literal: see Sql
        List<org.rudprk.common.Row> rows = page.rows(em, false);
        Map<Long, Citation> found = citations.byIds(rows.stream().map(row -> row.id("id")).toList());
        Map<Long, String> cursors = new java.util.HashMap<>();
        for (org.rudprk.common.Row row : rows) {
            cursors.put(row.id("id"), Pages.cursor(ORDERING,
                    row.date("start_earliest").toString(), row.text("slug"), row.text("ordinal")));
        }
        List<Citation> ordered = rows.stream().map(row -> found.get(row.id("id"))).toList();
        Sql count = new Sql().append("select count(*) from citations c join records r on r.id = c.record_id")
                .append(where);
        return new CitationConnection(Pages.page(ordered, size, after != null,
                c -> new CitationConnection.CitationEdge(cursors.get(c.dbId()), c)),
                Pages.totalCount(context, () -> (int) count.count(em, false)));
    }

    @Description("The claims behind this record, one per source paragraph and claimant, in curated order. "
            + "Where sources disagree, each side is its own citation.")
    public List<@NonNull CitationConnection> citations(@Source List<Record> list,
            @DefaultValue("20") @Description(Pages.FIRST_DESCRIPTION) Integer first,
            @Description(Pages.AFTER_DESCRIPTION) String after) {
        // One query per batch: citations WHERE record_id = each record (lateral), keyset by ordinal, at most first (max 100) per record; +1 query for totalCount.
        return citations.pages(list.stream().map(r -> ((RecordBase) r).dbId()).toList(), CitationRepository.OF_RECORD,
                first, after, CitationConnection.CitationEdge::new, CitationConnection::new);
    }

    @Description("Every estimate on this record, from all its citations.")
    public List<@NonNull EstimateConnection> estimates(@Source List<Record> list,
            @DefaultValue("20") @Description(Pages.FIRST_DESCRIPTION) Integer first,
            @Description(Pages.AFTER_DESCRIPTION) String after) {
        // One query per batch: estimates WHERE record_id = each record (lateral), keyset by ordinal, at most first (max 100) per record; +1 query for totalCount.
        return citations.estimatePages(list.stream().map(r -> (RecordBase) r).toList(), null, first, after);
    }

    @Description("Who makes the claim inside the source (UK Defence Intelligence, Ukraine's defence minister...); "
            + "null when it is the source's own voice.")
    public List<Actor> claimant(@Source List<Citation> list) {
        // One query per batch: actors WHERE id IN (distinct keys), at most one row per key.
        return actors.inOrder(list.stream().map(Citation::claimantId).toList());
    }

    @Name("estimates")
    @Description("The numbers this claim gives, with their uncertainty.")
    public List<@NonNull EstimateConnection> citationEstimates(@Source List<Citation> list,
            @DefaultValue("20") @Description(Pages.FIRST_DESCRIPTION) Integer first,
            @Description(Pages.AFTER_DESCRIPTION) String after) {
        // One query per batch: estimates WHERE citation_id = each citation (lateral), keyset by ordinal, at most first (max 100) per citation; +1 query for totalCount.
        return citations.pages(list.stream().map(Citation::dbId).toList(), CitationRepository.OF_CITATION, first, after,
                EstimateConnection.EstimateEdge::new, EstimateConnection::new);
    }

    @Description("The record this claim is about.")
    public List<@NonNull Record> record(@Source List<Citation> list) {
        // One query per batch: records WHERE id IN (distinct keys), at most one row per key.
        return records.inOrder(list.stream().map(Citation::recordId).toList()).stream().map(r -> (Record) r).toList();
    }

    @Description("The claim that gives this number: its source, paragraph, claimant and stance.")
    public List<@NonNull Citation> citation(@Source List<Estimate> list) {
        // One query per batch: citations WHERE id IN (distinct keys), at most one row per key.
        Map<Long, Citation> found = citations.byIds(list.stream().map(Estimate::citationId).distinct().toList());
        return list.stream().map(e -> found.get(e.citationId())).toList();
    }

    @Description("Claims this actor makes in the sources, optionally with one stance only (e.g. DENIES).")
    public List<@NonNull CitationConnection> claims(@Source List<Actor> list,
            @Description("Only claims with this stance.") Stance stance,
            @DefaultValue("20") @Description(Pages.FIRST_DESCRIPTION) Integer first,
            @Description(Pages.AFTER_DESCRIPTION) String after) {
        // One query per batch: citations WHERE claimant_id = each actor [AND stance] (lateral), keyset by record date, at most first (max 100) per actor; +1 query for totalCount.
        return citations.pages(list.stream().map(Actor::dbId).toList(), CitationRepository.ofClaimant(stance), first,
                after, CitationConnection.CitationEdge::new, CitationConnection::new);
    }
}
