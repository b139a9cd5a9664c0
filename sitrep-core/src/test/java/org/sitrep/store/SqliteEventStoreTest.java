package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.store.StoreFixtures.event;
import static org.sitrep.store.StoreFixtures.evidence;
import static org.sitrep.store.StoreFixtures.mention;
import static org.sitrep.store.StoreFixtures.processed;
import static org.sitrep.store.StoreFixtures.report;
import static org.sitrep.store.StoreFixtures.statement;
import static org.sitrep.store.StoreFixtures.tally;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.model.ProcessedReport;
import org.sitrep.model.Rejection;

class SqliteEventStoreTest {
    @TempDir
    Path dir;

    private Path db() {
        return dir.resolve("sitrep.db");
    }

    private ProcessedReport full(String reportId, Event event) {
        return new ProcessedReport(report(reportId), List.of(event), List.of(mention("m-" + reportId, reportId,
                event.id())), List.of(tally("t-" + reportId, reportId)), List.of(statement("s-" + reportId, reportId)));
    }

    @Test
    void aStatementToldAgainIsRewrittenUnderItsIdAndKeepsItsFirstReport() {
        try (SqliteEventStore store = SqliteEventStore.open(db())) {
            store.write(full("r1", event("e1", "r1")));
            org.sitrep.model.Statement first = store.statements().get(0);
            org.sitrep.model.Statement again = new org.sitrep.model.Statement(first.id(), first.report(),
                    first.speaker(), first.speakerAffiliation(), first.date(), first.datePrecision(), first.plover(),
                    first.about(), first.summary(), first.quote(), first.evidence(), List.of("r1", "r2"));
            store.write(new ProcessedReport(report("r2"), List.of(), List.of(), List.of(), List.of(again)));
            assertEquals(List.of(again), store.statements());
            assertEquals(List.of(again), store.statements("ACCUSE"));
            assertEquals(List.of(), store.statements("DENY"));
        }
    }

    @Test
    void whatIsWrittenReadsBackEqual() {
        Event event = event("e1", "r1");
        ProcessedReport p = full("r1", event);
        try (SqliteEventStore store = SqliteEventStore.open(db())) {
            assertTrue(store.write(p));
            assertEquals(List.of(event), store.events(EventQuery.all()));
            assertEquals(event, store.event("e1").orElseThrow());
            assertTrue(store.event("nope").isEmpty());
            assertEquals(List.of(p.report()), store.reports());
            assertEquals(p.tallies(), store.tallies());
            assertEquals(p.statements(), store.statements());
            assertTrue(store.containsReport("r1"));
            assertFalse(store.containsReport("r2"));
        }
    }

    @Test
    void sparseEventReadsBackEqual() {
        Event bare = StoreFixtures.bareEvent("e0", EventType.ARREST, null, null, null, null, null);
        try (SqliteEventStore store = SqliteEventStore.open(db())) {
            store.write(new ProcessedReport(report("r0"), List.of(bare), List.of(), List.of(), List.of()));
            assertEquals(List.of(bare), store.events(EventQuery.all()));
        }
    }

    @Test
    void aBatchKeepsEachReportAtomicAndCommitsTheRest() {
        try (SqliteEventStore store = SqliteEventStore.open(db())) {
            try (EventStore.Batch batch = store.batch(10)) {
                assertTrue(store.write(full("r1", event("e1", "r1"))));
                // Reads inside the batch see its writes: the next report's merge needs them.
                assertTrue(store.containsReport("r1"));
                assertEquals(1, store.events(EventQuery.all()).size());
                // A link to an event that does not exist breaks the foreign key: this report only is rolled back.
                ProcessedReport broken = new ProcessedReport(report("r2"), List.of(), List.of(mention("m-r2", "r2",
                        "no-such-event")), List.of(), List.of());
                assertThrows(StoreException.class, () -> store.write(broken));
                assertTrue(store.write(full("r3", event("e3", "r3"))));
                assertFalse(store.write(full("r1", event("e1", "r1"))));
            }
        }
        try (SqliteEventStore store = SqliteEventStore.open(db())) {
            assertTrue(store.containsReport("r1"));
            assertFalse(store.containsReport("r2"));
            assertTrue(store.containsReport("r3"));
            assertEquals(2, store.events(EventQuery.all()).size());
        }
    }

