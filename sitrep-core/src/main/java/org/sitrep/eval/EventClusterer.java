package org.sitrep.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Cross-document event coreference by Sitrep's rule of thumb, generalised beyond conflict events: within one
 * document cluster (one story), mentions with the same trigger lemma are one event unless their arguments
 * contradict, and two lemma groups join when their arguments (times, places, participants: the capitalised names
 * and numbers of the mentions' sentences) overlap strongly. Stateless.
 *
 * <p>Options: {@code argumentJoin} (the CLI default is 1) is the Jaccard overlap of two groups' arguments from which
 * groups of different lemmas join; 1 or more turns that off (the lemma baseline).
 */
public final class EventClusterer {
    /** One mention to cluster: its key, document cluster, trigger lemma and argument words. */
    public record Item(String key, String docCluster, String lemma, Set<String> arguments) {
    }

    private final double argumentJoin;

    public EventClusterer(double argumentJoin) {
        this.argumentJoin = argumentJoin;
    }

    public List<Set<String>> cluster(List<Item> items) {
        Map<String, List<Item>> groups = new LinkedHashMap<>();
        for (Item i : items) groups.computeIfAbsent(i.docCluster() + "\u0000" + i.lemma(), k -> new ArrayList<>()).add(i);
        Map<String, List<List<Item>>> byDocCluster = new LinkedHashMap<>();
        for (List<Item> g : groups.values()) byDocCluster.computeIfAbsent(g.get(0).docCluster(), k -> new ArrayList<>()).add(g);
        List<Set<String>> out = new ArrayList<>();
        for (List<List<Item>> gs : byDocCluster.values()) {
            List<List<Item>> merged = argumentJoin >= 1 ? gs : joinByArguments(gs);
            for (List<Item> g : merged) {
                Set<String> keys = new LinkedHashSet<>();
                for (Item i : g) keys.add(i.key());
                out.add(keys);
            }
        }
        return out;
    }

    private List<List<Item>> joinByArguments(List<List<Item>> groups) {
        List<List<Item>> gs = new ArrayList<>();
        for (List<Item> g : groups) gs.add(new ArrayList<>(g));
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 0; i < gs.size() && !changed; i++) {
                for (int j = i + 1; j < gs.size() && !changed; j++) {
                    if (jaccard(arguments(gs.get(i)), arguments(gs.get(j))) >= argumentJoin) {
                        gs.get(i).addAll(gs.remove(j));
                        changed = true;
                    }
                }
            }
        }
        return gs;
    }

    private static Set<String> arguments(List<Item> g) {
        Map<String, Integer> count = new HashMap<>();
        for (Item i : g) for (String a : i.arguments()) count.merge(a, 1, Integer::sum);
        return count.keySet();
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) return 0;
        int common = 0;
        for (String x : a) if (b.contains(x)) common++;
        return (double) common / (a.size() + b.size() - common);
    }
}
