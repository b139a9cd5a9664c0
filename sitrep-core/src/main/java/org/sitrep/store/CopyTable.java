package org.sitrep.store;

import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.sitrep.model.ReportCopy;
import org.sitrep.model.ReportFingerprint;

/**
 * The report_fingerprints and report_buckets tables: each report's near-duplicate fingerprint, the LSH buckets it
 * is filed under, and the report it copies. Written once with the report, never changed.
 */
final class CopyTable {
    /** SQLite's default limit on host parameters is 999 (older builds); bucket lists are far shorter. */
    private static final int MAX_PARAMS = 900;

    void insert(Connection connection, ReportFingerprint f) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("""
                INSERT INTO report_fingerprints (report, shingles, signature, duplicate_of, similarity)
                VALUES (?, ?, ?, ?, ?)""")) {
            ps.setString(1, f.report());
            ps.setInt(2, f.shingles());
            ps.setBytes(3, bytes(f.signature()));
            ps.setObject(4, f.duplicateOf());
            ps.setObject(5, f.similarity());
            ps.executeUpdate();
        }
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT OR IGNORE INTO report_buckets (bucket, report) VALUES (?, ?)")) {
            for (long b : f.buckets()) {
                ps.setLong(1, b);
                ps.setString(2, f.report());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** The fingerprints of the reports filed under any of {@code buckets}, in the order they were stored. */
    List<ReportFingerprint> inBuckets(Connection connection, Collection<Long> buckets) throws SQLException {
        List<Long> keys = new ArrayList<>(buckets);
        if (keys.isEmpty()) return List.of();
        if (keys.size() > MAX_PARAMS) throw new IllegalArgumentException("too many buckets: " + keys.size());
        String marks = String.join(", ", java.util.Collections.nCopies(keys.size(), "?"));
        List<ReportFingerprint> out = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("""
                SELECT report, signature, shingles, duplicate_of, similarity FROM report_fingerprints
                WHERE report IN (SELECT report FROM report_buckets WHERE bucket IN (%s)) ORDER BY seq""".formatted(marks))) {
            for (int i = 0; i < keys.size(); i++) ps.setLong(i + 1, keys.get(i));
            try (ResultSet rows = ps.executeQuery()) {
                while (rows.next()) out.add(read(rows));
            }
        }
        return out;
    }

    Optional<ReportCopy> copyOf(Connection connection, String report) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT report, duplicate_of, similarity FROM report_fingerprints WHERE report = ? AND duplicate_of IS NOT NULL")) {
            ps.setString(1, report);
            try (ResultSet rows = ps.executeQuery()) {
                return rows.next() ? Optional.of(new ReportCopy(rows.getString(1), rows.getString(2), rows.getDouble(3)))
                        : Optional.empty();
            }
        }
    }

    /** Every copy link, in the order the copies were stored. */
    List<ReportCopy> copies(Connection connection) throws SQLException {
        List<ReportCopy> out = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT report, duplicate_of, similarity FROM report_fingerprints WHERE duplicate_of IS NOT NULL ORDER BY seq");
             ResultSet rows = ps.executeQuery()) {
            while (rows.next()) out.add(new ReportCopy(rows.getString(1), rows.getString(2), rows.getDouble(3)));
        }
        return out;
    }

    private static ReportFingerprint read(ResultSet rows) throws SQLException {
        ByteBuffer b = ByteBuffer.wrap(rows.getBytes(2));
        List<Long> signature = new ArrayList<>(b.remaining() / Long.BYTES);
        while (b.remaining() >= Long.BYTES) signature.add(b.getLong());
        Object similarity = rows.getObject(5);
        return new ReportFingerprint(rows.getString(1), signature, rows.getInt(3), List.of(), rows.getString(4),
                similarity == null ? null : ((Number) similarity).doubleValue());
    }

    private static byte[] bytes(List<Long> signature) {
        ByteBuffer b = ByteBuffer.allocate(signature.size() * Long.BYTES);
        for (long v : signature) b.putLong(v);
        return b.array();
    }
}
