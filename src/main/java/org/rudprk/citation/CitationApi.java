package org.rudprk.citation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.rudprk.actor.Actor;
import org.rudprk.actor.ActorRepository;
import org.rudprk.record.Record;
import org.rudprk.record.RecordBase;
import org.rudprk.record.RecordRepository;

/** Citations: the claims behind every record, who makes them, and the numbers they give. */
@GraphQLApi
public class CitationApi {

    @Inject
    CitationRepository citations;

    @Inject
    RecordRepository records;

    @Inject
    ActorRepository actors;

    @Description("The claims behind this record, one per source paragraph and claimant, in curated order. "
            + "Where sources disagree, each side is its own citation.")
    public List<@NonNull List<@NonNull Citation>> citations(@Source List<Record> list) {
        Map<Long, List<Citation>> found = citations.byRecord(list.stream().map(r -> ((RecordBase) r).dbId()).toList());
        return list.stream().map(r -> found.getOrDefault(((RecordBase) r).dbId(), List.of())).toList();
    }

    @Description("Every estimate on this record, from all its citations.")
    public List<@NonNull List<@NonNull Estimate>> estimates(@Source List<Record> list) {
        Map<Long, List<Estimate>> found = citations.estimatesByRecord(
                list.stream().map(r -> ((RecordBase) r).dbId()).toList(), null);
        return list.stream().map(r -> found.getOrDefault(((RecordBase) r).dbId(), List.of())).toList();
    }

    @Description("Who makes the claim inside the source (UK Defence Intelligence, Ukraine's defence minister...); "
            + "null when it is the source's own voice.")
    public List<Actor> claimant(@Source List<Citation> list) {
        return actors.inOrder(list.stream().map(Citation::claimantId).toList());
    }

    @Name("estimates")
    @Description("The numbers this claim gives, with their uncertainty.")
    public List<@NonNull List<@NonNull Estimate>> citationEstimates(@Source List<Citation> list) {
        Map<Long, List<Estimate>> found = citations.estimatesByCitation(list.stream().map(Citation::dbId).toList());
        return list.stream().map(c -> found.getOrDefault(c.dbId(), List.of())).toList();
    }

    @Description("The record this claim is about.")
    public List<@NonNull Record> record(@Source List<Citation> list) {
        return records.inOrder(list.stream().map(Citation::recordId).toList()).stream().map(r -> (Record) r).toList();
    }

    @Description("The claim that gives this number: its source, paragraph, claimant and stance.")
    public List<@NonNull Citation> citation(@Source List<Estimate> list) {
        Map<Long, Citation> found = citations.byIds(list.stream().map(Estimate::citationId).distinct().toList());
        return list.stream().map(e -> found.get(e.citationId())).toList();
    }

    @Description("Claims this actor makes in the sources, optionally with one stance only (e.g. DENIES).")
    public List<@NonNull List<@NonNull Citation>> claims(@Source List<Actor> list,
            @Description("Only claims with this stance.") Stance stance) {
        Map<Long, List<Citation>> found = citations.byClaimant(list.stream().map(Actor::dbId).toList(), stance);
        return list.stream().map(a -> found.getOrDefault(a.dbId(), List.of())).toList();
    }
}
