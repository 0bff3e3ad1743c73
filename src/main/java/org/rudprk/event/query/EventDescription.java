package org.rudprk.event.query;

import java.util.List;
import java.util.function.Function;

import org.rudprk.actor.api.Actor;
import org.rudprk.export.Column;
import org.rudprk.record.api.RecordBase;
import org.rudprk.record.RecordKind;
import org.rudprk.record.query.RecordKindDescription;
import org.rudprk.event.EventKind;
import org.rudprk.event.api.Event;
import org.rudprk.event.entity.EventEntity;

/** Events: table events (see {@link EventEntity}); participants carry their roles, none is principal. */
public final class EventDescription extends RecordKindDescription {

    public EventDescription() {
        super(RecordKind.EVENT, EventEntity.class, "ev", API_TEXT);
    }

    @Override
    public RecordBase toApi(RecordBase.Core core, Function<String, Object> column, List<Actor> principals) {
        return new Event(core, EventKind.valueOf((String) column.apply("event_kind")));
    }

    @Override
    public List<Column> exportColumns() {
        return List.of(exportOwn("event_kind", "Events: VISIT, SUMMIT, UN_VOTE, ..."));
    }

    /** What the lists of events say in the API (Query.events, Actor.events). */
    private static final ApiText API_TEXT = new ApiText("Visits, summits, letters, votes, launches, strikes and publications, earliest first unless ordered otherwise.",
            "Events this actor took part in, in any role, earliest first.");
}
