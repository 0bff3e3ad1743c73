package org.rudprk.record;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import io.smallrye.graphql.api.Nullable;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.rudprk.actor.Actor;
import org.rudprk.actor.ActorRepository;
import org.rudprk.common.GlobalId;
import org.rudprk.common.InvalidIdException;
import org.rudprk.common.Pages;
import org.rudprk.location.Location;

/** Records of every kind, and the relations every record has. */
@GraphQLApi
public class RecordApi {

    @Inject
    RecordRepository records;

    @Inject
    RecordLookup lookup;

    @Inject
    ActorRepository actors;

    @Query
    @Description("A record of any kind by its global ID; null when there is none.")
    public Record record(@NonNull @Id @Description("The record's global ID.") String id) {
        GlobalId.Parts parts = GlobalId.decode(id);
        RecordKind kind = java.util.Arrays.stream(RecordKind.values())
                .filter(k -> RecordBase.typeName(k).equals(parts.type())).findFirst()
                .orElseThrow(() -> new InvalidIdException("ID '" + id + "' belongs to a " + parts.type()
                        + " object; this field takes the ID of a record"));
        return (Record) records.bySlug(kind, parts.slug());
    }

    @Query
    @Description("A record of any kind by its slug; null when there is none.")
    public Record recordBySlug(@NonNull @Description("The record's slug.") String slug) {
        return (Record) records.bySlug(null, slug);
    }

    @Query
    @Description("Records of every kind in one list, earliest first unless ordered otherwise.")
    public RecordConnection records(
            @Description(Pages.FIRST_DESCRIPTION) Integer first,
            @Description(Pages.AFTER_DESCRIPTION) String after,
            @Description(Pages.LAST_DESCRIPTION) Integer last,
            @Description(Pages.BEFORE_DESCRIPTION) String before,
            @Description("Only records matching this condition.") RecordFilter filter,
            @DefaultValue("DATE_ASC") @Description("The order of the list.") RecordOrder orderBy) {
        return lookup.page(null, RecordBase.class, filter, orderBy, first, after, last, before,
                RecordConnection.RecordEdge::new, RecordConnection::new);
    }

    @Query
    @Description("A timeline: records of every kind in date order, for one or more actors (all of them involved), "
            + "a period and kinds. A shorthand for records(filter: ...) with DATE_ASC or DATE_DESC.")
    public RecordConnection timeline(
            @Description("Only records involving every one of these actors (slugs): ['vladimir-putin', "
                    + "'kim-jong-un'] gives their contacts.") @Nullable List<@NonNull String> actors,
            @Description("Only records that may fall in this range ('2024', '2023-09..2024-06'); see PeriodFilter.")
            String period,
            @Description("Only records of these kinds.") @Nullable List<@NonNull RecordKind> kinds,
            @Description("Further conditions, as in records(filter).") RecordFilter filter,
            @DefaultValue("false") @Description("Newest first instead of earliest first.") Boolean newestFirst,
            @Description(Pages.FIRST_DESCRIPTION) Integer first,
            @Description(Pages.AFTER_DESCRIPTION) String after,
            @Description(Pages.LAST_DESCRIPTION) Integer last,
            @Description(Pages.BEFORE_DESCRIPTION) String before) {
        List<RecordFilter> all = new ArrayList<>();
        if (actors != null) {
            for (String actor : actors) {
                RecordFilter f = new RecordFilter();
                f.involves = new RecordFilter.InvolvementFilter();
                f.involves.actors = List.of(actor);
                all.add(f);
            }
        }
        if (period != null) {
            RecordFilter f = new RecordFilter();
            f.period = new RecordFilter.PeriodFilter();
            f.period.overlaps = period;
            all.add(f);
        }
        if (kinds != null) {
            RecordFilter f = new RecordFilter();
            f.kind = kinds;
            all.add(f);
        }
        if (filter != null) {
            all.add(filter);
        }
        RecordFilter combined = null;
        if (!all.isEmpty()) {
            combined = new RecordFilter();
            combined.and = all;
        }
        return lookup.page(null, RecordBase.class, combined, Boolean.TRUE.equals(newestFirst) ? RecordOrder.DATE_DESC : RecordOrder.DATE_ASC,
                first, after, last, before, RecordConnection.RecordEdge::new, RecordConnection::new);
    }

