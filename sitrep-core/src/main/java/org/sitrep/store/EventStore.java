package org.sitrep.store;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.sitrep.model.Event;
import org.sitrep.model.ProcessedReport;
import org.sitrep.model.Rejection;
import org.sitrep.model.Report;
import org.sitrep.model.Statement;
import org.sitrep.model.Tally;

/** The record Sitrep keeps. One instance per database; writes are serialised by the implementation. */
public interface EventStore extends AutoCloseable {
    /** True when a report with this content id is already stored. */
    boolean containsReport(String reportId);

    /**
     * Writes the report and everything it changes in one transaction: the report and its paragraphs, the events
     * (inserted or replaced by id), mention links with their evidence, tallies and statements. Writing a report
     * that is already stored changes nothing and returns false.
     */
    boolean write(ProcessedReport processed);

    /**
     * Groups the following writes into transactions of up to {@code reports} reports until the batch is closed
     * (issue 8: one commit, and so one sync to disk, per batch instead of per report). Each report stays atomic:
     * a failing report leaves nothing of itself and the others of its batch are kept. Reads see the batch's writes.
     * A crash loses at most the reports of the open transaction, never part of one. The default does nothing.
     */
    default Batch batch(int reports) {
        return new Batch() {
            @Override public void flush() { }
            @Override public void close() { }
        };
    }

    /** An open batch of writes; {@link #flush} commits what it holds, {@link #close} commits and ends it. */
    interface Batch extends AutoCloseable {
        void flush();

        @Override
        void close();
    }

    /** Every stored event, in a stable order (date, then id). */
    List<Event> events(EventQuery query);

    Optional<Event> event(String id);

    List<Report> reports();

    List<Tally> tallies();

    List<Statement> statements();

    void recordRejection(Rejection rejection);

    /** True when the item with this key in this feed was taken in before (by {@code sitrep watch}). */
    boolean containsFeedItem(String feed, String key);

    /**
     * Remembers a feed item as taken in, with the id of the report it gave, or null when it was rejected. Recording
     * an item again keeps the first record.
     */
    void recordFeedItem(String feed, String key, @Nullable String reportId);

    @Override
    void close();
}
