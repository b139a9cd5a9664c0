package org.sitrep.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
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
 *
 * <p>With a thread pool (issue 8), {@link #accept} hands the costly part of each report (clean, annotate, extract)
 * to the pool and returns; merge and write happen on the caller's thread in input order, so the store ends as a
 * sequential run leaves it. At most {@code 2 x threads} reports are in flight, which bounds the heap; {@link
 * #finish} waits for the rest. The store's open batch is committed before waiting on a report, so its write
 * lock is never held while annotation runs.
 */
final class PipelineSink implements ReportSink {
    /** What became of one report. */
    enum Outcome { ADDED, ALREADY_STORED, REJECTED, FAILED }

    /** The outcome of one report, with its id when it reached the store (added or already there). */
    record Processed(Outcome outcome, @Nullable String reportId) {
    }

    private record Pending(RawReport raw, Future<ReportPipeline.Prepared> prepared) {
    }

    private final ReportPipeline pipeline;
    private final EventStore store;
    private final PrintWriter err;
    private final boolean verbose;
    private final @Nullable ExecutorService pool;
    private final int maxInFlight;
    private final EventStore.Batch batch;
    private final Deque<Pending> inFlight = new ArrayDeque<>();
    /** Progress lines of reports written but not yet committed, printed once their batch is. */
    private final List<String> unconfirmed = new ArrayList<>();
    int added;
    int alreadyStored;
    int rejected;
    int events;
    int tallies;
    int statements;

    PipelineSink(ReportPipeline pipeline, EventStore store, PrintWriter err, boolean verbose) {
        // No batch: each report is committed by its own write, as sitrep watch needs between polls.
        this(pipeline, store, err, verbose, null, 1, new EventStore.Batch() {
            @Override public void flush() { }
            @Override public void close() { }
        });
    }

    /** {@code pool} null runs each report to the end in {@link #accept}; {@code batch} is the store's open batch. */
    PipelineSink(ReportPipeline pipeline, EventStore store, PrintWriter err, boolean verbose,
                 @Nullable ExecutorService pool, int threads, EventStore.Batch batch) {
        this.pipeline = pipeline;
        this.store = store;
        this.err = err;
        this.verbose = verbose;
        this.pool = pool;
        this.maxInFlight = 2 * threads;
        this.batch = batch;
    }

    @Override
    public void accept(RawReport raw) {
        if (pool == null) {
            process(raw);
            return;
        }
        inFlight.add(new Pending(raw, pool.submit(() -> pipeline.prepare(raw))));
        while (inFlight.size() > maxInFlight) commitOldest();
    }

    /** Waits for the reports still in flight, writes them and commits the batch. */
    void finish() {
        while (!inFlight.isEmpty()) commitOldest();
        batch.flush();
        confirm();
    }

    /** Prints the lines of the reports whose transaction is now committed. */
    private void confirm() {
        for (String line : unconfirmed) err.println(line);
        unconfirmed.clear();
        err.flush();
    }

    private void commitOldest() {
        Pending p = inFlight.remove();
        if (!p.prepared().isDone()) {
            batch.flush();
            confirm();
        }
        handle(p.raw(), () -> {
            try {
                return pipeline.commit(p.prepared().get());
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RejectedInputException r) throw r;
                if (e.getCause() instanceof RuntimeException r) throw r;
                throw new IllegalStateException(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        });
    }

    Processed process(RawReport raw) {
        return handle(raw, () -> pipeline.ingest(raw));
    }

    private Processed handle(RawReport raw, Callable<ReportPipeline.Result> run) {
        try {
            ReportPipeline.Result r = run.call();
            if (r.outcome() == ReportPipeline.Outcome.ADDED) {
                added++;
                events += r.events();
                tallies += r.tallies();
                statements += r.statements();
                // A report is announced as added only once its transaction is committed: a crash before then
                // loses it, and the line must not have promised otherwise.
                unconfirmed.add(String.format("%s: %d events, %d tallies, %d statements%s", raw.source(), r.events(),
                        r.tallies(), r.statements(), r.copyOf() == null ? "" : "; copy of report " + r.copyOf()));
                dating(raw.source(), r.report().dating());
                if (batch.uncommitted() == 0) confirm();
                return new Processed(Outcome.ADDED, r.report().id());
            }
            alreadyStored++;
            err.printf("%s: already stored (report %s)%n", raw.source(), r.report().id());
            return new Processed(Outcome.ALREADY_STORED, r.report().id());
        } catch (RejectedInputException e) {
            reject(e, "pipeline");
            return new Processed(Outcome.REJECTED, null);
        } catch (Exception e) {
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
