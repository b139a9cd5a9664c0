package org.sitrep.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import org.sitrep.ingest.IngestOverrides;
import org.sitrep.ingest.ReportInputs;
import org.sitrep.ingest.ReportSink;
import org.sitrep.model.PublicationDating;
import org.sitrep.model.RawReport;
import org.sitrep.model.RejectedInputException;
import org.sitrep.model.Rejection;
import org.sitrep.pipeline.ReportPipeline;
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

    static Totals run(Engine engine, EventStore store, List<String> inputs, IngestOverrides overrides,
                      PrintWriter out, PrintWriter err, boolean verbose) {
        ReportPipeline pipeline = engine.pipeline(store);
        long start = System.nanoTime();
        int[] n = new int[6];
        new ReportInputs().read(inputs, overrides, new ReportSink() {
            @Override
            public void accept(RawReport raw) {
                try {
                    ReportPipeline.Result r = pipeline.ingest(raw);
                    if (r.outcome() == ReportPipeline.Outcome.ADDED) {
                        n[0]++;
                        n[3] += r.events();
                        n[4] += r.tallies();
                        n[5] += r.statements();
                        err.printf("%s: %d events, %d tallies, %d statements%n", raw.source(), r.events(), r.tallies(), r.statements());
                        dating(raw.source(), r.report().dating());
                    } else {
                        n[1]++;
                        err.printf("%s: already stored (report %s)%n", raw.source(), r.report().id());
                    }
                } catch (RejectedInputException e) {
                    reject(e, "pipeline");
                } catch (RuntimeException e) {
                    reject(new RejectedInputException(raw.source(), "internal error: " + e), "pipeline");
                    if (verbose) e.printStackTrace(err);
                }
                err.flush();
            }

            /** A date read from the text, or a stated one the text contradicts, is worth a line of its own. */
            private void dating(String source, PublicationDating d) {
                if (d == null) return;
                if (d.inferred()) {
                    err.printf("%s: no publication date; inferred %s (%s): %s%n", source,
                            d.iso() == null ? "nothing" : d.iso(), d.precision().code(), d.basis());
                }
                if (d.conflict() != null) warn(source, "publication date contradicted: " + d.conflict());
            }

            @Override
            public void reject(RejectedInputException rejection) {
                reject(rejection, "ingest");
            }

            @Override
            public void warn(String source, String message) {
                err.println(source + ": warning: " + message);
            }

            private void reject(RejectedInputException e, String stage) {
                n[2]++;
                err.println(e.getMessage());
                try {
                    store.recordRejection(new Rejection(e.input(), stage, e.reason(), Instant.now()));
                } catch (RuntimeException ignored) {
                    // The rejection line is already printed; failing to store it must not stop the batch.
                }
            }
        });
        Totals t = new Totals(n[0], n[1], n[2], n[3], n[4], n[5], (System.nanoTime() - start) / 1_000_000);
        out.println(t.summary());
        out.flush();
        return t;
    }

    private Ingestion() {
    }
}
