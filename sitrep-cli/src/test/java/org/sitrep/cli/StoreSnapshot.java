package org.sitrep.cli;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sqlite.SQLiteConfig;

/**
 * What a store file holds, read through its own JDBC connection (not through the store under test), for comparing
 * a store with a reference run: SQLite's own integrity checks, and per report the rows written with it.
 *
 * @param integrity     the result of {@code PRAGMA integrity_check} ("ok" when the file is sound)
 * @param foreignKeys   rows of {@code PRAGMA foreign_key_check} (a mention whose event is missing, and so on)
 * @param reports       per report id, the counts of its rows
 * @param events        per event id, its record as stored (JSON)
 * @param evidenceRows  rows of the evidence table
 */
record StoreSnapshot(String integrity, List<String> foreignKeys, Map<String, ReportRows> reports,
                     Map<String, String> events, int evidenceRows) {

    /** The rows stored with one report. */
    record ReportRows(int paragraphs, int mentions, int tallies, int statements) {
    }

    /**
     * Reads the whole store in one read transaction, so that a writer in another process cannot change it half
     * way through. Opening the file recovers a WAL left by a killed writer, as any reader would.
     */
    static StoreSnapshot read(Path db) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(10_000);
        try (Connection c = config.createConnection("jdbc:sqlite:" + db.toAbsolutePath());
             Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            String integrity = String.join("; ", strings(s, "PRAGMA integrity_check"));
            List<String> foreignKeys = strings(s, "PRAGMA foreign_key_check");
            Map<String, ReportRows> reports = new TreeMap<>();
            // One statement for every count: the snapshot cannot mix two states of the store.
            try (ResultSet r = s.executeQuery("""
                    SELECT r.id,
                           (SELECT count(*) FROM paragraphs p WHERE p.report = r.id),
                           (SELECT count(*) FROM mentions m WHERE m.report = r.id),
                           (SELECT count(*) FROM tallies t WHERE t.report = r.id),
                           (SELECT count(*) FROM statements x WHERE x.report = r.id)
                    FROM reports r""")) {
                while (r.next()) {
                    reports.put(r.getString(1), new ReportRows(r.getInt(2), r.getInt(3), r.getInt(4), r.getInt(5)));
                }
            }
            Map<String, String> events = new TreeMap<>();
            try (ResultSet r = s.executeQuery("SELECT id, record FROM events")) {
                while (r.next()) events.put(r.getString(1), r.getString(2));
            }
            int evidence;
            try (ResultSet r = s.executeQuery("SELECT count(*) FROM evidence")) {
                evidence = r.next() ? r.getInt(1) : 0;
            }
            c.rollback();
            return new StoreSnapshot(integrity, foreignKeys, reports, events, evidence);
        }
    }

    /** Rows of tables that are written with a report but name no report of this store. */
    static List<String> orphans(Path db) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath());
             Statement s = c.createStatement()) {
            List<String> out = new ArrayList<>();
            for (String table : List.of("paragraphs", "mentions", "tallies", "statements")) {
                try (ResultSet r = s.executeQuery("SELECT count(*) FROM " + table
                        + " WHERE report NOT IN (SELECT id FROM reports)")) {
                    if (r.next() && r.getInt(1) > 0) out.add(r.getInt(1) + " " + table);
                }
            }
            return out;
        }
    }

    private static List<String> strings(Statement s, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (ResultSet r = s.executeQuery(sql)) {
            int columns = r.getMetaData().getColumnCount();
            while (r.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) row.append(i > 1 ? "|" : "").append(r.getString(i));
                out.add(row.toString());
            }
        }
        return out;
    }
}
