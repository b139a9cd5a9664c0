package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteConfig;

/**
 * Crash safety of {@code sitrep ingest}, through the real command line in a child JVM: the child is killed with
 * SIGKILL again and again while it ingests generated reports, then run to completion, and the store must match an
 * uninterrupted reference run exactly.
 *
 * <p>Loading CoreNLP takes seconds per JVM, so each child is killed soon after its first report is written, and the
 * kills alternate between two moments: a random delay, and the moment the child is seen holding SQLite's WAL write
 * lock (inside the transaction that writes a report), probed from this JVM on the lock byte of the {@code -shm}
 * file. After each kill, before any connection recovers the file, the WAL's tail is read ({@link WalTail}) to count
 * the kills that caught a commit half written. Then every kill is checked: {@code PRAGMA integrity_check} is ok,
 * no foreign key is broken, every stored report has exactly the rows it has in the reference (paragraphs, mention
 * links, tallies, statements), every report whose progress line the child printed is stored, and no stored report
 * has gone. After the last kill the ingest runs to completion and the store equals the reference: the same reports
 * with the same rows, the same events with the same records, the same evidence. During the completing run a reader
 * in this JVM polls the store (WAL lets it read while the child writes) and every snapshot must hold whole reports.
 *
 * <p>Options (system properties): {@code sitrep.crash.kills} (default 5; {@code mvn -Pcrash verify} runs 50),
 * {@code sitrep.crash.reports} (default 120; 300 in the profile), {@code sitrep.crash.seed} (default 9).
 */
class CrashSafetyIT {
    private static final Pattern ADDED = Pattern.compile("^(.+:\\d+): \\d+ events, \\d+ tallies, \\d+ statements$");
    /** SQLite's WAL write lock: byte 120 of the -shm file (os_unix.c, UNIX_SHM_BASE + WAL_WRITE_LOCK). */
    private static final long WAL_WRITE_LOCK_BYTE = 120;
    private static final long MAX_RANDOM_DELAY_MS = 2_500;
    private static final long WRITE_LOCK_WAIT_MS = 20_000;

    private final int kills = Integer.getInteger("sitrep.crash.kills", 5);
    private final int reportCount = Integer.getInteger("sitrep.crash.reports", 120);
    private final Random random = new Random(Long.getLong("sitrep.crash.seed", 9));

    /** Figures of a run, printed at the end for EVALUATION.md. */
    private int randomKills, inWriteKills, midCommitKills, checks, rounds, readerSnapshots;

