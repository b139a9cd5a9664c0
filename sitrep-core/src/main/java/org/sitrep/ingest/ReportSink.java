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
}
