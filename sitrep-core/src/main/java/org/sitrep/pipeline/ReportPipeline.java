package org.sitrep.pipeline;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;
import org.sitrep.dedup.MinHashDetector;
import org.sitrep.dedup.NearDuplicateDetector;
import org.sitrep.extract.EventMention;
import org.sitrep.extract.ExtractedReport;
import org.sitrep.model.AnnotatedReport;
import org.sitrep.model.Event;
import org.sitrep.model.ProcessedReport;
import org.sitrep.model.RawReport;
import org.sitrep.model.RejectedInputException;
import org.sitrep.model.ReportFingerprint;
import org.sitrep.model.Report;
import org.sitrep.model.Stage;
import org.sitrep.model.Statement;
import org.sitrep.model.Tally;
import org.sitrep.merge.EventMerger;
import org.sitrep.merge.StatementMerger;
import org.sitrep.merge.TallyMerger;
import org.sitrep.store.EventQuery;
import org.sitrep.store.EventStore;

/**
 * The per-report path: clean, skip if stored, fingerprint and link to the stored report it copies, annotate,
 * extract (with resolution), merge with stored events and statements, and write everything the report changes in one transaction
 * (the store adds a history row per event written). The stages are built by the caller and shared.
 *
 * <p>Cleaning, annotation and extraction of one report run in a thread of their own against a time budget
 * ({@code timeout}, default {@value #DEFAULT_TIMEOUT_SECONDS} s for the three together): a report that outruns it
 * is rejected as {@code source: not processed within 300 s} and its thread interrupted (CoreNLP checks for an
 * interrupt between annotators; an annotator that ignores it finishes in the background, its result dropped).
 * The store is only used from the calling thread, so an abandoned report can never be written.
 */
public final class ReportPipeline {
    public static final long DEFAULT_TIMEOUT_SECONDS = 300;

    /** What happened to one report. */
    public enum Outcome { ADDED, ALREADY_STORED }

    /**
     * Counts of one ingested report, for progress lines; {@code copyOf} is the stored report whose text it nearly
     * duplicates (null for an original, or when it was not added).
     */
    public record Result(Outcome outcome, Report report, int events, int tallies, int statements, int tokens,
                         @Nullable String copyOf) {
        public Result(Outcome outcome, Report report, int events, int tallies, int statements, int tokens) {
            this(outcome, report, events, tallies, statements, tokens, null);
        }
    }

    private final Stage<RawReport, Report> cleaner;
    private final Stage<Report, AnnotatedReport> annotator;
    private final Stage<AnnotatedReport, ExtractedReport> extractor;
    private final EventMerger merger;
    private final EventStore store;
    private final Duration timeout;
    private final CopyFinder copies;
    private final StatementMerger statementMerger = new StatementMerger();
    private final TallyMerger tallyMerger = new TallyMerger();

    /** With the default near-duplicate detector ({@link MinHashDetector#defaults()}). */
    public ReportPipeline(Stage<RawReport, Report> cleaner, Stage<Report, AnnotatedReport> annotator,
                          Stage<AnnotatedReport, ExtractedReport> extractor, EventMerger merger, EventStore store) {
        this(cleaner, annotator, extractor, merger, store, Duration.ofSeconds(DEFAULT_TIMEOUT_SECONDS),
                MinHashDetector.defaults());
    }

    /** @param timeout the time budget of one report's cleaning, annotation and extraction; positive */
    public ReportPipeline(Stage<RawReport, Report> cleaner, Stage<Report, AnnotatedReport> annotator,
                          Stage<AnnotatedReport, ExtractedReport> extractor, EventMerger merger, EventStore store,
                          Duration timeout) {
        this(cleaner, annotator, extractor, merger, store, timeout, MinHashDetector.defaults());
    }

    /**
     * {@code detector} fingerprints each report so that it is linked to the stored report it copies; the detector
     * must be the same across runs on one store (its hash functions are compared with the stored fingerprints).
     */
    public ReportPipeline(Stage<RawReport, Report> cleaner, Stage<Report, AnnotatedReport> annotator,
                          Stage<AnnotatedReport, ExtractedReport> extractor, EventMerger merger, EventStore store,
                          NearDuplicateDetector detector) {
        this(cleaner, annotator, extractor, merger, store, Duration.ofSeconds(DEFAULT_TIMEOUT_SECONDS), detector);
    }

    public ReportPipeline(Stage<RawReport, Report> cleaner, Stage<Report, AnnotatedReport> annotator,
                          Stage<AnnotatedReport, ExtractedReport> extractor, EventMerger merger, EventStore store,
                          Duration timeout, NearDuplicateDetector detector) {
        if (timeout.isNegative() || timeout.isZero()) throw new IllegalArgumentException("timeout must be positive");
        this.cleaner = cleaner;
        this.annotator = annotator;
        this.extractor = extractor;
        this.merger = merger;
        this.store = Objects.requireNonNull(store, "store");
        this.timeout = timeout;
        this.copies = new CopyFinder(detector);
    }

