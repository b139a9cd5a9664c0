package org.sitrep.model;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The reports that tell a statement or a tally: the first one first, each once. */
final class Sources {
    private Sources() {
    }

    /**
     * {@code first}, then the others it is not among. A record stored before statements and tallies were merged
     * has no list ({@code null}): its one report is its source.
     */
    static List<String> firstThen(String first, @Nullable List<String> others) {
        List<String> all = new ArrayList<>();
        all.add(first);
        if (others != null) for (String r : others) if (!all.contains(r)) all.add(r);
        return List.copyOf(all);
    }
}
