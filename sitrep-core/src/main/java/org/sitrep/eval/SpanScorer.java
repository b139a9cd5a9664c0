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

    /** Figures for each type named in {@code types}, in that order, whether or not it occurs. */
    public List<TypeScore> score(List<TypedSpan> gold, List<TypedSpan> predicted, List<String> types) {
        Map<String, List<TypedSpan>> g = byType(gold), p = byType(predicted);
        List<TypeScore> out = new ArrayList<>();
        for (String type : types) {
            List<TypedSpan> gs = g.getOrDefault(type, List.of()), ps = p.getOrDefault(type, List.of());
            Set<TypedSpan> exact = new LinkedHashSet<>(gs);
            exact.retainAll(Set.copyOf(ps));
            out.add(new TypeScore(type, new Prf(exact.size(), ps.size(), gs.size()),
                    new Prf(overlapMatches(gs, ps, exact), ps.size(), gs.size())));
        }
        return out;
    }

    private static Map<String, List<TypedSpan>> byType(List<TypedSpan> spans) {
        Map<String, Set<TypedSpan>> sets = new TreeMap<>();
        for (TypedSpan s : spans) sets.computeIfAbsent(s.type(), k -> new LinkedHashSet<>()).add(s);
        Map<String, List<TypedSpan>> out = new HashMap<>();
        sets.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return out;
    }

    private static int overlapMatches(List<TypedSpan> gold, List<TypedSpan> predicted, Set<TypedSpan> exact) {
        Comparator<TypedSpan> order = Comparator.comparing(TypedSpan::document).thenComparingInt(TypedSpan::start)
                .thenComparingInt(TypedSpan::end);
        List<TypedSpan> g = new ArrayList<>(gold), p = new ArrayList<>(predicted);
        g.removeAll(exact);
        p.removeAll(exact);
        g.sort(order);
        p.sort(order);
        boolean[] used = new boolean[g.size()];
        int matched = exact.size();
        for (TypedSpan s : p) {
            for (int k = 0; k < g.size(); k++) {
                if (!used[k] && g.get(k).overlaps(s)) {
                    used[k] = true;
                    matched++;
                    break;
                }
            }
        }
        return matched;
    }
}
