package org.rudprk.event;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.rudprk.record.Record;
import org.rudprk.record.RecordBase;

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