    @Description("The actors this record involves, each with its role.")
    public List<@NonNull List<@NonNull Involvement>> actors(@Source List<Record> list) {
        Map<Long, List<Involvement>> found = records.involvements(ids(list), null);
        return list.stream().map(r -> found.getOrDefault(dbId(r), List.of())).toList();
    }

    @Description("The places this record involves, each with its role.")
    public List<@NonNull List<@NonNull Placement>> locations(@Source List<Record> list) {
        List<Long> ids = ids(list);
        Map<Long, List<Placement>> found = RecordRepository.group(RecordLocationEntity.<RecordLocationEntity>list(
                "recordId in ?1 order by recordId, role, locationId", ids).stream()
                .map(e -> new Placement(e.recordId, e.locationId, e.role)).toList(), Placement::recordId);
        return list.stream().map(r -> found.getOrDefault(dbId(r), List.of())).toList();
    }

    @Description("Other records this one relates to, in either direction.")
    public List<@NonNull List<@NonNull RecordLink>> links(@Source List<Record> list) {
        List<Long> ids = ids(list);
        List<RecordLink> all = new ArrayList<>();
        for (RecordLinkEntity e : RecordLinkEntity.<RecordLinkEntity>list(
                "fromRecordId in ?1 or toRecordId in ?1", ids)) {
            all.add(new RecordLink(e.fromRecordId, e.toRecordId, e.relation, RecordLink.LinkDirection.OUTGOING));
            all.add(new RecordLink(e.toRecordId, e.fromRecordId, e.relation, RecordLink.LinkDirection.INCOMING));
        }
        Map<Long, List<RecordLink>> found = RecordRepository.group(all, RecordLink::recordId);
        return list.stream().map(r -> found.getOrDefault(dbId(r), List.of())).toList();
    }

    @Description("The actor.")
    public List<@NonNull Actor> actor(@Source List<Involvement> list) {
        return actors.inOrder(list.stream().map(Involvement::actorId).toList());
    }

    @Description("The record.")
    public List<@NonNull Record> record(@Source List<Involvement> list) {
        return asRecords(records.inOrder(list.stream().map(Involvement::recordId).toList()));
    }

    @Name("record")
    @Description("The other record.")
    public List<@NonNull Record> linkedRecord(@Source List<RecordLink> list) {
        return asRecords(records.inOrder(list.stream().map(RecordLink::otherId).toList()));
    }

    @Name("record")
    @Description("The record.")
    public List<@NonNull Record> placedRecord(@Source List<Placement> list) {
        return asRecords(records.inOrder(list.stream().map(Placement::recordId).toList()));
    }

    @Description("Every record this actor is involved in, with its role, earliest first.")
    public List<@NonNull List<@NonNull Involvement>> involvements(@Source List<Actor> list,
            @Description("Only involvements in this role.") ActorRole role,
            @Description("Only records of this kind.") RecordKind kind) {
        Map<Long, List<Involvement>> found = records.involvementsOfActors(list.stream().map(Actor::dbId).toList(),
                role, kind);
        return list.stream().map(a -> found.getOrDefault(a.dbId(), List.of())).toList();
    }

    @Name("records")
    @Description("The records that take place at, or concern, this place.")
    public List<@NonNull List<@NonNull Placement>> locationRecords(@Source List<Location> list) {
        Map<Long, List<Placement>> found = RecordRepository.group(RecordLocationEntity.<RecordLocationEntity>list(
                "locationId in ?1 order by locationId, recordId", list.stream().map(Location::dbId).toList())
                .stream().map(e -> new Placement(e.recordId, e.locationId, e.role)).toList(),
                Placement::locationId);
        return list.stream().map(l -> found.getOrDefault(l.dbId(), List.of())).toList();
    }

    static List<Record> asRecords(List<RecordBase> list) {
        return list.stream().map(r -> (Record) r).toList();
    }

    private static List<Long> ids(List<Record> list) {
        return list.stream().map(RecordApi::dbId).toList();
    }

    private static long dbId(Record r) {
        return ((RecordBase) r).dbId();
    }
}
