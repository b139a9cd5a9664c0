package org.sitrep.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
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
import org.sqlite.Function;
import org.sqlite.SQLiteConfig;

/**
 * The {@link EventStore} in one SQLite file. {@link #open(Path)} creates the file (and its directory) if needed
 * and applies the schema migrations it lacks ({@code org/sitrep/store/migrations/*.sql}, tracked in
 * {@code PRAGMA user_version}). The connection runs in WAL mode, so another process can read while this one
 * writes, with foreign keys enforced and a busy timeout of {@value #BUSY_TIMEOUT_MS} ms for a database another
 * process is writing. Transactions begin IMMEDIATE: a write takes the lock before it reads, so it waits out
 * another writer instead of failing half way.
 *
 * <p>Thread safety: one JDBC connection, and every method is {@code synchronized} on the store. A JDBC connection
 * is not safe for concurrent use and SQLite admits one writer at a time anyway, so a pool would buy nothing for
 * the pipeline, which writes one report at a time; readers that must not wait for writes (the server) can open a
 * second instance on the same file.
 *
 * <p>Failures are {@link StoreException}s naming what failed; a failed {@link #write} leaves the database as it
 * was. Timestamps ({@code ingested_at}, {@code updated_at}) come from the clock given to {@link #open(Path, Clock)},
 * UTC by default; they are bookkeeping only and never part of what is read back.
 */
public final class SqliteEventStore implements EventStore {
    static final int BUSY_TIMEOUT_MS = 5_000;

    private final Connection connection;
    private final Path file;
    private final Clock clock;
    private final EventTable events;
    private final ReportTable reports;
    private final CopyTable copies;
    private final HistoryTable history;
    /** Reports per transaction while a batch is open, else 0; reports written in the open transaction. */
    private int batchSize;
    private int pending;

    private SqliteEventStore(Connection connection, Path file, Clock clock) {
        RecordCodec codec = new RecordCodec();
        this.connection = connection;
        this.file = file;
        this.clock = clock;
        this.events = new EventTable(codec);
        this.reports = new ReportTable(codec);
        this.copies = new CopyTable();
        this.history = new HistoryTable(codec);
    }

    /** Opens (creating if needed) the database at {@code db} and brings its schema up to date. */
    public static SqliteEventStore open(Path db) {
        return open(db, Clock.systemUTC());
    }

    /** As {@link #open(Path)}, with the clock that stamps rows. */
    public static SqliteEventStore open(Path db, Clock clock) {
        return open(db, clock, SchemaMigrator.bundled());
    }

