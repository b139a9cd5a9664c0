package org.sitrep.serve;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Runs report files through the pipeline into the store the server reads. The command line supplies it, building
 * the CoreNLP pipeline on first use, so that a server nobody ingests through never loads the models. Implementations
 * serialise calls.
 */
@FunctionalInterface
public interface ReportIngester {
    /**
     * Ingests {@code files} (.txt, .html or .jsonl, as {@code sitrep ingest} reads them); {@code published},
     * {@code url} and {@code outlet} override what the files say when given.
     */
    Outcome ingest(List<Path> files, @Nullable LocalDate published, @Nullable String url, @Nullable String outlet);

    /** Counts of one ingestion and its progress lines (one per report or rejected input, then a summary). */
    record Outcome(int added, int alreadyStored, int rejected, List<String> lines) {
        public Outcome {
            lines = List.copyOf(lines);
        }
    }
}
