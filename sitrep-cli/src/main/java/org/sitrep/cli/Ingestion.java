package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.sitrep.ingest.IngestOverrides;
import org.sitrep.ingest.ReportInputs;
import org.sitrep.store.EventStore;

/**
 * Runs a batch of inputs through the pipeline: one progress line per report, one line per rejected input (the
 * batch goes on; the rejection is stored for a retry), and a summary line at the end.
 */
final class Ingestion {
    /** Totals of a batch. */
    record Totals(int added, int alreadyStored, int rejected, int events, int tallies, int statements, long millis) {
        boolean nothingProcessed() { return added == 0 && alreadyStored == 0; }

        String summary() {
            return String.format(java.util.Locale.ROOT,
                    "%d reports added, %d already stored, %d inputs rejected: %d events written, %d tallies, %d statements in %.1f s",
                    added, alreadyStored, rejected, events, tallies, statements, millis / 1000.0);
        }
    }

    /** Reports per store transaction: a commit syncs the disk, which costs about as much as a small report. */
    static final int BATCH = 50;

    static Totals run(Engine engine, EventStore store, List<String> inputs, IngestOverrides overrides,
                      PrintWriter out, PrintWriter err, boolean verbose) {
        return run(engine, store, inputs, overrides, out, err, verbose, Runtime.getRuntime().availableProcessors());
    }

    /** As above, preparing reports on {@code threads} threads (1: all on the caller's thread). */
    static Totals run(Engine engine, EventStore store, List<String> inputs, IngestOverrides overrides,
                      PrintWriter out, PrintWriter err, boolean verbose, int threads) {
        long start = System.nanoTime();
        ExecutorService pool = threads > 1 ? Executors.newFixedThreadPool(threads) : null;
        PipelineSink sink;
        // One ingest at a time per store: each reads what the other has not written yet.
        try (EventStore.WriterLock lock = store.lockForWriting(message -> {
                 err.println("sitrep: " + message);
                 err.flush();
             });
             EventStore.Batch batch = store.batch(BATCH)) {
            sink = new PipelineSink(engine.pipeline(store), store, err, verbose, pool, threads, batch);
            new ReportInputs().read(inputs, overrides, sink);
            sink.finish();
        } finally {
            if (pool != null) pool.shutdownNow();
        }
        Totals t = new Totals(sink.added, sink.alreadyStored, sink.rejected, sink.events, sink.tallies,
                sink.statements, (System.nanoTime() - start) / 1_000_000);
        out.println(t.summary());
        out.flush();
        return t;
    }

    private Ingestion() {
    }
}
