package org.rudprk.event.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.rudprk.record.api.Record;
import org.rudprk.record.api.RecordBase;
import org.rudprk.event.EventKind;

/** Something that happened on a date: a visit, summit, letter, UN vote, launch, strike or publication; participants carry their roles. */
@Type("Event")
@Description("Something that happened on a date: a visit, summit, letter, UN vote, launch, strike or publication; participants carry their roles.")
public class Event extends RecordBase implements Record {

    @NonNull
    @Description("What kind of event.")
    public final EventKind eventKind;

    public Event(Core core, EventKind eventKind) {
        super(core);
        this.eventKind = eventKind;
    }
}