    @Test
    void rewritingTheSameReportChangesNothing() throws SQLException {
        try (SqliteEventStore store = SqliteEventStore.open(db())) {
            assertTrue(store.write(full("r1", event("e1", "r1"))));
            List<Integer> before = counts();
            assertFalse(store.write(full("r1", event("e1", "r1"))));
            assertEquals(before, counts());
            assertEquals(List.of(1, 2, 1, 1, 1, 1, 1), before);
        }
    }

    @Test
    void eventRevisedByASecondReportKeepsOnlyItsNewState() throws SQLException {
        Event first = event("e1", "r1");
        Event revised = new Event("e1", first.type(), "2024-10-20/2024-10-21", DatePrecision.RANGE,
                first.actor1(), first.actor1Id(), first.actor2(), first.actor2Id(), first.location(), first.placeId(),
                first.admin1(), first.country(), first.latitude(), first.longitude(), first.geoPrecision(),
                first.weapon(), first.status(), first.claims(), 1, 3, "one killed",
                List.of(evidence("r2", "trigger"), evidence("r2", "fatalities"), evidence("r1", "trigger")),
                List.of("r1", "r2"), "Revised.");
        try (SqliteEventStore store = SqliteEventStore.open(db())) {
            store.write(processed("r1", first));
            store.write(processed("r2", revised));
            assertEquals(List.of(revised), store.events(EventQuery.all()));
        }
        try (Connection c = connect(); ResultSet rows = c.createStatement().executeQuery(
                "SELECT report, field FROM evidence WHERE event = 'e1' ORDER BY rowid")) {
            List<String> evidence = new ArrayList<>();
            while (rows.next()) evidence.add(rows.getString(1) + ":" + rows.getString(2));
            assertEquals(List.of("r2:trigger", "r2:fatalities", "r1:trigger"), evidence);
        }
        assertEquals(2, count("mentions"));
    }

    @Test
    void aFailedWriteLeavesNothingBehind() throws SQLException {
        Event event = event("e1", "r1");
        ProcessedReport duplicateMentions = new ProcessedReport(report("r1"), List.of(event),
                List.of(mention("m1", "r1", "e1"), mention("m1", "r1", "e1")), List.of(), List.of());
        ProcessedReport danglingMention = new ProcessedReport(report("r2"), List.of(event),
                List.of(mention("m2", "r2", "no-such-event")), List.of(), List.of());
        try (SqliteEventStore store = SqliteEventStore.open(db())) {
            StoreException e = assertThrows(StoreException.class, () -> store.write(duplicateMentions));
            assertTrue(e.getMessage().contains("r1"), e.getMessage());
            assertThrows(StoreException.class, () -> store.write(danglingMention));
            assertTrue(store.reports().isEmpty());
            assertTrue(store.events(EventQuery.all()).isEmpty());
            assertFalse(store.containsReport("r1"));
            // The store is still usable after a rollback.
            assertTrue(store.write(processed("r1", event)));
        }
        assertEquals(List.of(1, 2, 1, 1, 1, 0, 0), counts());
    }

    @Test
    void reopeningKeepsDataAndAppliesNoMigrationTwice() throws SQLException {
        try (SqliteEventStore store = SqliteEventStore.open(db())) {
            store.write(processed("r1", event("e1", "r1")));
            assertEquals(SchemaMigrator.BUNDLED.size(), store.schemaVersion());
        }
        try (SqliteEventStore store = SqliteEventStore.open(db())) {
            assertEquals(SchemaMigrator.BUNDLED.size(), store.schemaVersion());
            assertEquals(1, store.events(EventQuery.all()).size());
        }
        try (Connection c = connect(); ResultSet rows = c.createStatement().executeQuery("PRAGMA journal_mode")) {
            rows.next();
            assertEquals("wal", rows.getString(1));
        }
    }

