package org.sitrep.spark;

import java.util.Locale;

/**
 * Counts of one run, and its rate: {@code nlpSeconds} is the sum over reports of the CPU time each took to annotate
 * and extract, so {@code reports / nlpSeconds} is reports per second of one busy core.
 */
public record JobSummary(long reports, long rejected, long events, long tallies, long statements, long tokens,
                         double nlpSeconds, double wallSeconds) {
    public double reportsPerCoreSecond() {
        return nlpSeconds == 0 ? 0 : reports / nlpSeconds;
    }

    public String describe() {
        return String.format(Locale.ROOT,
                "%d reports (%d rejected): %d events, %d tallies, %d statements; %d tokens; "
                        + "%.1f CPU s annotating and extracting (%.2f reports/s per core, %.0f tokens/s), %.1f s wall",
                reports, rejected, events, tallies, statements, tokens, nlpSeconds, reportsPerCoreSecond(), nlpSeconds == 0 ? 0 : tokens / nlpSeconds,
                wallSeconds);
    }
}
