package org.sitrep.spark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.merge.EventCombiner;
import org.sitrep.merge.EventCompatibility;
import org.sitrep.model.Event;
import org.sitrep.resolve.time.TimeValue;

/**
 * The second pass over one country's events: joins events that were merged in different windows but may be one
 * event, which can only happen when one of them has dates reaching outside its own window (a range across a
 * boundary, "between Sunday and Monday"). Each such pair that {@link EventCompatibility} accepts is combined, the
 * older (by input order) first, and finished again, as {@link EventCombiner} does for a mention and a stored
 * event. This is event-to-event rather than mention-by-mention, the one approximation of the Spark merge: with
 * single-day dates, the common case, no event reaches outside its window and the pass changes nothing.
 */
final class BoundaryMerge {
    private final EventCompatibility compatibility;
    private final EventCombiner combiner;
    private final int windowDays;
    private final RecordJson json = new RecordJson();

    BoundaryMerge(EventCompatibility compatibility, EventCombiner combiner, int windowDays) {
        this.compatibility = compatibility;
        this.combiner = combiner;
        this.windowDays = windowDays;
    }

    List<MergedEvent> merge(Iterable<MergedEvent> countryEvents) {
        List<MergedEvent> in = new ArrayList<>();
        countryEvents.forEach(in::add);
        in.sort(Comparator.comparing(MergedEvent::firstOrder));
        List<Event> events = new ArrayList<>();
        boolean anyOutside = false;
        for (MergedEvent m : in) {
            Event e = json.read(m.event(), Event.class);
            events.add(e);
            anyOutside |= outside(e, m.window());
        }
        if (!anyOutside) return in;
        List<MergedEvent> out = new ArrayList<>();
        boolean[] gone = new boolean[in.size()];
        for (int i = 0; i < in.size(); i++) {
            if (gone[i]) continue;
            Event older = events.get(i);
            Map<String, String> sources = new HashMap<>(in.get(i).sources());
            for (int j = i + 1; j < in.size(); j++) {
                if (gone[j] || in.get(j).window() == in.get(i).window()) continue;
                if (!outside(older, in.get(i).window()) && !outside(events.get(j), in.get(j).window())) continue;
                if (!compatibility.compatible(older, events.get(j))) continue;
                older = combiner.finish(combiner.combine(older, events.get(j)));
                sources.putAll(in.get(j).sources());
                gone[j] = true;
            }
            MergedEvent m = in.get(i);
            out.add(older == events.get(i) ? m
                    : new MergedEvent(m.firstOrder(), m.country(), m.window(), json.write(older), sources));
        }
        return out;
    }

    /** Whether the event's dates reach outside the window it was merged in. */
    private boolean outside(Event e, long window) {
        TimeValue t = TimeValue.parse(e.date(), e.datePrecision());
        return t.isKnown() && (Math.floorDiv(t.from().toEpochDay(), windowDays) != window
                || Math.floorDiv(t.to().toEpochDay(), windowDays) != window);
    }
}