    static SqliteEventStore open(Path db, Clock clock, SchemaMigrator migrator) {
        // Several processes opening a new file at once race to switch it to WAL; SQLite answers the loser with
        // SQLITE_BUSY at once, without waiting out the busy timeout, so the open is tried again until that timeout.
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(BUSY_TIMEOUT_MS);
        for (int attempt = 1; ; attempt++) {
            try {
                return openOnce(db, clock, migrator);
            } catch (StoreException e) {
                if (!isBusy(e) || System.nanoTime() > deadline) throw e;
                try {
                    Thread.sleep(Math.min(100, 5L * attempt));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    private static boolean isBusy(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.sqlite.SQLiteException se && (se.getResultCode() == org.sqlite.SQLiteErrorCode.SQLITE_BUSY
                    || se.getResultCode() == org.sqlite.SQLiteErrorCode.SQLITE_LOCKED)) return true;
        }
        return false;
    }

    private static SqliteEventStore openOnce(Path db, Clock clock, SchemaMigrator migrator) {
        Path file = db.toAbsolutePath();
        Connection connection = null;
        try {
            if (file.getParent() != null) Files.createDirectories(file.getParent());
            SQLiteConfig config = new SQLiteConfig();
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            config.enforceForeignKeys(true);
            config.setBusyTimeout(BUSY_TIMEOUT_MS);
            config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
            connection = config.createConnection("jdbc:sqlite:" + file);
            migrator.migrate(connection);
            registerFunctions(connection);
            return new SqliteEventStore(connection, file, clock);
        } catch (SQLException | IOException | RuntimeException e) {
            if (connection != null) {
                try {
                    connection.close();
                } catch (SQLException closing) {
                    e.addSuppressed(closing);
                }
            }
            if (e instanceof StoreException se) throw se;
            throw new StoreException("cannot open database " + file + ": " + e.getMessage(), e);
        }
    }

    /** SQL functions the queries use; a connection-scoped registration, gone when the connection closes. */
    private static void registerFunctions(Connection connection) throws SQLException {
        Function.create(connection, EventTable.DISTANCE_FUNCTION, new Function() {
            @Override
            protected void xFunc() throws SQLException {
                if (args() != 4) throw new SQLException(EventTable.DISTANCE_FUNCTION + " takes 4 arguments");
                for (int i = 0; i < 4; i++) {
                    if (value_type(i) == org.sqlite.core.Codes.SQLITE_NULL) {
                        result();
                        return;
                    }
                }
                result(EventTable.haversineKm(value_double(0), value_double(1), value_double(2), value_double(3)));
            }
        }, Function.FLAG_DETERMINISTIC);
    }

    @Override
    public synchronized boolean containsReport(String reportId) {
        try {
            return reports.contains(connection, reportId);
        } catch (SQLException e) {
            throw new StoreException("cannot look up report " + reportId + ": " + e.getMessage(), e);
        }
    }

    /**
     * Writes the report and its fingerprint, then the events (so the mention links' foreign keys find them), each
     * with a history row of what it changed, the links, tallies and statements, all in one transaction. Returns
     * false, changing nothing, when the report is already stored.
     */
    @Override
    public synchronized boolean write(ProcessedReport processed) {
        if (batchSize > 0) return writeInBatch(processed);
        Report report = processed.report();
        try {
            connection.setAutoCommit(false);
            try {
                if (reports.contains(connection, report.id())) {
                    connection.rollback();
                    return false;
                }
                insertAll(processed);
                connection.commit();
                return true;
            } catch (SQLException | RuntimeException e) {
                try {
                    connection.rollback();
                } catch (SQLException rollback) {
                    e.addSuppressed(rollback);
                }
                throw new StoreException("cannot write report " + report.id() + " (" + report.source()
                        + "), nothing of it stored: " + e.getMessage(), e);
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot write report " + report.id() + " (" + report.source() + "): "
                    + e.getMessage(), e);
        }
    }

    /**
     * An exclusive lock on {@code <db>.writer-lock}, across processes and across stores of this JVM on the same file;
     * polled, so that a writer killed while holding it frees it with its process.
     */
    @Override
    public WriterLock lockForWriting(java.util.function.Consumer<String> waiting) {
        Path lockFile = file.resolveSibling(file.getFileName() + ".writer-lock");
        try {
            java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(lockFile,
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE);
            boolean told = false;
            while (true) {
                java.nio.channels.FileLock lock = null;
                try {
                    lock = channel.tryLock();
                } catch (java.nio.channels.OverlappingFileLockException heldHere) {
                    // Another store of this JVM on the same file is writing.
                }
                if (lock != null) {
                    java.nio.channels.FileLock held = lock;
                    return () -> {
                        try (channel) {
                            held.release();
                        } catch (IOException e) {
                            throw new StoreException("cannot release " + lockFile + ": " + e.getMessage(), e);
                        }
                    };
                }
                if (!told) waiting.accept("waiting for another writer of " + file + " to finish");
                told = true;
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    channel.close();
                    Thread.currentThread().interrupt();
                    throw new StoreException("interrupted waiting to write to " + file, e);
                }
            }
        } catch (IOException e) {
            throw new StoreException("cannot lock " + lockFile + " for writing: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized Batch batch(int reports) {
        if (reports < 1) throw new IllegalArgumentException("a batch holds at least one report");
        if (batchSize > 0) throw new IllegalStateException("a batch is already open");
        batchSize = reports;
        return new Batch() {
            @Override public void flush() { commitBatch(); }

            @Override public int uncommitted() {
                synchronized (SqliteEventStore.this) {
                    return pending;
                }
            }

            @Override public void close() {
                synchronized (SqliteEventStore.this) {
                    try {
                        commitBatch();
                    } finally {
                        batchSize = 0;
                    }
                }
            }
        };
    }

    /**
     * One report inside the batch's transaction, under a savepoint, so that a failure rolls back this report only.
     * The transaction is opened by the first write and left by each commit, so that the write lock is not held
     * while the caller is busy annotating.
     */
    private boolean writeInBatch(ProcessedReport processed) {
        Report report = processed.report();
        try {
            if (connection.getAutoCommit()) connection.setAutoCommit(false);
            execute("SAVEPOINT report");
            try {
                if (reports.contains(connection, report.id())) {
                    execute("RELEASE report");
                    return false;
                }
                insertAll(processed);
                execute("RELEASE report");
            } catch (SQLException | RuntimeException e) {
                try {
                    execute("ROLLBACK TO report");
                    execute("RELEASE report");
                } catch (SQLException rollback) {
                    e.addSuppressed(rollback);
                }
                throw new StoreException("cannot write report " + report.id() + " (" + report.source()
                        + "), nothing of it stored: " + e.getMessage(), e);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot write report " + report.id() + " (" + report.source() + "): "
                    + e.getMessage(), e);
        }
        if (++pending >= batchSize) commitBatch();
        return true;
    }

    /**
     * Everything one report changes, inside the caller's transaction: the report and its fingerprint, then the
     * events (so the mention links' foreign keys find them), each with a history row of what it changed, the
     * links, tallies and statements. The same for a single write and a batched one.
     */
    private void insertAll(ProcessedReport processed) throws SQLException {
        Report report = processed.report();
        Instant now = clock.instant();
        reports.insert(connection, report, now);
        if (processed.fingerprint() != null) copies.insert(connection, processed.fingerprint());
        for (Event event : processed.events()) {
            Event before = events.find(connection, event.id()).orElse(null);
            events.upsert(connection, event, now);
            history.insert(connection, report.id(), before, event, now);
        }
        reports.insertMentions(connection, processed.mentions());
        reports.upsertTallies(connection, processed.tallies());
        reports.upsertStatements(connection, processed.statements());
    }

    private synchronized void commitBatch() {
        try {
            if (!connection.getAutoCommit()) {
                connection.commit();
                connection.setAutoCommit(true);
            }
            pending = 0;
        } catch (SQLException e) {
            throw new StoreException("cannot commit a batch of " + pending + " reports: " + e.getMessage(), e);
        }
    }

    private void execute(String sql) throws SQLException {
        try (java.sql.Statement st = connection.createStatement()) {
            st.execute(sql);
        }
    }

    @Override
    public synchronized List<Event> events(EventQuery query) {
        try {
            return events.query(connection, query);
        } catch (SQLException e) {
            throw new StoreException("cannot list events: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized int count(EventQuery query) {
        try {
            return events.count(connection, query);
        } catch (SQLException e) {
            throw new StoreException("cannot count events: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized List<DayCount> countByDay(EventQuery query) {
        try {
            return events.countByDay(connection, query);
        } catch (SQLException e) {
            throw new StoreException("cannot count events by day: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized List<ActorCount> actors(EventQuery query) {
        try {
            return events.actors(connection, query);
        } catch (SQLException e) {
            throw new StoreException("cannot list actors: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized List<PlaceCount> places(EventQuery query) {
        try {
            return events.places(connection, query);
        } catch (SQLException e) {
            throw new StoreException("cannot list places: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized List<MentionHistory> mentionHistory(String eventId) {
        try {
            return reports.mentionHistory(connection, eventId);
        } catch (SQLException e) {
            throw new StoreException("cannot read the history of event " + eventId + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized Optional<Report> report(String id) {
        try {
            return reports.report(connection, id);
        } catch (SQLException e) {
            throw new StoreException("cannot read report " + id + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized Optional<Event> event(String id) {
        try {
            return events.find(connection, id);
        } catch (SQLException e) {
            throw new StoreException("cannot read event " + id + ": " + e.getMessage(), e);
        }
    }

    /** Every report with its paragraphs, by publication date (undated last), then id. */
    @Override
    public synchronized List<Report> reports() {
        try {
            return reports.reports(connection);
        } catch (SQLException e) {
            throw new StoreException("cannot list reports: " + e.getMessage(), e);
        }
    }

    /** Every tally, by the first day of its window (open windows last), then id. */
    @Override
    public synchronized List<Tally> tallies() {
        try {
            return reports.tallies(connection);
        } catch (SQLException e) {
            throw new StoreException("cannot list tallies: " + e.getMessage(), e);
        }
    }

    /** Every statement, by date (undated last), then id. */
    @Override
    public synchronized List<Statement> statements() {
        try {
            return reports.statements(connection);
        } catch (SQLException e) {
            throw new StoreException("cannot list statements: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized List<Tally> tallies(int count) {
        try {
            return reports.tallies(connection, count);
        } catch (SQLException e) {
            throw new StoreException("cannot list tallies of " + count + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized List<Statement> statements(String plover) {
        try {
            return reports.statements(connection, plover);
        } catch (SQLException e) {
            throw new StoreException("cannot list " + plover + " statements: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized List<ReportFingerprint> fingerprintsInBuckets(Collection<Long> buckets) {
        try {
            return copies.inBuckets(connection, buckets);
        } catch (SQLException e) {
            throw new StoreException("cannot look up report fingerprints: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized Optional<ReportCopy> copyOf(String reportId) {
        try {
            return copies.copyOf(connection, reportId);
        } catch (SQLException e) {
            throw new StoreException("cannot look up copies of report " + reportId + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized List<ReportCopy> copies() {
        try {
            return copies.copies(connection);
        } catch (SQLException e) {
            throw new StoreException("cannot list report copies: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized List<HistoryEntry> history(String eventId) {
        try {
            return history.history(connection, eventId);
        } catch (SQLException e) {
            throw new StoreException("cannot read the history of event " + eventId + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void recordRejection(Rejection rejection) {
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT INTO rejections (input, stage, reason, at) VALUES (?, ?, ?, ?)")) {
            ps.setString(1, rejection.input());
            ps.setString(2, rejection.stage());
            ps.setString(3, rejection.reason());
            ps.setString(4, rejection.at().toString());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("cannot record rejection of " + rejection.input() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized boolean containsFeedItem(String feed, String key) {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT 1 FROM feed_items WHERE feed = ? AND key = ?")) {
            ps.setString(1, feed);
            ps.setString(2, key);
            try (ResultSet rows = ps.executeQuery()) {
                return rows.next();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot look up feed item " + key + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void recordFeedItem(String feed, String key, @Nullable String reportId) {
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT OR IGNORE INTO feed_items (feed, key, report, seen_at) VALUES (?, ?, ?, ?)")) {
            ps.setString(1, feed);
            ps.setString(2, key);
            ps.setString(3, reportId);
            ps.setString(4, Instant.now(clock).toString());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("cannot record feed item " + key + ": " + e.getMessage(), e);
        }
    }

    /** Every recorded rejection, oldest first, so that the inputs can be retried. */
    public synchronized List<Rejection> rejections() {
        List<Rejection> out = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT input, stage, reason, at FROM rejections ORDER BY id");
             ResultSet rows = ps.executeQuery()) {
            while (rows.next()) {
                out.add(new Rejection(rows.getString(1), rows.getString(2), rows.getString(3),
                        Instant.parse(rows.getString(4))));
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot list rejections: " + e.getMessage(), e);
        }
    }

    /** The schema version of the open database ({@code PRAGMA user_version}). */
    public synchronized int schemaVersion() {
        try {
            return SchemaMigrator.version(connection);
        } catch (SQLException e) {
            throw new StoreException("cannot read schema version: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close database: " + e.getMessage(), e);
        }
    }
}
