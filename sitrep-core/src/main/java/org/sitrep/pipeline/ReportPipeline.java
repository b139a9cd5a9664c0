package org.sitrep.pipeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sitrep.extract.EventMention;
import org.sitrep.extract.ExtractedReport;
import org.sitrep.model.AnnotatedReport;
import org.sitrep.model.Event;
import org.sitrep.model.ProcessedReport;
import org.sitrep.model.RawReport;
import org.sitrep.model.RejectedInputException;
import org.sitrep.model.Report;
import org.sitrep.model.Stage;
import org.sitrep.merge.EventMerger;
import org.sitrep.store.EventQuery;
import org.sitrep.store.EventStore;

/**
 * The per-report path: clean, skip if stored, annotate, extract (with resolution), merge with stored events, and
 * write everything the report changes in one transaction. The stages are built by the caller and shared.
 */
public final class ReportPipeline {
    /** What happened to one report. */
    public enum Outcome { ADDED, ALREADY_STORED }

    /** Counts of one ingested report, for progress lines. */
    public record Result(Outcome outcome, Report report, int events, int tallies, int statements, int tokens) {
    }

    private final Stage<RawReport, Report> cleaner;
    private final Stage<Report, AnnotatedReport> annotator;
    private final Stage<AnnotatedReport, ExtractedReport> extractor;
    private final EventMerger merger;
    private final EventStore store;

    public ReportPipeline(Stage<RawReport, Report> cleaner, Stage<Report, AnnotatedReport> annotator,
                          Stage<AnnotatedReport, ExtractedReport> extractor, EventMerger merger, EventStore store) {
        this.cleaner = cleaner;
        this.annotator = annotator;
        this.extractor = extractor;
        this.merger = merger;
        this.store = store;
    }

    /** A report cleaned and, unless already stored, annotated and extracted: ready for {@link #commit}. */
    public record Prepared(Report report, @Nullable ExtractedReport extracted) {
    }

    public Result ingest(RawReport raw) throws RejectedInputException {
        return commit(prepare(raw));
    }

    /**
     * Clean, skip if stored, annotate and extract: the costly part, which reads the store but does not change it,
     * so several reports can be prepared at once on other threads (issue 8).
     */
    public Prepared prepare(RawReport raw) throws RejectedInputException {
        Report report = cleaner.apply(raw);
        if (store.containsReport(report.id())) return new Prepared(report, null);
        return new Prepared(report, extract(report));
    }

    /**
     * Merge with stored events and write, one report at a time in input order: a report's merge must see the
     * events of the reports before it, as in a sequential run.
     */
    public Result commit(Prepared prepared) {
        Report report = prepared.report();
        ExtractedReport extracted = prepared.extracted();
        if (extracted == null) return new Result(Outcome.ALREADY_STORED, report, 0, 0, 0, 0);
        EventMerger.Result merged = merger.merge(extracted, candidates(extracted));
        boolean written = store.write(new ProcessedReport(report, merged.events(), merged.links(),
                extracted.tallies(), extracted.statements()));
        if (!written) return new Result(Outcome.ALREADY_STORED, report, 0, 0, 0, 0);
        return new Result(Outcome.ADDED, report, merged.events().size(), extracted.tallies().size(),
                extracted.statements().size(), extracted.annotated().tokenCount());
    }

    /** Annotation and extraction only, without the store (for benchmarks and evaluation). */
    public ExtractedReport extract(Report report) throws RejectedInputException {
        return extractor.apply(annotator.apply(report));
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
