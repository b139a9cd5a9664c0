package org.sitrep.cli;

import java.io.PrintWriter;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.sitrep.ingest.ReportSink;
import org.sitrep.model.RawReport;
import org.sitrep.model.RejectedInputException;
import org.sitrep.model.Rejection;
import org.sitrep.pipeline.ReportPipeline;
import org.sitrep.store.EventStore;

/**
 * Runs each report it is given through the pipeline and prints one line for it on {@code err}: its counts, "already
 * stored", or its rejection (which is also stored, so that the input can be retried). Readers' warnings and notes
 * get a line each. Counts everything for the caller's summary. One per batch; not thread-safe.
 */
final class PipelineSink implements ReportSink {
    /** What became of one report. */
    enum Outcome { ADDED, ALREADY_STORED, REJECTED, FAILED }

    /** The outcome of one report, with its id when it reached the store (added or already there). */
    record Processed(Outcome outcome, @Nullable String reportId) {
    }

    private final ReportPipeline pipeline;
    private final EventStore store;
    private final PrintWriter err;
    private final boolean verbose;
    int added;
    int alreadyStored;
    int rejected;
    int events;
    int tallies;
    int statements;

    PipelineSink(ReportPipeline pipeline, EventStore store, PrintWriter err, boolean verbose) {
        this.pipeline = pipeline;
        this.store = store;
        this.err = err;
        this.verbose = verbose;
    }

    @Override
    public void accept(RawReport raw) {
        process(raw);
    }

    Processed process(RawReport raw) {
        try {
            ReportPipeline.Result r = pipeline.ingest(raw);
            if (r.outcome() == ReportPipeline.Outcome.ADDED) {
                added++;
                events += r.events();
                tallies += r.tallies();
                statements += r.statements();
                err.printf("%s: %d events, %d tallies, %d statements%s%n", raw.source(), r.events(), r.tallies(),
                        r.statements(), r.copyOf() == null ? "" : "; copy of report " + r.copyOf());
                dating(raw.source(), r.report().dating());
                return new Processed(Outcome.ADDED, r.report().id());
            }
            alreadyStored++;
            err.printf("%s: already stored (report %s)%n", raw.source(), r.report().id());
            return new Processed(Outcome.ALREADY_STORED, r.report().id());
        } catch (RejectedInputException e) {
            reject(e, "pipeline");
            return new Processed(Outcome.REJECTED, null);
        } catch (RuntimeException e) {
            reject(new RejectedInputException(raw.source(), "internal error: " + e), "pipeline");
            if (verbose) e.printStackTrace(err);
            return new Processed(Outcome.FAILED, null);
        } finally {
            err.flush();
        }
    }

    /** A date read from the text, or a stated one the text contradicts, is worth a line of its own. */
    private void dating(String source, org.sitrep.model.@org.jspecify.annotations.Nullable PublicationDating d) {
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

    @Override
    public void note(String source, String message) {
        err.println(source + ": " + message);
    }

    private void reject(RejectedInputException e, String stage) {
        rejected++;
        err.println(e.getMessage());
        try {
            store.recordRejection(new Rejection(e.input(), stage, e.reason(), Instant.now()));
        } catch (RuntimeException ignored) {
            // The rejection line is already printed; failing to store it must not stop the batch.
        }
    }
}
