package org.sitrep.model;

import org.jspecify.annotations.Nullable;
import java.util.List;

/**
 * An attributed statement: accusation, demand, threat, disapproval, denial (PLOVER types). {@code report} is the
 * report that first told it, {@code reports} every report that tells it, the first one first: the same statement
 * told by two reports is one statement with two sources (see {@code org.sitrep.merge.StatementMerger}).
 */
public record Statement(String id, String report, String speaker, @Nullable String speakerAffiliation,
                        @Nullable String date, DatePrecision datePrecision, String plover, @Nullable String about,
                        String summary, @Nullable String quote, List<Evidence> evidence, List<String> reports) {
    public Statement {
        evidence = List.copyOf(evidence);
        reports = Sources.firstThen(report, reports);
    }

    /** A statement told by one report. */
    public Statement(String id, String report, String speaker, @Nullable String speakerAffiliation,
                     @Nullable String date, DatePrecision datePrecision, String plover, @Nullable String about,
                     String summary, @Nullable String quote, List<Evidence> evidence) {
        this(id, report, speaker, speakerAffiliation, date, datePrecision, plover, about, summary, quote, evidence,
                List.of(report));
    }
}
