package org.sitrep.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.refdata.Names;

/**
 * How well merging keeps one record per real event (issue 6), from the gold of a corpus whose reports tell the same
 * events several times (a wire story and its rewrite, a first report and a follow-up share a gold id):
 * <ul>
 *   <li>Sitrep events per real event: every predicted event that matches a gold event ({@link Scorer#eventsMatch})
 *   counts toward the gold event it is closest to (the Scorer's cost: km, days, sub-type); the figure is predicted
 *   events with a counterpart over the distinct gold events they point at. 1.00 means no real event is recorded
 *   twice.</li>
 *   <li>Merged real events: a predicted event that points at one gold event but was built from two mentions or more,
 *   draws on a report that tells another gold event at another place, and has a place or role phrase (evidence
 *   fields place, actor1, actor2) naming that other event's location: a mention of the other real event was folded
 *   into its record. Each such other gold event counts once, whether or not it also has a record of its own.</li>
 * </ul>
 * Gold files carry no mention spans, so both are read from the events and their evidence: they hold only as far
 * as the matching rule tells events apart (two gold events of one type, day and place are one to it) and as place
 * names tell mentions apart (a merge of two events at one place on two days is not seen).
 */
public final class MergeCheck {
    private static final Set<String> ROLE_FIELDS = Set.of("place", "actor1", "actor2");

    /** The figures, with one line per duplicated and per merged gold event. */
    public record Figures(int realEvents, int sitrepEvents, List<String> duplicated, List<String> merged) {
        public Figures {
            duplicated = List.copyOf(duplicated);
            merged = List.copyOf(merged);
        }

        /** Sitrep events per real event found; 0 when nothing was found. */
        public double perRealEvent() {
            return realEvents == 0 ? 0 : (double) sitrepEvents / realEvents;
        }

        public String summary() {
            return String.format(Locale.ROOT,
                    "merging: %d Sitrep events for %d real events found (%.3f per real event, %d real events recorded "
                            + "twice or more); %d real events merged into another", sitrepEvents, realEvents,
                    perRealEvent(), duplicated.size(), merged.size());
        }
    }

    /**
     * @param sources report id to the report's source (path or "file:line"), to find each report's gold document
     */
    public Figures check(GoldCorpus gold, List<Event> events, Map<String, String> sources) {
        List<GoldItem> golds = gold.events();
        Map<String, String> docOfReport = new HashMap<>();
        for (var s : sources.entrySet()) {
            gold.documentFor(s.getValue()).ifPresent(d -> docOfReport.put(s.getKey(), d.key()));
        }
        int[] counterpart = new int[events.size()];
        Map<Integer, List<Event>> byGold = new HashMap<>();
        for (int i = 0; i < events.size(); i++) {
            counterpart[i] = closest(events.get(i), golds);
            if (counterpart[i] >= 0) byGold.computeIfAbsent(counterpart[i], k -> new ArrayList<>()).add(events.get(i));
        }
        int sitrepEvents = 0;
        List<String> duplicated = new ArrayList<>();
        for (var e : byGold.entrySet()) {
            sitrepEvents += e.getValue().size();
            if (e.getValue().size() > 1) {
                duplicated.add(golds.get(e.getKey()).id() + ": " + e.getValue().stream().map(Event::id).toList());
            }
        }
        List<String> merged = new ArrayList<>();
        for (int g = 0; g < golds.size(); g++) {
            GoldItem other = golds.get(g);
            Set<String> docs = new HashSet<>(other.documents());
            for (int i = 0; i < events.size(); i++) {
                Event e = events.get(i);
                if (counterpart[i] < 0 || counterpart[i] == g || triggers(e) < 2) continue;
                if (e.reports().stream().noneMatch(r -> docs.contains(docOfReport.get(r)))) continue;
                if (namesPlaceOf(e, other) && !sharesPlace(other, golds.get(counterpart[i]))) {
                    merged.add(other.id() + " inside " + e.id() + " (recorded as " + golds.get(counterpart[i]).id()
                            + (byGold.containsKey(g) ? "; also recorded on its own" : "") + ")");
                    break;
                }
            }
        }
        duplicated.sort(null);
        return new Figures(byGold.size(), sitrepEvents, duplicated, merged);
    }

    private static int closest(Event e, List<GoldItem> golds) {
        int best = -1;
        double bestCost = Double.MAX_VALUE;
        for (int g = 0; g < golds.size(); g++) {
            if (!Scorer.eventsMatch(e, golds.get(g))) continue;
            double c = Scorer.eventCost(e, golds.get(g));
            if (c < bestCost) {
                best = g;
                bestCost = c;
            }
        }
        return best;
    }

    private static long triggers(Event e) {
        return e.evidence().stream().filter(v -> "trigger".equals(v.field())).count();
    }

    /** Whether a place or role phrase behind the event names the gold event's location (or an alias). */
    private static boolean namesPlaceOf(Event e, GoldItem g) {
        for (Evidence v : e.evidence()) {
            if (!ROLE_FIELDS.contains(v.field())) continue;
            String text = " " + Names.key(v.text()) + " ";
            for (String name : g.names("location")) {
                String key = Names.key(name);
                if (!key.isEmpty() && text.contains(" " + key + " ")) return true;
            }
        }
        return false;
    }

    private static boolean sharesPlace(GoldItem a, GoldItem b) {
        for (String x : a.names("location")) for (String y : b.names("location")) {
            if (Names.key(x).equals(Names.key(y))) return true;
        }
        return false;
    }
}
