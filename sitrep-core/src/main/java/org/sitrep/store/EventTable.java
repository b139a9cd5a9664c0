package org.sitrep.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;

/**
 * The events and evidence tables: an event is kept whole as JSON, with copies of the fields that queries filter on.
 * Filters that SQL can answer from an index or a simple comparison run in SQL; the radius of {@code near} runs in
 * Java (haversine) on what a bounding box in SQL lets through.
 */
final class EventTable {
    /** Mean earth radius, as in the haversine formula most tools use. */
    static final double EARTH_RADIUS_KM = 6371.0;

    private static final String UPSERT = """
            INSERT INTO events (id, event_type, sub_event_type, date_from, date_to, country, latitude, longitude,
                                actor1, actor2, status, updated_at, record)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET
                event_type = excluded.event_type, sub_event_type = excluded.sub_event_type,
                date_from = excluded.date_from, date_to = excluded.date_to, country = excluded.country,
                latitude = excluded.latitude, longitude = excluded.longitude, actor1 = excluded.actor1,
                actor2 = excluded.actor2, status = excluded.status, updated_at = excluded.updated_at,
                record = excluded.record""";
    private static final String INSERT_EVIDENCE = """
            INSERT INTO evidence (event, report, sentence, start, "end", text, field) VALUES (?, ?, ?, ?, ?, ?, ?)""";

    private final RecordCodec codec;

    EventTable(RecordCodec codec) {
        this.codec = codec;
    }

    /**
     * Writes the event's full new state. An upsert rather than INSERT OR REPLACE: REPLACE deletes the old row
     * first, which the mentions that reference it would not allow.
     */
    void upsert(Connection connection, Event event, Instant now) throws SQLException {
        DateRange dates = DateRange.parse(event.date());
        try (PreparedStatement ps = connection.prepareStatement(UPSERT)) {
            ps.setString(1, event.id());
            ps.setString(2, event.type().family());
            ps.setString(3, event.type().label());
            ps.setObject(4, dates == null || dates.from() == null ? null : dates.from().toString());
            ps.setObject(5, dates == null || dates.to() == null ? null : dates.to().toString());
            ps.setObject(6, event.country());
            ps.setObject(7, event.latitude());
            ps.setObject(8, event.longitude());
            ps.setObject(9, event.actor1());
            ps.setObject(10, event.actor2());
            ps.setString(11, event.status().code());
            ps.setString(12, now.toString());
            ps.setString(13, codec.write(event));
            ps.executeUpdate();
        }
        try (PreparedStatement ps = connection.prepareStatement("DELETE FROM evidence WHERE event = ?")) {
            ps.setString(1, event.id());
            ps.executeUpdate();
        }
        try (PreparedStatement ps = connection.prepareStatement(INSERT_EVIDENCE)) {
            for (Evidence e : event.evidence()) {
                ps.setString(1, event.id());
                ps.setString(2, e.report());
                ps.setInt(3, e.sentence());
                ps.setInt(4, e.start());
                ps.setInt(5, e.end());
                ps.setString(6, e.text());
                ps.setString(7, e.field());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    Optional<Event> find(Connection connection, String id) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT record FROM events WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rows = ps.executeQuery()) {
                return rows.next() ? Optional.of(codec.read(rows.getString(1), Event.class, id)) : Optional.empty();
            }
        }
    }

    /** Events matching {@code query}, ordered by first day (undated last), then id. */
    List<Event> query(Connection connection, EventQuery query) throws SQLException {
        Near near = Near.of(query);
        StringBuilder sql = new StringBuilder("SELECT id, record FROM events WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        // An open-ended interval has one null bound; an undated event has both null and matches no date filter.
        if (query.since() != null) {
            sql.append(" AND (date_to >= ? OR (date_to IS NULL AND date_from IS NOT NULL))");
            params.add(query.since().toString());
        }
        if (query.until() != null) {
            sql.append(" AND (date_from <= ? OR (date_from IS NULL AND date_to IS NOT NULL))");
            params.add(query.until().toString());
        }
        if (query.country() != null) {
            sql.append(" AND country = ? COLLATE NOCASE");
            params.add(query.country());
        }
        // SQLite's LIKE ignores case for ASCII letters only; actor and type names are ASCII in the registries.
        if (query.actor() != null) {
            sql.append(" AND (actor1 LIKE ? ESCAPE '\\' OR actor2 LIKE ? ESCAPE '\\')");
            params.add(containsPattern(query.actor()));
            params.add(containsPattern(query.actor()));
        }
        if (query.type() != null) {
            sql.append(" AND (event_type LIKE ? ESCAPE '\\' OR sub_event_type LIKE ? ESCAPE '\\')");
            params.add(containsPattern(query.type()));
            params.add(containsPattern(query.type()));
        }
        if (near != null) near.appendBoundingBox(sql, params);
        sql.append(" ORDER BY date_from IS NULL, date_from, id");

        List<Event> out = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(sql.toString())) {
            for (int i = 0; i < params.size(); i++) ps.setObject(i + 1, params.get(i));
            try (ResultSet rows = ps.executeQuery()) {
                while (rows.next()) {
                    Event event = codec.read(rows.getString(2), Event.class, rows.getString(1));
                    if (near == null || near.contains(event)) out.add(event);
                }
            }
        }
        return out;
    }

    /** A LIKE pattern matching {@code text} anywhere, with LIKE's wildcards in {@code text} taken literally. */
    static String containsPattern(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    /** Great-circle distance in kilometres between two WGS84 points. */
    static double haversineKm(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1.0, Math.sqrt(a)));
    }

    /** The {@code near} filter of a query: a centre and a radius. */
    private record Near(double lat, double lon, double radiusKm) {
        static @Nullable Near of(EventQuery q) {
            if (q.lat() == null && q.lon() == null && q.radiusKm() == null) return null;
            if (q.lat() == null || q.lon() == null || q.radiusKm() == null) {
                throw new IllegalArgumentException("a near filter needs lat, lon and radiusKm together");
            }
            if (Math.abs(q.lat()) > 90 || Math.abs(q.lon()) > 180 || !(q.radiusKm() >= 0)) {
                throw new IllegalArgumentException("bad near filter: " + q.lat() + ", " + q.lon() + ", "
                        + q.radiusKm() + " km");
            }
            return new Near(q.lat(), q.lon(), q.radiusKm());
        }

        /**
         * A box that holds the whole circle, so SQL can drop far events cheaply. Where the circle reaches a pole or
         * the antimeridian the longitude bound is left out rather than wrapped; the exact test in Java follows.
         */
        void appendBoundingBox(StringBuilder sql, List<Object> params) {
            double angular = radiusKm / EARTH_RADIUS_KM;
            double dLat = Math.toDegrees(angular);
            sql.append(" AND latitude BETWEEN ? AND ? AND longitude IS NOT NULL");
            params.add(lat - dLat);
            params.add(lat + dLat);
            if (Math.abs(lat) + dLat >= 90) return;
            double sinLon = Math.sin(angular) / Math.cos(Math.toRadians(lat));
            if (sinLon >= 1) return;
            double dLon = Math.toDegrees(Math.asin(sinLon));
            if (lon - dLon < -180 || lon + dLon > 180) return;
            sql.append(" AND longitude BETWEEN ? AND ?");
            params.add(lon - dLon);
            params.add(lon + dLon);
        }

        boolean contains(Event e) {
            return e.latitude() != null && e.longitude() != null
                    && haversineKm(lat, lon, e.latitude(), e.longitude()) <= radiusKm;
        }
    }
}
