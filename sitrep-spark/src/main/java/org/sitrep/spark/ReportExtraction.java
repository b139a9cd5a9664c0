package org.sitrep.spark;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sitrep.extract.EventMention;
import org.sitrep.extract.ExtractedReport;
import org.sitrep.merge.EventMerger;
import org.sitrep.model.MentionLink;
import org.sitrep.model.RejectedInputException;
import org.sitrep.model.Report;
import org.sitrep.model.Stage;
import org.sitrep.pipeline.Stages;

/**
 * Annotates and extracts one cleaned report with the executor's shared stages and splits its event mentions by
 * {@link MergeKey}. A mention with an unknown date is left out: it is compatible with nothing and an undated event
 * is never kept, so it could change no event. A mention without a place (or placed only in a country) goes to the
 * key of a placed mention of its report that an event it could join lies under ({@link #route}). One per partition.
 */
final class ReportExtraction {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final Stages stages;
    private final Stage<Report, ExtractedReport> extract;
    private final RecordJson json = new RecordJson();
    private final int windowDays;

    ReportExtraction(Stages stages, int windowDays) {
        this.stages = stages;
        this.extract = stages.annotator().then(stages.extractor());
        this.windowDays = windowDays;
    }

    ReportOutcome apply(CleanedReport cleaned) {
        // CPU time of this thread, not wall time: on a shared machine the wall clock counts other work too.
        long start = THREADS.getCurrentThreadCpuTime();
        Report report = json.read(cleaned.report(), Report.class);
        try {
            ExtractedReport extracted = extract.apply(report);
            List<KeyedBatch> batches = new ArrayList<>();
            for (Map.Entry<MergeKey, MentionBatch> b : batches(cleaned.order(), extracted).entrySet()) {
                batches.add(new KeyedBatch(b.getKey(), json.write(b.getValue())));
            }
            return new ReportOutcome(cleaned.order(), cleaned.source(), null, batches,
                    extracted.tallies().stream().map(json::write).toList(),
                    extracted.statements().stream().map(json::write).toList(), extracted.mentions().size(),
                    extracted.annotated().tokenCount(), THREADS.getCurrentThreadCpuTime() - start);
        } catch (RejectedInputException e) {
            return ReportOutcome.rejected(cleaned.order(), cleaned.source(), e.getMessage());
        } catch (RuntimeException e) {
            // One odd report must not fail the task (and, retried, the job): it becomes a dead letter.
            return ReportOutcome.rejected(cleaned.order(), cleaned.source(),
                    cleaned.source() + ": internal error: " + e);
        }
    }

    private Map<MergeKey, MentionBatch> batches(String order, ExtractedReport extracted) {
        Map<MergeKey, List<EventMention>> placed = new LinkedHashMap<>(), placeless = new LinkedHashMap<>();
        List<EventMention> unplaced = new ArrayList<>();
        for (EventMention m : extracted.mentions()) {
            if (!m.time().isKnown()) continue;
            if (EventMerger.isPlaced(m)) placed.computeIfAbsent(key(m), k -> new ArrayList<>()).add(m);
            else unplaced.add(m);
        }
        if (!unplaced.isEmpty()) route(extracted, unplaced, placeless);
        Report report = extracted.report();
        String source = report.outlet() != null && !report.outlet().isBlank() ? report.outlet()
                : report.url() != null && !report.url().isBlank() ? report.url() : report.id();
        Map<MergeKey, MentionBatch> out = new LinkedHashMap<>();
        for (MergeKey k : placed.keySet()) {
            out.put(k, new MentionBatch(order, report.id(), source, placed.get(k), placeless.getOrDefault(k, List.of())));
        }
        return out;
    }

    /**
     * Files each placeless mention under the key where the embedded merger could join it. It joins only an event
     * its report's placed mentions made or joined, stored ones included ({@link EventMerger}), so it goes to the
     * key of such a mention, merged there after them with the events so far, as the store merges it: a mention
     * that joins nothing in its report alone may join the stored event its report's placed mention joined. That
     * event has the mention's type family and, when the mention names a country, lies in it. When several keys
     * qualify (a report telling of events in two countries or windows), it goes to the key of the event it joins
     * in its report alone, else to the first: the embedded merger's choice there depends on the events of both.
     */
    private void route(ExtractedReport extracted, List<EventMention> unplaced,
                       Map<MergeKey, List<EventMention>> placeless) {
        Map<String, MergeKey> alone = null;
        for (EventMention m : unplaced) {
            List<MergeKey> fit = new ArrayList<>();
            for (EventMention p : extracted.mentions()) {
                if (!p.time().isKnown() || !EventMerger.isPlaced(p) || !p.type().family().equals(m.type().family())) continue;
                if (m.place() != null && !Objects.equals(m.place().country(), p.place().country())) continue;
                if (!fit.contains(key(p))) fit.add(key(p));
            }
            if (fit.isEmpty()) continue;
            MergeKey k = fit.get(0);
            if (fit.size() > 1) {
                if (alone == null) alone = aloneKeys(extracted);
                k = fit.contains(alone.get(m.id())) ? alone.get(m.id()) : k;
            }
            placeless.computeIfAbsent(k, x -> new ArrayList<>()).add(m);
        }
    }

    /** The key of the first placed mention of the event each mention joins when its report is merged alone. */
    private Map<String, MergeKey> aloneKeys(ExtractedReport extracted) {
        EventMerger.Result alone = stages.merger().merge(extracted.mentions(), List.of());
        Map<String, String> eventOf = new HashMap<>();
        for (MentionLink l : alone.links()) eventOf.put(l.mention(), l.event());
        Map<String, MergeKey> keyOfEvent = new HashMap<>(), out = new HashMap<>();
        for (EventMention m : extracted.mentions()) {
            String event = eventOf.get(m.id());
            if (event != null && m.time().isKnown() && EventMerger.isPlaced(m)) keyOfEvent.putIfAbsent(event, key(m));
        }
        for (EventMention m : extracted.mentions()) {
            MergeKey k = keyOfEvent.get(eventOf.get(m.id()));
            if (k != null) out.put(m.id(), k);
        }
        return out;
    }

    private MergeKey key(EventMention m) {
        return new MergeKey(m.place().country(), Math.floorDiv(m.time().from().toEpochDay(), windowDays));
    }
}