    @Test
    void killedIngestLeavesWholeReportsAndCompletesToTheReference(@TempDir Path dir) throws Exception {
        Path reports = dir.resolve("reports.jsonl");
        CrashReports.writeJsonLines(reports, reportCount, 20240103L);

        Path referenceDb = dir.resolve("reference.db");
        StringWriter out = new StringWriter(), err = new StringWriter();
        int exit = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), "ingest", reports.toString(),
                "--db", referenceDb.toString());
        assertEquals(0, exit, err.toString());
        StoreSnapshot reference = StoreSnapshot.read(referenceDb);
        Map<String, String> idBySource = idsBySource(referenceDb);
        assertTrue(reference.events().size() > reportCount / 2,
                "the generated reports make events: " + reference.events().size());
        assertTrue(reference.reports().values().stream().anyMatch(r -> r.tallies() > 0), "some make tallies");
        assertTrue(reference.reports().values().stream().anyMatch(r -> r.statements() > 0), "some statements");

        Path db = dir.resolve("crash.db");
        Set<String> stored = new HashSet<>();
        for (int kill = 1; kill <= kills; kill++) {
            boolean inWrite = kill % 2 == 0;
            Child child = Child.start(reports, db, dir.resolve("child-" + kill + ".out"));
            if (!child.awaitFirstAdded()) {
                // Every report was already stored: this round is complete, so check it and start another.
                assertEquals(0, child.waitFor(), "a child with nothing left to do succeeds");
                assertMatchesReference(db, reference);
                deleteStore(db);
                stored.clear();
                kill--;
                continue;
            }
            String moment = inWrite && killInsideWrite(child, db) ? "inside a write transaction" : randomKill(child);
            child.waitFor();
            WalTail tail = WalTail.inspect(Path.of(db + "-wal"));
            if (tail.caughtMidCommit()) midCommitKills++;
            String context = "kill " + kill + " (" + moment + ", WAL " + tail + ")";
            stored = checkAfterKill(db, reference, idBySource, child.added(), stored, context);
            System.out.printf(Locale.ROOT, "%s: consistent, %d reports stored%n", context, stored.size());
        }

        Child last = Child.start(reports, db, dir.resolve("child-last.out"));
        Reader reader = new Reader(db, reference);
        reader.start();
        int lastExit = last.waitFor();
        reader.stop();
        assertEquals(0, lastExit, "the completing run succeeds:\n" + last.errText());
        assertEquals(null, reader.failure.get(), "every snapshot a reader took holds whole reports");
        readerSnapshots += reader.snapshots.get();
        assertMatchesReference(db, reference);

        System.out.printf(Locale.ROOT, "crash safety: %d reports, %d kills (%d at a random moment, %d inside a write "
                        + "transaction, %d with a commit half written to the WAL), %d consistency checks after kills, "
                        + "%d rounds completed and equal to the reference (%d reports, %d events, %d evidence rows), "
                        + "%d reader snapshots during the completing run, all whole%n",
                reportCount, kills, randomKills, inWriteKills, midCommitKills, checks, rounds,
                reference.reports().size(), reference.events().size(), reference.evidenceRows(), readerSnapshots);
    }

    private String randomKill(Child child) throws InterruptedException {
        long delay = (long) (random.nextDouble() * MAX_RANDOM_DELAY_MS);
        Thread.sleep(delay);
        child.kill();
        randomKills++;
        return "random, " + delay + " ms after the first report";
    }

    /**
     * Polls the WAL write lock until the child holds it, then kills the child at once. False (and no kill) when the
     * child did not take the lock within {@link #WRITE_LOCK_WAIT_MS}, or had already finished and closed the store
     * (SQLite removes the shared-memory file on the last close). Our lock is held for microseconds at a time,
     * and a child that meets it waits in SQLite's busy handler, as it would for any other writer.
     */
    private boolean killInsideWrite(Child child, Path db) throws IOException {
        Path shm = Path.of(db + "-shm");
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(WRITE_LOCK_WAIT_MS);
        FileChannel opened;
        try {
            opened = FileChannel.open(shm, StandardOpenOption.READ, StandardOpenOption.WRITE);
        } catch (NoSuchFileException e) {
            return false;
        }
        try (FileChannel channel = opened) {
            while (System.nanoTime() < deadline && child.process.isAlive()) {
                FileLock lock = channel.tryLock(WAL_WRITE_LOCK_BYTE, 1, false);
                if (lock == null) {
                    child.kill();
                    inWriteKills++;
                    return true;
                }
                lock.release();
                LockSupport.parkNanos(50_000);
            }
        }
        return false;
    }

    private Set<String> checkAfterKill(Path db, StoreSnapshot reference, Map<String, String> idBySource,
                                       Set<String> printedAdded, Set<String> before, String context)
            throws SQLException {
        checks++;
        StoreSnapshot now = StoreSnapshot.read(db);
        assertEquals("ok", now.integrity(), context + ": integrity_check");
        assertEquals(List.of(), now.foreignKeys(), context + ": foreign_key_check");
        assertEquals(List.of(), StoreSnapshot.orphans(db), context + ": rows of reports not stored");
        for (Map.Entry<String, StoreSnapshot.ReportRows> e : now.reports().entrySet()) {
            assertEquals(reference.reports().get(e.getKey()), e.getValue(),
                    context + ": report " + e.getKey() + " is stored whole, as in the reference run");
        }
        for (String source : printedAdded) {
            assertTrue(now.reports().containsKey(idBySource.get(source)),
                    context + ": " + source + " was reported added, so it must be stored");
        }
        Set<String> after = now.reports().keySet();
        for (String id : before) assertTrue(after.contains(id), context + ": report " + id + " was lost");
        assertTrue(now.events().keySet().stream().allMatch(reference.events()::containsKey),
                context + ": only events the reference has");
        return new HashSet<>(after);
    }

    private void assertMatchesReference(Path db, StoreSnapshot reference) throws SQLException {
        StoreSnapshot done = StoreSnapshot.read(db);
        assertEquals("ok", done.integrity());
        assertEquals(reference.reports(), done.reports(), "the same reports, each with the same rows");
        assertEquals(reference.events().keySet(), done.events().keySet(), "the same events, none twice");
        assertEquals(reference.events(), done.events(), "the same event records");
        assertEquals(reference.evidenceRows(), done.evidenceRows(), "the same evidence");
        rounds++;
    }

    private void deleteStore(Path db) throws IOException {
        for (String suffix : List.of("", "-wal", "-shm")) Files.deleteIfExists(Path.of(db + suffix));
    }

    private static Map<String, String> idsBySource(Path db) throws SQLException {
        Map<String, String> out = new HashMap<>();
        try (Connection c = new SQLiteConfig().createConnection("jdbc:sqlite:" + db);
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT source, id FROM reports")) {
            while (r.next()) out.put(r.getString(1), r.getString(2));
        }
        return out;
    }

    /** {@code sitrep ingest} in its own JVM, with the test's classpath; its progress lines read as they come. */
    private static final class Child {
        private final Process process;
        private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        private final Set<String> added = ConcurrentHashMap.newKeySet();
        private final StringBuffer errText = new StringBuffer();

        private Child(Process process) {
            this.process = process;
            Thread pump = new Thread(this::pump, "child-stderr");
            pump.setDaemon(true);
            pump.start();
        }

        static Child start(Path reports, Path db, Path stdout) throws IOException {
            String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            ProcessBuilder pb = new ProcessBuilder(java, "-Xmx3g", "-Dfile.encoding=UTF-8", "-cp", classpath,
                    Main.class.getName(), "ingest", reports.toString(), "--db", db.toString());
            pb.redirectOutput(stdout.toFile());
            return new Child(pb.start());
        }

        private void pump() {
            try (BufferedReader r = new BufferedReader(
                    new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    errText.append(line).append('\n');
                    Matcher m = ADDED.matcher(line);
                    if (m.matches()) {
                        added.add(m.group(1));
                        lines.add(line);
                    }
                }
            } catch (IOException e) {
                // The child was killed: its stream ends here.
            }
            lines.add("");
        }

        /** Waits until the child has written its first report (true) or ended without writing any (false). */
        boolean awaitFirstAdded() throws InterruptedException {
            String line = lines.poll(10, TimeUnit.MINUTES);
            if (line == null) fail("no progress from the child in 10 minutes:\n" + errText);
            return !line.isEmpty();
        }

        void kill() {
            process.destroyForcibly();
        }

        int waitFor() throws InterruptedException {
            if (!process.waitFor(30, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                fail("the child did not end");
            }
            return process.exitValue();
        }

        /** Sources whose "added" line the child printed: their transaction had committed. */
        Set<String> added() {
            return Set.copyOf(added);
        }

        String errText() {
            return errText.toString();
        }
    }

    /** A thread that reads the store while a child writes it, checking that each snapshot holds whole reports. */
    private static final class Reader {
        private final Path db;
        private final StoreSnapshot reference;
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final AtomicInteger snapshots = new AtomicInteger();
        private final AtomicReference<String> failure = new AtomicReference<>();
        private final Thread thread = new Thread(this::run, "store-reader");

        Reader(Path db, StoreSnapshot reference) {
            this.db = db;
            this.reference = reference;
        }

        void start() {
            thread.start();
        }

        void stop() throws InterruptedException {
            running.set(false);
            thread.join();
        }

        private void run() {
            try {
                while (running.get()) {
                    if (!Files.exists(db)) continue;
                    StoreSnapshot s = StoreSnapshot.read(db);
                    for (Map.Entry<String, StoreSnapshot.ReportRows> e : s.reports().entrySet()) {
                        if (!e.getValue().equals(reference.reports().get(e.getKey()))) {
                            failure.compareAndSet(null, "report " + e.getKey() + " seen as " + e.getValue());
                        }
                    }
                    snapshots.incrementAndGet();
                    Thread.sleep(20);
                }
            } catch (SQLException | InterruptedException | RuntimeException e) {
                failure.compareAndSet(null, "reader failed: " + e);
            }
        }
    }
}