    @Test
    void feedItemsAreRememberedPerFeedAcrossReopening() {
        try (SqliteEventStore store = SqliteEventStore.open(db())) {
            assertFalse(store.containsFeedItem("https://wire.example/rss", "guid-1"));
            store.recordFeedItem("https://wire.example/rss", "guid-1", "abc123");
            store.recordFeedItem("https://wire.example/rss", "guid-1", null);
            store.recordFeedItem("https://wire.example/rss", "guid-2", null);
        }
        try (SqliteEventStore store = SqliteEventStore.open(db())) {
            assertTrue(store.containsFeedItem("https://wire.example/rss", "guid-1"));
            assertTrue(store.containsFeedItem("https://wire.example/rss", "guid-2"));
            assertFalse(store.containsFeedItem("https://other.example/rss", "guid-1"), "keys are per feed");
        }
    }

    @Test
    void onlyMissingMigrationsAreApplied() throws SQLException {
        SchemaMigrator bundled = SchemaMigrator.bundled();
        try (SqliteEventStore store = SqliteEventStore.open(db(), Clock.systemUTC(), bundled)) {
            store.write(processed("r1", event("e1", "r1")));
        }
        List<SchemaMigrator.Migration> more = new ArrayList<>();
        for (String name : SchemaMigrator.BUNDLED) {
            more.add(new SchemaMigrator.Migration(more.size() + 1, name, "-- already applied\nTHIS IS NOT SQL;"));
        }
        more.add(new SchemaMigrator.Migration(more.size() + 1, "next.sql",
                "CREATE TABLE extra (x INTEGER);\nINSERT INTO extra VALUES (1);"));
        SchemaMigrator next = new SchemaMigrator(more);
        try (Connection c = connect()) {
            assertEquals(1, next.migrate(c));
            assertEquals(0, next.migrate(c));
            assertEquals(more.size(), SchemaMigrator.version(c));
        }
        assertEquals(1, count("extra"));
        assertEquals(1, count("events"));
        // A database from a newer Sitrep is refused rather than touched.
        StoreException e = assertThrows(StoreException.class, () -> SqliteEventStore.open(db()));
        assertTrue(e.getMessage().contains("newer"), e.getMessage());
    }

    @Test
    void historyListsMentionsInTheOrderTheirReportsCame() {
        Event event = StoreFixtures.event("ev-1", "r1");
        try (SqliteEventStore store = SqliteEventStore.open(db())) {
            store.write(processed("r1", event));
            store.write(processed("r2", event));
            List<MentionHistory> history = store.mentionHistory("ev-1");
            assertEquals(List.of("m-r1", "m-r2"), history.stream().map(h -> h.mention().mention()).toList());
            assertEquals("Drones", history.get(0).mention().trigger().text());
            assertEquals(List.of(), store.mentionHistory("no-such-event"));
        }
    }

    @Test
    void aReportReadsBackWithItsText() {
        try (SqliteEventStore store = SqliteEventStore.open(db())) {
            store.write(processed("r1", StoreFixtures.event("ev-1", "r1")));
            assertEquals(StoreFixtures.report("r1"), store.report("r1").orElseThrow());
            assertTrue(store.report("r9").isEmpty());
        }
    }

    @Test
    void rejectionsAreKept() {
        Rejection r = new Rejection("reports/a.html", "ingest", "no article text found",
                Instant.parse("2024-10-21T10:00:00Z"));
        try (SqliteEventStore store = SqliteEventStore.open(db())) {
            store.recordRejection(r);
            assertEquals(List.of(r), store.rejections());
        }
    }

    @Test
    void migrationScriptsSplitAtLineEndSemicolons() {
        assertEquals(List.of("CREATE TABLE a (x);", "CREATE TABLE b (\n    y\n);"),
                SchemaMigrator.statements("-- comment; not a statement\nCREATE TABLE a (x);\n\nCREATE TABLE b (\n"
                        + "    y\n);\n"));
    }

    /** Rows in reports, paragraphs, events, mentions, evidence, tallies, statements. */
    private List<Integer> counts() throws SQLException {
        List<Integer> out = new ArrayList<>();
        for (String table : List.of("reports", "paragraphs", "events", "mentions", "evidence", "tallies",
                "statements")) {
            out.add(count(table));
        }
        return out;
    }

    private int count(String table) throws SQLException {
        try (Connection c = connect(); ResultSet rows = c.createStatement().executeQuery(
                "SELECT count(*) FROM " + table)) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + db());
    }
}
