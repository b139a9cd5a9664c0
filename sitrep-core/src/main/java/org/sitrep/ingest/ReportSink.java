package org.sitrep.ingest;

import org.sitrep.model.RawReport;
import org.sitrep.model.RejectedInputException;

/** Where readers put what they read: each report, or a rejection naming the input (and line) that failed. */
public interface ReportSink {
    void accept(RawReport report);

    void reject(RejectedInputException rejection);

    /** Something about an input the user should know, though it was read (e.g. the charset had to be guessed). */
    default void warn(String source, String message) {
    }

    /**
     * What a reader passed over on purpose, as one line per input (e.g. "skipped 3 messages without text"), so
     * that a count the user expected can be explained. Not a rejection: nothing there could be retried.
     */
    default void note(String source, String message) {
    }
}
