package org.rudprk.record.api;

import org.rudprk.common.NestedPages;
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
import org.rudprk.actor.api.Actor;
import org.rudprk.actor.query.ActorRepository;
import org.rudprk.common.GlobalId;
import org.rudprk.common.InvalidIdException;
import org.rudprk.common.Pages;
import org.rudprk.location.api.Location;
import org.rudprk.record.ActorRole;
import org.rudprk.record.LocationRole;
import org.rudprk.record.RecordKind;
import org.rudprk.record.RecordOrder;
import org.rudprk.record.RecordRelation;
import org.rudprk.record.query.RecordRepository;

/** Records of every kind, and the relations every record has. */
@GraphQLApi
public class RecordApi {

    @Inject
    RecordRepository records;

    @Inject
    NestedPages nested;

    @Inject
    RecordLookup lookup;

    @Inject
    ActorRepository actors;

    @Inject
    io.smallrye.graphql.api.Context context;

    /**
     * The kind the Query field being resolved is about: these resolvers also answer each kind's
     * shipment(id), shipmentBySlug(slug) and shipments(...) (see RecordKindApi); null for record's.
     */
    private RecordKind kind() {
        return RecordKindApi.kindOf(context.getFieldName());
    }

    @Query
    @Description("A record of any kind by its global ID; null when there is none.")
    public Record record(@NonNull @Id @Description("The record's global ID.") String id) {
        RecordKind only = kind();
        if (only != null) {
            return (Record) lookup.byId(id, only, RecordBase.class);
        }
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
        return (Record) records.bySlug(kind(), slug);
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
        return lookup.page(kind(), RecordBase.class, filter, orderBy, first, after, last, before,
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
    public List<@NonNull InvolvementConnection> actors(@Source List<Record> list,
            @DefaultValue("20") @Description(Pages.FIRST_DESCRIPTION) Integer first,
            @Description(Pages.AFTER_DESCRIPTION) String after) {
        // One query per batch: record_actors WHERE record_id = each record (lateral), keyset by (role, actor_id), at most first (max 100) per record; +1 query for totalCount.
        return nested.pages(ids(list), ACTORS_OF_RECORD, first, after, InvolvementConnection.InvolvementEdge::new,
                InvolvementConnection::new);
    }

    private static final String INVOLVEMENT_COLUMNS = "select ra.record_id, ra.actor_id, ra.role::text as role, ra.note";

    private static final NestedPages.Relation<Involvement> ACTORS_OF_RECORD = NestedPages.Relation.of(
            "RECORD_ACTORS", INVOLVEMENT_COLUMNS + " {keys} from record_actors ra where ra.record_id = parent_.id",
            List.of(new NestedPages.Key("ra.role", "actor_role"), new NestedPages.Key("ra.actor_id", "bigint")),
            RecordApi::involvement);

    private static Involvement involvement(org.rudprk.common.Row row) {
        return new Involvement(row.id("record_id"), row.id("actor_id"), row.enumOf(ActorRole.class, "role"),
                row.text("note"));
    }

    @Description("The places this record involves, each with its role.")
    public List<@NonNull PlacementConnection> locations(@Source List<Record> list,
            @DefaultValue("20") @Description(Pages.FIRST_DESCRIPTION) Integer first,
            @Description(Pages.AFTER_DESCRIPTION) String after) {
        // One query per batch: record_locations WHERE record_id = each record (lateral), keyset by (role, location_id), at most first (max 100) per record; +1 query for totalCount.
        return nested.pages(ids(list), PLACES_OF_RECORD, first, after, PlacementConnection.PlacementEdge::new,
                PlacementConnection::new);
    }

    private static final String PLACEMENT_COLUMNS = "select rl.record_id, rl.location_id, rl.role::text as role {keys} "
            + "from record_locations rl";

    private static final NestedPages.Relation<Placement> PLACES_OF_RECORD = NestedPages.Relation.of(
            "RECORD_PLACES", PLACEMENT_COLUMNS + " where rl.record_id = parent_.id", List.of(new NestedPages.Key(
                    "rl.role", "location_role"), new NestedPages.Key("rl.location_id", "bigint")), RecordApi::placement);

    private static final NestedPages.Relation<Placement> RECORDS_OF_PLACE = NestedPages.Relation.of(
            "PLACE_RECORDS", PLACEMENT_COLUMNS + " where rl.location_id = parent_.id", List.of(new NestedPages.Key(
                    "rl.record_id", "bigint"), new NestedPages.Key("rl.role", "location_role")), RecordApi::placement);

    private static Placement placement(org.rudprk.common.Row row) {
        return new Placement(row.id("record_id"), row.id("location_id"), row.enumOf(LocationRole.class, "role"));
    }

    @Description("Other records this one relates to, in either direction.")
    public List<@NonNull RecordLinkConnection> links(@Source List<Record> list,
            @DefaultValue("20") @Description(Pages.FIRST_DESCRIPTION) Integer first,
            @Description(Pages.AFTER_DESCRIPTION) String after) {
        // One query per batch: record_links WHERE from_record_id or to_record_id = each record (lateral union), keyset page, at most first (max 100) per record; +1 query for totalCount.
        return nested.pages(ids(list), LINKS, first, after, RecordLinkConnection.RecordLinkEdge::new,
                RecordLinkConnection::new);
    }

    /** Links in both directions, seen from record parent_.id. */
    private static final NestedPages.Relation<RecordLink> LINKS = NestedPages.Relation.of("RECORD_LINKS", """
            select x.other_id, x.relation, x.direction {keys} from (
              select l.to_record_id as other_id, l.relation::text as relation, 'OUTGOING' as direction
              from record_links l where l.from_record_id = parent_.id
              union all
              select l.from_record_id, l.relation::text, 'INCOMING'
              from record_links l where l.to_record_id = parent_.id) x where true""", List.of(
                    new NestedPages.Key("x.other_id", "bigint"), new NestedPages.Key("x.relation", "text"),
                    new NestedPages.Key("x.direction", "text")), row -> new RecordLink(row.id(NestedPages.PARENT),
                            row.id("other_id"), row.enumOf(RecordRelation.class, "relation"),
                            row.enumOf(RecordLink.LinkDirection.class, "direction")));

    @Description("The actor.")
    public List<@NonNull Actor> actor(@Source List<Involvement> list) {
        // One query per batch: actors WHERE id IN (distinct keys), at most one row per key.
        return actors.inOrder(list.stream().map(Involvement::actorId).toList());
    }

    @Description("The record.")
    public List<@NonNull Record> record(@Source List<Involvement> list) {
        // One query per batch: records WHERE id IN (distinct keys), at most one row per key.
        return asRecords(records.inOrder(list.stream().map(Involvement::recordId).toList()));
    }

    @Name("record")
    @Description("The other record.")
    public List<@NonNull Record> linkedRecord(@Source List<RecordLink> list) {
        // One query per batch: records WHERE id IN (distinct keys), at most one row per key.
        return asRecords(records.inOrder(list.stream().map(RecordLink::otherId).toList()));
    }

    @Name("record")
    @Description("The record.")
    public List<@NonNull Record> placedRecord(@Source List<Placement> list) {
        // One query per batch: records WHERE id IN (distinct keys), at most one row per key.
        return asRecords(records.inOrder(list.stream().map(Placement::recordId).toList()));
    }

    @Description("Every record this actor is involved in, with its role, earliest first.")
    public List<@NonNull InvolvementConnection> involvements(@Source List<Actor> list,
            @Description("Only involvements in this role.") ActorRole role,
            @Description("Only records of this kind.") RecordKind kind,
            @DefaultValue("20") @Description(Pages.FIRST_DESCRIPTION) Integer first,
            @Description(Pages.AFTER_DESCRIPTION) String after) {
        // One query per batch: record_actors JOIN records WHERE actor_id = each actor [AND role, kind] (lateral), keyset by date, at most first (max 100) per actor; +1 query for totalCount.
        NestedPages.Relation<Involvement> relation = NestedPages.Relation.of("ACTOR_INVOLVEMENTS", INVOLVEMENT_COLUMNS + " {keys} from record_actors ra"
                + " join records r on r.id = ra.record_id where ra.actor_id = parent_.id"
                + (role == null ? "" : " and ra.role = '" + role.name() + "'")
                + (kind == null ? "" : " and r.kind = '" + kind.name() + "'"), List.of(
                        new NestedPages.Key("r.start_earliest", "date"), new NestedPages.Key("r.slug", "text"),
                        new NestedPages.Key("ra.role", "actor_role")), RecordApi::involvement);
        return nested.pages(list.stream().map(Actor::dbId).toList(), relation, first, after,
                InvolvementConnection.InvolvementEdge::new, InvolvementConnection::new);
    }

    @Name("records")
    @Description("The records that take place at, or concern, this place.")
    public List<@NonNull PlacementConnection> locationRecords(@Source List<Location> list,
            @DefaultValue("20") @Description(Pages.FIRST_DESCRIPTION) Integer first,
            @Description(Pages.AFTER_DESCRIPTION) String after) {
        // One query per batch: record_locations WHERE location_id = each place (lateral), keyset by (record_id, role), at most first (max 100) per place; +1 query for totalCount.
        return nested.pages(list.stream().map(Location::dbId).toList(), RECORDS_OF_PLACE, first, after,
                PlacementConnection.PlacementEdge::new, PlacementConnection::new);
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
