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
    List<HistoryEntry> history(String eventId);

    List<Report> reports();

    /** The report with its text and paragraphs. */
    Optional<Report> report(String id);

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
