package org.sitrep.spark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.extract.EventMention;
import org.sitrep.merge.EventMerger;
import org.sitrep.model.Event;
import org.sitrep.resolve.time.TimeValue;

/**
 * Merges the mention batches of one {@link MergeKey} as the embedded pipeline merges reports: in input order, each
 * report's mentions with Sitrep's {@link EventMerger} against the events so far that lie within two days of them,
 * ordered as the store returns them (by first day, then id), so that the first compatible event is the one the
 * embedded run finds. One per partition.
 */
final class WindowMerge {
    private final EventMerger merger;
    private final RecordJson json = new RecordJson();

    WindowMerge(EventMerger merger) {
        this.merger = merger;
    }

    List<MergedEvent> merge(MergeKey key, Iterable<String> batchJsons) {
        List<MentionBatch> batches = new ArrayList<>();
        for (String b : batchJsons) batches.add(json.read(b, MentionBatch.class));
        batches.sort(Comparator.comparing(MentionBatch::order));
        Map<String, Event> events = new LinkedHashMap<>();
        Map<String, String> firstOrder = new HashMap<>(), sources = new HashMap<>();
        for (MentionBatch b : batches) {
            List<EventMention> mentions = new ArrayList<>(b.placed());
            mentions.addAll(b.placeless());
            EventMerger.Result merged = merger.merge(mentions, candidates(mentions, events.values()));
            for (Event e : merged.events()) {
                events.put(e.id(), e);
                firstOrder.putIfAbsent(e.id(), b.order());
            }
            sources.put(b.report(), b.source());
        }
        List<MergedEvent> out = new ArrayList<>();
        for (Event e : events.values()) {
            Map<String, String> mine = new HashMap<>();
            for (String r : e.reports()) if (sources.containsKey(r)) mine.put(r, sources.get(r));
            out.add(new MergedEvent(firstOrder.get(e.id()), key.country(), key.window(), json.write(e), mine));
        }
        return out;
    }

    /** What the store's query gives ReportPipeline: events from two days before to two days after the mentions. */
    private static List<Event> candidates(List<EventMention> mentions, Iterable<Event> events) {
        LocalDate from = null, to = null;
        for (EventMention m : mentions) {
            if (from == null || m.time().from().isBefore(from)) from = m.time().from();
            if (to == null || m.time().to().isAfter(to)) to = m.time().to();
        }
        List<Event> out = new ArrayList<>();
        if (from == null) return out;
        LocalDate since = from.minusDays(2), until = to.plusDays(2);
        for (Event e : events) {
            TimeValue t = TimeValue.parse(e.date(), e.datePrecision());
            if (t.isKnown() && !t.to().isBefore(since) && !t.from().isAfter(until)) out.add(e);
        }
        out.sort(Comparator.comparing((Event e) -> TimeValue.parse(e.date(), e.datePrecision()).from())
                .thenComparing(Event::id));
        return out;
    }
}
