package org.sitrep.store;

import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sitrep.model.Event;
import org.sitrep.model.EventChange;
import org.sitrep.model.HistoryEntry;

/**
 * The event_history table: one row each time a report writes an event, with the fields it changed and the state
 * after. Rows are only ever added, in the transaction of their report.
 */
final class HistoryTable {
    private final RecordCodec codec;

    HistoryTable(RecordCodec codec) {
        this.codec = codec;
    }

    void insert(Connection connection, String report, @Nullable Event before, Event after, Instant now)
            throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("""
                INSERT INTO event_history (event, report, ingested_at, changes, record) VALUES (?, ?, ?, ?, ?)""")) {
            ps.setString(1, after.id());
            ps.setString(2, report);
            ps.setString(3, now.toString());
            ps.setString(4, codec.write(EventChange.between(before, after)));
            ps.setString(5, codec.write(after));
            ps.executeUpdate();
        }
    }

    /** The event's history in the order it was written, each row with its report's publication date. */
    List<HistoryEntry> history(Connection connection, String event) throws SQLException {
        List<HistoryEntry> out = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("""
                SELECT h.report, h.ingested_at, r.published, h.changes, h.record
                FROM event_history h JOIN reports r ON r.id = h.report WHERE h.event = ? ORDER BY h.seq""")) {
            ps.setString(1, event);
            try (ResultSet rows = ps.executeQuery()) {
                while (rows.next()) {
                    String published = rows.getString(3);
                    out.add(new HistoryEntry(event, rows.getString(1), Instant.parse(rows.getString(2)),
                            published == null ? null : LocalDate.parse(published),
                            codec.read(rows.getString(4), new TypeReference<List<EventChange>>() { }, event),
                            codec.read(rows.getString(5), Event.class, event)));
                }
            }
        }
        return out;
    }
}
