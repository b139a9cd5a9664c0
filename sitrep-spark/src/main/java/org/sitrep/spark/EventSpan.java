package org.sitrep.spark;

import java.io.Serializable;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sitrep.model.Event;

/** An event's id, date and country: all a tally's {@code events_known} reads, broadcast instead of every event. */
record EventSpan(String id, @Nullable String date, @Nullable String country) implements Serializable {
    static EventSpan of(Event e) {
        return new EventSpan(e.id(), e.date(), e.country());
    }

    /** An event with only these fields set, as the context RecordLines counts tallies' events from. */
    Event skeleton() {
        return new Event(id, null, date, null, null, null, null, null, null, null, null, country, null, null, null,
                null, null, List.of(), null, null, null, List.of(), List.of(), null);
    }
}
