package org.sitrep.ingest;

import org.sitrep.model.RejectedInputException;

/**
 * Reads the reports of one input in one format. The content has already been decoded and checked (not empty, not
 * binary, within the size limit) by {@link ReportInputs}; a reader only turns it into {@code RawReport}s.
 *
 * <p>A reader that cannot read the whole input throws {@link RejectedInputException} naming {@code source}; a reader
 * whose input holds many reports (JSON Lines) passes a failing report to {@link ReportSink#reject} and reads on.
 * Implementations are immutable and may be shared between threads.
 */
@FunctionalInterface
public interface ReportReader {
    /**
     * @param source  the input's name for messages and {@code RawReport.source} (a path as given, or "stdin")
     * @param content the decoded text of the input
     * @param sink    receives each report, and each rejection of a part of the input
     */
    void read(String source, String content, ReportSink sink) throws RejectedInputException;
}
