package org.sitrep.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.model.DatePrecision;
import java.util.Optional;
import org.sitrep.model.EventType;
import org.sitrep.model.Evidence;
import org.sitrep.model.MentionLink;
import org.sitrep.model.Paragraph;
import org.sitrep.model.PublicationDating;
import org.sitrep.model.Report;
import org.sitrep.model.Statement;
import org.sitrep.model.Tally;

/**
 * What belongs to one report: the reports and paragraphs tables, its mention links, tallies and statements. These
 * are written once, with their report, and never changed (save a statement a later report tells again, which
 * gains that source): a report's id comes from its text, so the same id means the same rows. Ids clash only
 * through a bug upstream, and then the insert fails and the whole report is rolled back rather than half-stored.
 */
final class ReportTable {
    private final RecordCodec codec;

    ReportTable(RecordCodec codec) {
        this.codec = codec;
    }

    boolean contains(Connection connection, String reportId) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT 1 FROM reports WHERE id = ?")) {
            ps.setString(1, reportId);
            try (ResultSet rows = ps.executeQuery()) {
                return rows.next();
            }
        }
    }

    void insert(Connection connection, Report r, Instant now) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("""
                INSERT INTO reports (id, source, url, outlet, title, published, dateline, language, text,
                                     duplicate_paragraphs_removed, ingested_at, published_inferred, published_range,
                                     published_precision, published_basis, published_conflict)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            ps.setString(1, r.id());
            ps.setString(2, r.source());
            ps.setObject(3, r.url());
            ps.setObject(4, r.outlet());
            ps.setObject(5, r.title());
            ps.setObject(6, r.published() == null ? null : r.published().toString());
            ps.setObject(7, r.dateline());
            ps.setString(8, r.language());
            ps.setString(9, r.text());
            ps.setInt(10, r.duplicateParagraphsRemoved());
            ps.setString(11, now.toString());
            PublicationDating d = r.dating();
            ps.setInt(12, d != null && d.inferred() ? 1 : 0);
            ps.setObject(13, d == null ? null : d.iso());
            ps.setObject(14, d == null ? null : d.precision().code());
            ps.setObject(15, d == null ? null : d.basis());
            ps.setObject(16, d == null ? null : d.conflict());
            ps.executeUpdate();
        }
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT INTO paragraphs (report, idx, start, \"end\", text) VALUES (?, ?, ?, ?, ?)")) {
            for (Paragraph p : r.paragraphs()) {
                ps.setString(1, r.id());
                ps.setInt(2, p.index());
                ps.setInt(3, p.start());
                ps.setInt(4, p.end());
                ps.setString(5, p.text());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Mention links; the events they point to must be written first (the foreign key checks it). */
    void insertMentions(Connection connection, List<MentionLink> mentions) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("""
                INSERT INTO mentions (id, report, event, sentence, type, trigger_start, trigger_end, trigger_text)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")) {
            for (MentionLink m : mentions) {
                ps.setString(1, m.mention());
                ps.setString(2, m.report());
                ps.setString(3, m.event());
                ps.setInt(4, m.sentence());
                ps.setString(5, m.type().name());
                ps.setInt(6, m.trigger().start());
                ps.setInt(7, m.trigger().end());
                ps.setString(8, m.trigger().text());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /**
     * Tallies new with this report, or stored ones it states again (merged by the pipeline, same id): those keep the
     * report that first stated them and take the new record.
     */
    void upsertTallies(Connection connection, List<Tally> tallies) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("""
                INSERT INTO tallies (id, report, count, qualifier, date_from, date_to, stated, record)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT(id) DO UPDATE SET date_from = excluded.date_from, date_to = excluded.date_to,
                                              stated = excluded.stated, record = excluded.record""")) {
            for (Tally t : tallies) {
                DateRange from = DateRange.parse(t.from());
                DateRange to = DateRange.parse(t.to());
                ps.setString(1, t.id());
                ps.setString(2, t.report());
                ps.setInt(3, t.count());
                ps.setString(4, t.qualifier());
                ps.setObject(5, from == null || from.from() == null ? null : from.from().toString());
                ps.setObject(6, to == null || to.to() == null ? null : to.to().toString());
                ps.setObject(7, t.stated());
                ps.setString(8, codec.write(t));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /**
     * Statements new with this report, or stored ones it tells again (merged by the pipeline, same id): those keep
     * the report that first told them and take the new record.
     */
    void upsertStatements(Connection connection, List<Statement> statements) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("""
                INSERT INTO statements (id, report, speaker, plover, date, record) VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT(id) DO UPDATE SET speaker = excluded.speaker, date = excluded.date,
                                              record = excluded.record""")) {
            for (Statement s : statements) {
                ps.setString(1, s.id());
                ps.setString(2, s.report());
                ps.setString(3, s.speaker());
                ps.setString(4, s.plover());
                ps.setObject(5, s.date());
                ps.setString(6, codec.write(s));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Every report with its paragraphs, by publication date (undated last), then id. */
    List<Report> reports(Connection connection) throws SQLException {
        Map<String, List<Paragraph>> paragraphs = new HashMap<>();
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT report, idx, start, \"end\", text FROM paragraphs ORDER BY report, idx");
             ResultSet rows = ps.executeQuery()) {
            while (rows.next()) {
                paragraphs.computeIfAbsent(rows.getString(1), k -> new ArrayList<>())
                        .add(new Paragraph(rows.getInt(2), rows.getInt(3), rows.getInt(4), rows.getString(5)));
            }
        }
        List<Report> out = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("""
                SELECT id, source, url, outlet, title, published, dateline, language, text,
                       duplicate_paragraphs_removed, published_inferred, published_range, published_precision,
                       published_basis, published_conflict
                FROM reports ORDER BY published IS NULL, published, id""");
             ResultSet rows = ps.executeQuery()) {
            while (rows.next()) {
                String id = rows.getString(1);
                String published = rows.getString(6);
                out.add(new Report(id, rows.getString(2), rows.getString(3), rows.getString(4), rows.getString(5),
                        published == null ? null : LocalDate.parse(published), rows.getString(7),
                        rows.getString(8), rows.getString(9), paragraphs.getOrDefault(id, List.of()),
                        rows.getInt(10), dating(rows)));
            }
        }
        return out;
    }

    /** The stored dating, or null for a report stored before schema version 2 (nothing was recorded then). */
    private static PublicationDating dating(ResultSet rows) throws SQLException {
        String basis = rows.getString(14);
        if (basis == null) return null;
        TimeRange range = TimeRange.parse(rows.getString(12));
        return new PublicationDating(rows.getInt(11) == 1, range.from(), range.to(),
                DatePrecision.valueOf(rows.getString(13).toUpperCase(java.util.Locale.ROOT)), basis, rows.getString(15));
    }

    private record TimeRange(LocalDate from, LocalDate to) {
        static TimeRange parse(String iso) {
            if (iso == null) return new TimeRange(null, null);
            int slash = iso.indexOf('/');
            if (slash < 0) return new TimeRange(LocalDate.parse(iso), LocalDate.parse(iso));
            return new TimeRange(LocalDate.parse(iso.substring(0, slash)), LocalDate.parse(iso.substring(slash + 1)));
        }
    }

    /** The report with this id, with its text and paragraphs. */
    Optional<Report> report(Connection connection, String id) throws SQLException {
        List<Paragraph> paragraphs = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT idx, start, \"end\", text FROM paragraphs WHERE report = ? ORDER BY idx")) {
            ps.setString(1, id);
            try (ResultSet rows = ps.executeQuery()) {
                while (rows.next()) {
                    paragraphs.add(new Paragraph(rows.getInt(1), rows.getInt(2), rows.getInt(3), rows.getString(4)));
                }
            }
        }
        try (PreparedStatement ps = connection.prepareStatement("""
                SELECT id, source, url, outlet, title, published, dateline, language, text,
                       duplicate_paragraphs_removed
                FROM reports WHERE id = ?""")) {
            ps.setString(1, id);
            try (ResultSet rows = ps.executeQuery()) {
                if (!rows.next()) return Optional.empty();
                String published = rows.getString(6);
                return Optional.of(new Report(id, rows.getString(2), rows.getString(3), rows.getString(4),
                        rows.getString(5), published == null ? null : LocalDate.parse(published), rows.getString(7),
                        rows.getString(8), rows.getString(9), paragraphs, rows.getInt(10)));
            }
        }
    }

    /** The mentions merged into an event, in the order their reports were stored, then by mention id. */
    List<MentionHistory> mentionHistory(Connection connection, String eventId) throws SQLException {
        List<MentionHistory> out = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("""
                SELECT m.id, m.report, m.sentence, m.type, m.trigger_start, m.trigger_end, m.trigger_text,
                       r.ingested_at
                FROM mentions m JOIN reports r ON r.id = m.report
                WHERE m.event = ? ORDER BY r.ingested_at, m.id""")) {
            ps.setString(1, eventId);
            try (ResultSet rows = ps.executeQuery()) {
                while (rows.next()) {
                    Evidence trigger = new Evidence(rows.getString(2), rows.getInt(3), rows.getInt(5), rows.getInt(6),
                            rows.getString(7), "trigger");
                    out.add(new MentionHistory(Instant.parse(rows.getString(8)), new MentionLink(rows.getString(1),
                            rows.getString(2), eventId, rows.getInt(3), trigger, EventType.valueOf(rows.getString(4)))));
                }
            }
        }
        return out;
    }

    /** Every tally, by the first day of its window (open windows last), then id. */
    List<Tally> tallies(Connection connection) throws SQLException {
        return records(connection, "SELECT id, record FROM tallies ORDER BY date_from IS NULL, date_from, id",
                Tally.class);
    }

    /** The tallies of one count, by window as above: those a new tally of that count may join. */
    List<Tally> tallies(Connection connection, int count) throws SQLException {
        return records(connection, "SELECT id, record FROM tallies WHERE count = ? ORDER BY date_from IS NULL, "
                + "date_from, id", Tally.class, Integer.toString(count));
    }

    /** Every statement, by date (undated last), then id. */
    List<Statement> statements(Connection connection) throws SQLException {
        return records(connection, "SELECT id, record FROM statements ORDER BY date IS NULL, date, id",
                Statement.class);
    }

    /** The statements of one PLOVER type, by date (undated last), then id: those a new one of that type may join. */
    List<Statement> statements(Connection connection, String plover) throws SQLException {
        return records(connection, "SELECT id, record FROM statements WHERE plover = ? ORDER BY date IS NULL, date, id",
                Statement.class, plover);
    }

    /** The records an {@code (id, record)} query returns, its {@code ?} bound to {@code params} in order. */
    private <T> List<T> records(Connection connection, String sql, Class<T> type, String... params) throws SQLException {
        List<T> out = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (int k = 0; k < params.length; k++) ps.setString(k + 1, params[k]);
            try (ResultSet rows = ps.executeQuery()) {
                while (rows.next()) out.add(codec.read(rows.getString(2), type, rows.getString(1)));
            }
        }
        return out;
    }
}
