package org.sitrep.store;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.sitrep.model.Event;
import org.sitrep.model.HistoryEntry;
import org.sitrep.model.ReportCopy;
import org.sitrep.model.ReportFingerprint;
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
     * (inserted or replaced by id), mention links with their evidence, tallies, statements (inserted or replaced by
     * id, as events), the report's
     * near-duplicate fingerprint when given, and (where the store keeps history) one history row per event written.
     * Writing a report that is already stored changes nothing and returns false.
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

    /**
     * Makes the caller the store's only writer until the returned lock is closed. Ingesting reads the stored events a
     * report may join and then writes, so two ingests interleaved would each miss the other's new events and store
     * one real event twice. A second writer waits for the first, telling {@code waiting} once why it waits. The
     * default, for a store no other process can reach, returns at once.
     */
    default WriterLock lockForWriting(java.util.function.Consumer<String> waiting) {
        return () -> { };
    }

    /** Held while one writer ingests; {@link #close} lets the next one in. */
    interface WriterLock extends AutoCloseable {
        @Override
        void close();
    }

    /** An open batch of writes; {@link #flush} commits what it holds, {@link #close} commits and ends it. */
    interface Batch extends AutoCloseable {
        void flush();

        /** Reports written into the open transaction and not yet committed (0 once a commit has happened). */
        default int uncommitted() {
            return 0;
        }

        @Override
        void close();
    }

    /** The events the query selects, in a stable order (date, undated last, then id), paged as it says. */
    List<Event> events(EventQuery query);

    /** How many events the query's filters select, whatever its page. */
    int count(EventQuery query);

    /** The selected events per first day, by day (undated events left out). */
    List<DayCount> countByDay(EventQuery query);

    /** The actors of the selected events with their event counts, most first. */
    List<ActorCount> actors(EventQuery query);

    /** The places of the selected events with their event counts, most first. */
    List<PlaceCount> places(EventQuery query);

    Optional<Event> event(String id);

    /** The mentions merged into the event, in the order their reports were stored; empty for an unknown id. */
    List<MentionHistory> mentionHistory(String eventId);

    List<Report> reports();

    /** The report with its text and paragraphs. */
    Optional<Report> report(String id);

    List<Tally> tallies();

    /** The tallies of one count: those a new tally of that count may be merged with. */
    default List<Tally> tallies(int count) {
        return tallies().stream().filter(t -> t.count() == count).toList();
    }

    List<Statement> statements();

    /** The statements of one PLOVER type: those a new statement of that type may be merged with. */
    default List<Statement> statements(String plover) {
        return statements().stream().filter(s -> s.plover().equals(plover)).toList();
    }

    void recordRejection(Rejection rejection);

    /** True when the item with this key in this feed was taken in before (by {@code sitrep watch}). */
    boolean containsFeedItem(String feed, String key);

    /**
     * Remembers a feed item as taken in, with the id of the report it gave, or null when it was rejected. Recording
     * an item again keeps the first record.
     */
    void recordFeedItem(String feed, String key, @Nullable String reportId);

    /**
     * The fingerprints of stored reports filed under any of these LSH bucket keys, in the order they were stored:
     * the only reports a new one may copy. The default, for stores that keep no fingerprints, is none.
     */
    default List<ReportFingerprint> fingerprintsInBuckets(Collection<Long> buckets) {
        return List.of();
    }

    /** The earlier report whose text this one nearly duplicates, if any. */
    default Optional<ReportCopy> copyOf(String reportId) {
        return Optional.empty();
    }

    /** Every stored copy link, in the order the copies were stored. */
    default List<ReportCopy> copies() {
        return List.of();
    }

    /**
     * Every change to the event, in the order the reports were ingested (empty for an unknown event, and for one
     * written before the store kept history).
     */
    default List<HistoryEntry> history(String eventId) {
        return List.of();
    }

    @Override
    void close();
}