    /** A report cleaned and, unless already stored, annotated and extracted: ready for {@link #commit}. */
    public record Prepared(Report report, @Nullable ExtractedReport extracted) {
    }

    public Result ingest(RawReport raw) throws RejectedInputException {
        return commit(prepare(raw));
    }

    /**
     * Clean, skip if stored, annotate and extract, against the time budget: the costly part, which reads the store
     * but does not change it, so several reports can be prepared at once on other threads (issue 8).
     */
    public Prepared prepare(RawReport raw) throws RejectedInputException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Report report = withinBudget(raw.source(), deadline, () -> cleaner.apply(raw));
        if (store.containsReport(report.id())) return new Prepared(report, null);
        return new Prepared(report, withinBudget(raw.source(), deadline, () -> extract(report)));
    }

    /**
     * Link to the stored report it copies, merge with stored events and write, one report at a time in input
     * order: a report's merge must see the events of the reports before it, as in a sequential run.
     */
    public Result commit(Prepared prepared) {
        Report report = prepared.report();
        ExtractedReport extracted = prepared.extracted();
        if (extracted == null) return new Result(Outcome.ALREADY_STORED, report, 0, 0, 0, 0);
        ReportFingerprint fingerprint = copies.fingerprint(report, store);
        EventMerger.Result merged = merger.merge(extracted, candidates(extracted));
        List<Statement> statements = statementMerger.merge(extracted.statements(), statementCandidates(extracted));
        List<Tally> tallies = tallyMerger.merge(extracted.tallies(), tallyCandidates(extracted));
        boolean written = store.write(new ProcessedReport(report, merged.events(), merged.links(), tallies,
                statements, fingerprint));
        if (!written) return new Result(Outcome.ALREADY_STORED, report, 0, 0, 0, 0);
        return new Result(Outcome.ADDED, report, merged.events().size(), extracted.tallies().size(),
                extracted.statements().size(), extracted.annotated().tokenCount(), fingerprint.duplicateOf());
    }

    /** Annotation and extraction only, without the store (for benchmarks and evaluation). */
    public ExtractedReport extract(Report report) throws RejectedInputException {
        return extractor.apply(annotator.apply(report));
    }

    /**
     * Runs {@code work} in a new thread and waits until {@code deadline} ({@link System#nanoTime()}). A thread per
     * report costs microseconds next to annotation, and leaves the pipeline nothing to shut down.
     */
    private <T> T withinBudget(String source, long deadline, Callable<T> work) throws RejectedInputException {
        FutureTask<T> task = new FutureTask<>(work);
        Thread thread = new Thread(task, "sitrep-report");
        thread.setDaemon(true);
        thread.start();
        try {
            return task.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            task.cancel(true);
            String budget = timeout.toMillis() % 1000 == 0 ? timeout.toSeconds() + " s" : timeout.toMillis() + " ms";
            throw new RejectedInputException(source, "not processed within " + budget);
        } catch (InterruptedException e) {
            task.cancel(true);
            Thread.currentThread().interrupt();
            throw new RejectedInputException(source, "interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RejectedInputException rejected) throw rejected;
            if (cause instanceof RuntimeException runtime) throw runtime;
            if (cause instanceof Error error) throw error;
            throw new IllegalStateException(cause);
        }
    }

    /** Stored statements of the report's statement types: the only ones its statements can join. */
    private List<Tally> tallyCandidates(ExtractedReport extracted) {
        List<Tally> out = new ArrayList<>();
        extracted.tallies().stream().map(Tally::count).distinct().forEach(c -> out.addAll(store.tallies(c)));
        return out;
    }

    private List<Statement> statementCandidates(ExtractedReport extracted) {
        List<Statement> out = new ArrayList<>();
        extracted.statements().stream().map(Statement::plover).distinct().forEach(t -> out.addAll(store.statements(t)));
        return out;
    }

    /** Stored events within two days of the report's mentions: the only ones a mention can join. */
    private List<Event> candidates(ExtractedReport extracted) {
        LocalDate from = null, to = null;
        for (EventMention m : extracted.mentions()) {
            if (!m.time().isKnown()) continue;
            if (from == null || m.time().from().isBefore(from)) from = m.time().from();
            if (to == null || m.time().to().isAfter(to)) to = m.time().to();
        }
        if (from == null) return new ArrayList<>();
        return store.events(new EventQuery(from.minusDays(2), to.plusDays(2), null, null, null, null, null, null));
    }
}
