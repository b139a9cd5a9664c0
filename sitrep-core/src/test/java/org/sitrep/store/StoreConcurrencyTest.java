package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.store.StoreFixtures.event;
import static org.sitrep.store.StoreFixtures.mention;
import static org.sitrep.store.StoreFixtures.report;
import static org.sitrep.store.StoreFixtures.statement;
import static org.sitrep.store.StoreFixtures.tally;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Event;
import org.sitrep.model.MentionLink;
import org.sitrep.model.ProcessedReport;
import org.sqlite.SQLiteConfig;

/** Two connections on one file, as a server reading while {@code sitrep ingest} writes (WAL). */
class StoreConcurrencyTest {
    private static final int REPORTS = 300;

    /** Report {@code i} has {@code 1 + i % 3} events, each with a mention, {@code i % 2} tallies, one statement. */
    private static ProcessedReport numbered(int i) {
        String id = "r" + i;
        List<Event> events = new ArrayList<>();
        List<MentionLink> mentions = new ArrayList<>();
        for (int e = 0; e <= i % 3; e++) {
            events.add(event("ev-" + i + "-" + e, id));
            mentions.add(mention("m-" + i + "-" + e, id, "ev-" + i + "-" + e));
        }
        return new ProcessedReport(report(id), events, mentions,
                i % 2 == 1 ? List.of(tally("t-" + i, id)) : List.of(), List.of(statement("s-" + i, id)));
    }

    @Test
    void aReaderSeesWholeReportsWhileAWriterWrites(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("shared.db");
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicReference<String> torn = new AtomicReference<>();
        AtomicInteger snapshots = new AtomicInteger();
        try (SqliteEventStore writer = SqliteEventStore.open(db);
             SqliteEventStore readerStore = SqliteEventStore.open(db)) {
            Thread reader = new Thread(() -> {
                SQLiteConfig config = new SQLiteConfig();
                config.setBusyTimeout(5_000);
                try (Connection c = config.createConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
                    while (writing.get()) {
                        checkSnapshot(s, torn);
                        // The store's own read methods run meanwhile too: they must not fail either.
                        readerStore.events(EventQuery.all());
                        snapshots.incrementAndGet();
                    }
                } catch (SQLException | RuntimeException e) {
                    torn.compareAndSet(null, "reader failed: " + e);
                }
            });
            reader.start();
            for (int i = 0; i < REPORTS; i++) assertTrue(writer.write(numbered(i)));
            writing.set(false);
            reader.join();
        }
        assertNull(torn.get());
        assertTrue(snapshots.get() > 1, "the reader read while the writer wrote: " + snapshots.get());
    }

    /** One statement, so one snapshot: every report there has exactly the rows {@link #numbered} gives it. */
    private static void checkSnapshot(Statement s, AtomicReference<String> torn) throws SQLException {
        try (ResultSet r = s.executeQuery("""
                SELECT r.id,
                       (SELECT count(*) FROM mentions m WHERE m.report = r.id),
                       (SELECT count(*) FROM tallies t WHERE t.report = r.id),
                       (SELECT count(*) FROM statements x WHERE x.report = r.id),
                       (SELECT count(*) FROM paragraphs p WHERE p.report = r.id)
                FROM reports r""")) {
            while (r.next()) {
                int i = Integer.parseInt(r.getString(1).substring(1));
                String seen = r.getInt(2) + "/" + r.getInt(3) + "/" + r.getInt(4) + "/" + r.getInt(5);
                String whole = (1 + i % 3) + "/" + (i % 2) + "/1/2";
                if (!seen.equals(whole)) torn.compareAndSet(null, "report r" + i + " seen as " + seen);
            }
        }
    }

    @Test
    void storesOpenedAtOnceOnANewFileAllSucceed(@TempDir Path dir) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 20; round++) {
                Path db = dir.resolve("new-" + round + ".db");
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Integer>> opened = new ArrayList<>();
                for (int t = 0; t < 4; t++) {
                    Callable<Integer> open = () -> {
                        start.await();
                        try (SqliteEventStore store = SqliteEventStore.open(db)) {
                            return store.schemaVersion();
                        }
                    };
                    opened.add(pool.submit(open));
                }
                start.countDown();
                for (Future<Integer> f : opened) {
                    assertEquals(SchemaMigrator.bundled().latestVersion(), f.get(), "round " + round);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Two writers of one file (two ingests): the second waits, says so once, and gets in when the first lets go. Two
     * stores of one JVM here; across processes the same file lock is taken.
     */
    @Test
    void aSecondWriterWaitsForTheFirst(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("writers.db");
        try (SqliteEventStore first = SqliteEventStore.open(db); SqliteEventStore second = SqliteEventStore.open(db)) {
            List<String> messages = new java.util.concurrent.CopyOnWriteArrayList<>();
            CountDownLatch secondIn = new CountDownLatch(1);
            Thread waiter;
            try (EventStore.WriterLock held = first.lockForWriting(messages::add)) {
                waiter = new Thread(() -> {
                    try (EventStore.WriterLock lock = second.lockForWriting(messages::add)) {
                        secondIn.countDown();
                    }
                });
                waiter.start();
                assertTrue(!secondIn.await(1, java.util.concurrent.TimeUnit.SECONDS), "the second writer got in while the first held the lock");
                assertEquals(1, messages.size(), messages.toString());
                assertTrue(messages.get(0).startsWith("waiting for another writer of "), messages.get(0));
            }
            assertTrue(secondIn.await(5, java.util.concurrent.TimeUnit.SECONDS), "the second writer never got in");
            waiter.join();
            try (EventStore.WriterLock again = first.lockForWriting(messages::add)) {
                assertEquals(1, messages.size(), "a free lock is taken without waiting");
            }
        }
    }
}
