package org.sitrep.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;

/**
 * The events and evidence tables: an event is kept whole as JSON, with copies of the fields that queries filter on.
 * Every filter runs in SQL with parameters, so that counts and pages are exact: the radius of {@code near} through
 * a Java function ({@link #DISTANCE_FUNCTION}) on what a bounding box lets through, {@code admin1} through
 * {@code json_extract} on the record, the free text through the evidence table.
 */
final class EventTable {
    /** Mean earth radius, as in the haversine formula most tools use. */
    static final double EARTH_RADIUS_KM = 6371.0;
    /** The SQL function, registered on each connection, that gives {@link #haversineKm} in kilometres. */
    static final String DISTANCE_FUNCTION = "sitrep_km";

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

    /** Events matching {@code query}, ordered by first day (undated last), then id, paged as the query says. */
    List<Event> query(Connection connection, EventQuery query) throws SQLException {
        Where where = Where.of(query);
        StringBuilder sql = new StringBuilder("SELECT id, record FROM events").append(where.sql);
        List<Object> params = new ArrayList<>(where.params);
        sql.append(" ORDER BY date_from IS NULL, date_from, id");
        if (query.limit() != null || query.offset() > 0) {
            sql.append(" LIMIT ? OFFSET ?");
            params.add(query.limit() == null ? -1 : query.limit());
            params.add(query.offset());
        }
        List<Event> out = new ArrayList<>();
        try (PreparedStatement ps = prepare(connection, sql.toString(), params);
             ResultSet rows = ps.executeQuery()) {
            while (rows.next()) out.add(codec.read(rows.getString(2), Event.class, rows.getString(1)));
        }
        return out;
    }

    /** How many events match the query's filters; its page is ignored. */
    int count(Connection connection, EventQuery query) throws SQLException {
        Where where = Where.of(query);
        try (PreparedStatement ps = prepare(connection, "SELECT COUNT(*) FROM events" + where.sql, where.params);
             ResultSet rows = ps.executeQuery()) {
            return rows.next() ? rows.getInt(1) : 0;
        }
    }

    /** Matching events per first day, by day; undated events and the page are left out. */
    List<DayCount> countByDay(Connection connection, EventQuery query) throws SQLException {
        Where where = Where.of(query);
        String sql = "SELECT date_from, COUNT(*) FROM events" + where.sql
                + (where.sql.isEmpty() ? " WHERE" : " AND") + " date_from IS NOT NULL GROUP BY date_from ORDER BY date_from";
        List<DayCount> out = new ArrayList<>();
        try (PreparedStatement ps = prepare(connection, sql, where.params); ResultSet rows = ps.executeQuery()) {
            while (rows.next()) out.add(new DayCount(LocalDate.parse(rows.getString(1)), rows.getInt(2)));
        }
        return out;
    }

    /** Actors of the matching events, each with the number of events it is actor1 or actor2 of, most first. */
    List<ActorCount> actors(Connection connection, EventQuery query) throws SQLException {
        Where where = Where.of(query);
        String sql = "WITH e AS (SELECT id, actor1, actor2 FROM events" + where.sql + ")" + """
                 SELECT name, COUNT(DISTINCT id) AS n FROM (
                    SELECT id, actor1 AS name FROM e UNION ALL SELECT id, actor2 FROM e)
                WHERE name IS NOT NULL GROUP BY name ORDER BY n DESC, name""";
        List<ActorCount> out = new ArrayList<>();
        try (PreparedStatement ps = prepare(connection, sql, where.params); ResultSet rows = ps.executeQuery()) {
            while (rows.next()) out.add(new ActorCount(rows.getString(1), rows.getInt(2)));
        }
        return out;
    }

    /** Places of the matching events (by gazetteer id, else by name), each with its number of events, most first. */
    List<PlaceCount> places(Connection connection, EventQuery query) throws SQLException {
        Where where = Where.of(query);
        String sql = """
                SELECT json_extract(record, '$.placeId') AS pid, json_extract(record, '$.location') AS loc,
                       MIN(json_extract(record, '$.admin1')), MIN(country), MIN(latitude), MIN(longitude), COUNT(*) AS n
                FROM events""" + where.sql
                + " GROUP BY pid, loc HAVING loc IS NOT NULL OR pid IS NOT NULL ORDER BY n DESC, loc";
        List<PlaceCount> out = new ArrayList<>();
        try (PreparedStatement ps = prepare(connection, sql, where.params); ResultSet rows = ps.executeQuery()) {
            while (rows.next()) {
                out.add(new PlaceCount(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4),
                        (Double) rows.getObject(5), (Double) rows.getObject(6), rows.getInt(7)));
            }
        }
        return out;
    }

    private static PreparedStatement prepare(Connection connection, String sql, List<Object> params)
            throws SQLException {
        PreparedStatement ps = connection.prepareStatement(sql);
        for (int i = 0; i < params.size(); i++) ps.setObject(i + 1, params.get(i));
        return ps;
    }

    /** The WHERE clause of a query's filters (empty when it has none) and its parameters, in order. */
    private record Where(String sql, List<Object> params) {
        static Where of(EventQuery query) {
            Near near = Near.of(query);
            StringBuilder sql = new StringBuilder();
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
            if (query.admin1() != null) {
                sql.append(" AND json_extract(record, '$.admin1') = ? COLLATE NOCASE");
                params.add(query.admin1());
            }
            if (query.status() != null) {
                sql.append(" AND status = ? COLLATE NOCASE");
                params.add(query.status());
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
            if (query.text() != null) {
                sql.append(" AND EXISTS (SELECT 1 FROM evidence v WHERE v.event = events.id AND v.text LIKE ? ESCAPE '\\')");
                params.add(containsPattern(query.text()));
            }
            EventQuery.BoundingBox box = query.box();
            if (box != null) {
                sql.append(" AND latitude BETWEEN ? AND ?");
                params.add(box.south());
                params.add(box.north());
                sql.append(box.west() <= box.east() ? " AND longitude BETWEEN ? AND ?" : " AND (longitude >= ? OR longitude <= ?)");
                params.add(box.west());
                params.add(box.east());
            }
            if (near != null) near.append(sql, params);
            return new Where(sql.length() == 0 ? "" : " WHERE" + sql.substring(" AND".length()), List.copyOf(params));
        }
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
         * A box that holds the whole circle, so SQL drops far events through the cheap comparisons, then the exact
         * distance ({@link #DISTANCE_FUNCTION}). Where the circle reaches a pole or the antimeridian the longitude
         * bound is left out rather than wrapped.
         */
        void append(StringBuilder sql, List<Object> params) {
            double angular = radiusKm / EARTH_RADIUS_KM;
            double dLat = Math.toDegrees(angular);
            sql.append(" AND latitude BETWEEN ? AND ? AND longitude IS NOT NULL");
            params.add(lat - dLat);
            params.add(lat + dLat);
            double sinLon = Math.sin(angular) / Math.cos(Math.toRadians(lat));
            if (Math.abs(lat) + dLat < 90 && sinLon < 1) {
                double dLon = Math.toDegrees(Math.asin(sinLon));
                if (lon - dLon >= -180 && lon + dLon <= 180) {
                    sql.append(" AND longitude BETWEEN ? AND ?");
                    params.add(lon - dLon);
                    params.add(lon + dLon);
                }
            }
            sql.append(" AND " + DISTANCE_FUNCTION + "(?, ?, latitude, longitude) <= ?");
            params.add(lat);
            params.add(lon);
            params.add(radiusKm);
        }
    }
}
