package org.sitrep.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An aggregate count stated in a report ("16 attacks between October 17 and 26"). Never turned into events.
 * {@code qualifier} is "exactly", "at least", "more than" or "about".
 */
public record Tally(String id, String report, int count, String qualifier, @Nullable String from, @Nullable String to,
                   String what, List<String> where, @Nullable String source, @Nullable String speaker,
                   @Nullable String stated, List<Evidence> evidence) {
    public Tally {
        where = List.copyOf(where);
        evidence = List.copyOf(evidence);
    }
}
