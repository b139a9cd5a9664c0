package org.sitrep.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An aggregate count stated in a report ("16 attacks between October 17 and 26"). Never turned into events.
 * {@code qualifier} is "exactly", "at least", "more than" or "about". {@code report} is the report that first stated
 * it and {@code reports} every report that states it, the first one first: a wire's tally and its syndicated copy
 * are one tally with two sources (see {@code org.sitrep.merge.TallyMerger}).
 */
public record Tally(String id, String report, int count, String qualifier, @Nullable String from, @Nullable String to,
                   String what, List<String> where, @Nullable String source, @Nullable String speaker,
                   @Nullable String stated, List<Evidence> evidence, List<String> reports) {
    public Tally {
        where = List.copyOf(where);
        evidence = List.copyOf(evidence);
        reports = Sources.firstThen(report, reports);
    }

    /** A tally stated by one report. */
    public Tally(String id, String report, int count, String qualifier, @Nullable String from, @Nullable String to,
                 String what, List<String> where, @Nullable String source, @Nullable String speaker,
                 @Nullable String stated, List<Evidence> evidence) {
        this(id, report, count, qualifier, from, to, what, where, source, speaker, stated, evidence, List.of(report));
    }
}
