package org.sitrep.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the record format (../shared/spec/RECORD.md) in one file format. Implementations are immutable and may be
 * shared between threads. Output is deterministic: the same content gives byte-identical output, in the order of
 * the content's lists, with "\n" line endings. The writer is flushed, never closed: the caller owns it.
 */
public interface Exporter {
    ExportSummary write(ExportContent content, Writer out) throws IOException;

    /** Writes UTF-8 to {@code out} (standard output, say), flushed and left open. */
    default ExportSummary write(ExportContent content, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        ExportSummary summary = write(content, writer);
        writer.flush();
        return summary;
    }

    /** Writes UTF-8 to {@code file}, replacing it. */
    default ExportSummary write(ExportContent content, Path file) throws IOException {
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            return write(content, writer);
        }
    }
}
