package org.sitrep.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One change to an event: the report that caused it, when that report was ingested and published, the fields it
 * changed, and the event's whole state after it ({@code state}), so the event as known at any time can be shown
 * without replaying the merge.
 */
public record HistoryEntry(String event, String report, Instant ingestedAt, @Nullable LocalDate published,
                           List<EventChange> changes, Event state) {
    public HistoryEntry {
        changes = List.copyOf(changes);
    }

    /** The day the change became known: the report's publication date, else the day it was ingested (UTC). */
    public LocalDate knownOn() {
        return published != null ? published : LocalDate.ofInstant(ingestedAt, java.time.ZoneOffset.UTC);
    }
}
