package org.sitrep.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Cross-document event coreference by Sitrep's rule of thumb, generalised beyond conflict events: within one
 * document cluster (one story), mentions whose trigger lemmas are of one {@link EventFamilies family} are one event.
 * A verb of saying is its own event: each "said" reports another statement. Stateless.
 */
public final class EventClusterer {
    /** One mention to cluster: its key, document cluster and trigger lemma. */
    public record Item(String key, String docCluster, String lemma) {
    }

    private final EventFamilies families;

    public EventClusterer(EventFamilies families) {
        this.families = families;
    }

    public List<Set<String>> cluster(List<Item> items) {
        Map<String, Set<String>> groups = new LinkedHashMap<>();
        for (Item i : items) {
            String event = families.isReporting(i.lemma()) ? "said\u0000" + i.key() : families.familyOf(i.lemma());
            groups.computeIfAbsent(i.docCluster() + "\u0000" + event, k -> new LinkedHashSet<>()).add(i.key());
        }
        return new ArrayList<>(groups.values());
    }
}
