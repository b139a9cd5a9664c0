package org.sitrep.merge;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.BinaryOperator;
import java.util.function.Function;

/** The one way statements and tallies told again by a new report are joined to those told before. */
final class Rejoin {
    private Rejoin() {
    }

    /**
     * The records to write for a report: each of {@code incoming} either joined to the first {@code same} one of
     * {@code stored} or of the report's own earlier records (the joined record, with the stored id), or unchanged. A
     * stored record joined several times is returned once, in its final state; one that gained nothing is not
     * returned, so merging again is a no-op.
     */
    static <T> List<T> merge(List<T> incoming, List<T> stored, BiPredicate<T, T> same, BinaryOperator<T> join,
                             Function<T, String> id) {
        List<T> pool = new ArrayList<>(stored);
        Map<String, T> changed = new LinkedHashMap<>();
        for (T record : incoming) {
            int at = -1;
            for (int i = 0; i < pool.size() && at < 0; i++) if (same.test(pool.get(i), record)) at = i;
            T written = at < 0 ? record : join.apply(pool.get(at), record);
            if (at < 0) pool.add(record);
            else pool.set(at, written);
            changed.put(id.apply(written), written);
        }
        Set<T> untouched = new HashSet<>(stored);
        return changed.values().stream().filter(r -> !untouched.contains(r)).toList();
    }

    /** The items of {@code first}, then those of {@code later} it lacks: a joined record's reports and evidence. */
    static <E> List<E> union(List<E> first, List<E> later) {
        List<E> out = new ArrayList<>(first);
        for (E e : later) if (!out.contains(e)) out.add(e);
        return out;
    }
}
