package org.sitrep.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Entity span precision, recall and F1 per type, micro-averaged over documents. Two matches are counted:
 * <ul>
 *   <li>exact: same document, type, start and end;
 *   <li>overlap: same document and type and at least one character in common, one to one (a predicted span
 *       matches at most one gold span and the reverse), exact pairs first, then the rest greedily in text order.
 * </ul>
 * Duplicate spans on either side count once: re3d lists some spans twice, and a finder may find a name twice.
 */
public final class SpanScorer {
    /** The figures of one type. */
    public record TypeScore(String type, Prf exact, Prf overlap) {
    }

    /** Spans of one type left unmatched by overlap matching: gold spans missed and predicted spans matching none. */
    public record Unmatched(List<TypedSpan> missed, List<TypedSpan> falseAlarms) {
        public Unmatched {
            missed = List.copyOf(missed);
            falseAlarms = List.copyOf(falseAlarms);
        }
    }

    /** Figures for each type named in {@code types}, in that order, whether or not it occurs. */
    public List<TypeScore> score(List<TypedSpan> gold, List<TypedSpan> predicted, List<String> types) {
        Map<String, List<TypedSpan>> g = byType(gold), p = byType(predicted);
        List<TypeScore> out = new ArrayList<>();
        for (String type : types) {
            List<TypedSpan> gs = g.getOrDefault(type, List.of()), ps = p.getOrDefault(type, List.of());
            Set<TypedSpan> exact = new LinkedHashSet<>(gs);
            exact.retainAll(Set.copyOf(ps));
            Unmatched left = unmatched(gs, ps, exact);
            out.add(new TypeScore(type, new Prf(exact.size(), ps.size(), gs.size()),
                    new Prf(gs.size() - left.missed().size(), ps.size(), gs.size())));
        }
        return out;
    }

    /** What overlap matching leaves unmatched for {@code type}, each list in document and text order. */
    public Unmatched unmatched(List<TypedSpan> gold, List<TypedSpan> predicted, String type) {
        List<TypedSpan> gs = byType(gold).getOrDefault(type, List.of()), ps = byType(predicted).getOrDefault(type, List.of());
        Set<TypedSpan> exact = new LinkedHashSet<>(gs);
        exact.retainAll(Set.copyOf(ps));
        return unmatched(gs, ps, exact);
    }

    private static Map<String, List<TypedSpan>> byType(List<TypedSpan> spans) {
        Map<String, Set<TypedSpan>> sets = new TreeMap<>();
        for (TypedSpan s : spans) sets.computeIfAbsent(s.type(), k -> new LinkedHashSet<>()).add(s);
        Map<String, List<TypedSpan>> out = new HashMap<>();
        sets.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return out;
    }

    private static Unmatched unmatched(List<TypedSpan> gold, List<TypedSpan> predicted, Set<TypedSpan> exact) {
        Comparator<TypedSpan> order = Comparator.comparing(TypedSpan::document).thenComparingInt(TypedSpan::start)
                .thenComparingInt(TypedSpan::end);
        List<TypedSpan> g = new ArrayList<>(gold), p = new ArrayList<>(predicted);
        g.removeAll(exact);
        p.removeAll(exact);
        g.sort(order);
        p.sort(order);
        boolean[] used = new boolean[g.size()];
        List<TypedSpan> falseAlarms = new ArrayList<>();
        for (TypedSpan s : p) {
            boolean found = false;
            for (int k = 0; k < g.size() && !found; k++) {
                if (!used[k] && g.get(k).overlaps(s)) {
                    used[k] = true;
                    found = true;
                }
            }
            if (!found) falseAlarms.add(s);
        }
        List<TypedSpan> missed = new ArrayList<>();
        for (int k = 0; k < g.size(); k++) if (!used[k]) missed.add(g.get(k));
        return new Unmatched(missed, falseAlarms);
    }
}
