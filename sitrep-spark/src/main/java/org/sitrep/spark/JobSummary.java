package org.sitrep.spark;

import java.util.Locale;

/**
 * Counts of one run, and its rate: {@code nlpSeconds} is the sum over reports of the time each took to annotate
 * and extract, so {@code reports / nlpSeconds} is reports per second per busy core.
 */
public record JobSummary(long reports, long rejected, long events, long tallies, long statements, long tokens,
                         double nlpSeconds, double wallSeconds) {
    public double reportsPerCoreSecond() {
        return nlpSeconds == 0 ? 0 : reports / nlpSeconds;
    }

    public String describe() {
        return String.format(Locale.ROOT,
                "%d reports (%d rejected): %d events, %d tallies, %d statements; %d tokens; "
                        + "%.1f s annotating and extracting (%.2f reports/s per core), %.1f s wall",
                reports, rejected, events, tallies, statements, tokens, nlpSeconds, reportsPerCoreSecond(),
                wallSeconds);
    }
}
