package org.sitrep.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sitrep.model.Event;
import org.sitrep.model.Tally;
import org.sitrep.store.DateRange;

/**
 * An official tally beside the events Sitrep holds for the same window and places: what the record format calls
 * {@code events_known}. An event counts when its date overlaps the tally's window [from, to] and its country is one
 * of the tally's {@code where} (compared ignoring case; an empty {@code where} names no country and so admits any).
 * A tally with a start and no end ("16 attacks since October 17") runs to the day it was stated, or stays open if
 * that is unknown too. Undated events never count. A tally gives countries only, so admin1 is not compared. Built
 * once over a list of events; immutable.
 */
public final class TallyComparison {
    /** A tally, the events in its window and places (null when the tally has no readable window). */
    public record Row(Tally tally, @Nullable List<Event> events) {
        public @Nullable Integer eventsKnown() {
            return events == null ? null : events.size();
        }

        /** The tally's count minus the events Sitrep holds; null without a window. */
        public @Nullable Integer difference() {
            return events == null ? null : tally.count() - events.size();
        }
    }

    private record DatedEvent(Event event, DateRange dates) {
    }

    private final List<DatedEvent> dated = new ArrayList<>();

    public TallyComparison(List<Event> events) {
        for (Event e : events) {
            DateRange dates = DateRange.parse(e.date());
            if (dates != null) dated.add(new DatedEvent(e, dates));
        }
    }

    public Row compare(Tally t) {
        LocalDate from = start(DateRange.parse(t.from()));
        LocalDate to = end(DateRange.parse(t.to()));
        if (from == null && to == null) return new Row(t, null);
        if (to == null) to = end(DateRange.parse(t.stated()));
        List<Event> in = new ArrayList<>();
        for (DatedEvent e : dated) {
            if (e.dates().overlaps(from, to) && inWhere(e.event().country(), t.where())) in.add(e.event());
        }
        return new Row(t, in);
    }

    private static @Nullable LocalDate start(@Nullable DateRange range) {
        return range == null ? null : range.from();
    }

    private static @Nullable LocalDate end(@Nullable DateRange range) {
        return range == null ? null : range.to();
    }

    private static boolean inWhere(@Nullable String country, List<String> where) {
        if (where.isEmpty()) return true;
        if (country == null) return false;
        for (String w : where) if (w.equalsIgnoreCase(country)) return true;
        return false;
    }
}
