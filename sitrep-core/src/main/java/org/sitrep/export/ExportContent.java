package org.sitrep.export;

import java.util.List;
import org.sitrep.model.Event;
import org.sitrep.model.Report;
import org.sitrep.model.ReportCopy;
import org.sitrep.model.Statement;
import org.sitrep.model.Tally;
import org.sitrep.store.EventQuery;
import org.sitrep.store.EventStore;

/**
 * What an {@link Exporter} writes, in the order it is written. The cross-references of the record format (a
 * report's events, a tally's {@code events_known}, an event's {@code sources} and {@code outlets}) are computed from
 * these lists alone, so an export filtered to some events counts and links only those. {@code copies} are the
 * near-duplicate links between reports.
 */
public record ExportContent(List<Report> reports, List<Event> events, List<Tally> tallies,
                            List<Statement> statements, List<ReportCopy> copies) {
    public ExportContent {
        reports = List.copyOf(reports);
        events = List.copyOf(events);
        tallies = List.copyOf(tallies);
        statements = List.copyOf(statements);
        copies = List.copyOf(copies);
    }

    /** Without near-duplicate links: every report counts as its own source. */
    public ExportContent(List<Report> reports, List<Event> events, List<Tally> tallies, List<Statement> statements) {
        this(reports, events, tallies, statements, List.of());
    }

    /** Every report, tally, statement and copy link in {@code store}, and the events that {@code query} selects. */
    public static ExportContent from(EventStore store, EventQuery query) {
        return new ExportContent(store.reports(), store.events(query), store.tallies(), store.statements(),
                store.copies());
    }
}
