package org.sitrep.store;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Filters for listing events; null means no filter. {@code since}/{@code until} compare with the event's date
 * (an interval matches when it overlaps); {@code actor} matches either actor, case-insensitive substring;
 * {@code type} matches the ACLED event type or sub-event type, case-insensitive substring; {@code near} keeps
 * events within {@code radiusKm} of (lat, lon); {@code admin1} and {@code status} (a record-format code such as
 * {@code confirmed}) match exactly, ignoring case; {@code text} keeps events with an evidence sentence containing it,
 * case-insensitive for ASCII letters; {@code box} keeps events whose point lies in it. {@code offset} and
 * {@code limit} page the ordered result (a null limit means all); counts ignore them.
 */
public record EventQuery(@Nullable LocalDate since, @Nullable LocalDate until, @Nullable String country,
                         @Nullable String actor, @Nullable String type, @Nullable Double lat, @Nullable Double lon,
                         @Nullable Double radiusKm, @Nullable String admin1, @Nullable String status,
                         @Nullable String text, @Nullable BoundingBox box, int offset, @Nullable Integer limit) {
    public EventQuery {
        if (offset < 0) throw new IllegalArgumentException("offset must not be negative, got " + offset);
        if (limit != null && limit < 0) throw new IllegalArgumentException("limit must not be negative, got " + limit);
    }

    /** The filters the command line has always had, unpaged. */
    public EventQuery(@Nullable LocalDate since, @Nullable LocalDate until, @Nullable String country,
                      @Nullable String actor, @Nullable String type, @Nullable Double lat, @Nullable Double lon,
                      @Nullable Double radiusKm) {
        this(since, until, country, actor, type, lat, lon, radiusKm, null, null, null, null, 0, null);
    }

    public static EventQuery all() {
        return new EventQuery(null, null, null, null, null, null, null, null);
    }

    /** The same filters, giving {@code limit} events (null for all) after skipping {@code offset}. */
    public EventQuery page(int offset, @Nullable Integer limit) {
        return new EventQuery(since, until, country, actor, type, lat, lon, radiusKm, admin1, status, text, box,
                offset, limit);
    }

    /** The same filters and page, with the date window replaced. */
    public EventQuery dates(@Nullable LocalDate since, @Nullable LocalDate until) {
        return new EventQuery(since, until, country, actor, type, lat, lon, radiusKm, admin1, status, text, box,
                offset, limit);
    }

    /** The same filters and page, with the country replaced. */
    public EventQuery country(@Nullable String country) {
        return new EventQuery(since, until, country, actor, type, lat, lon, radiusKm, admin1, status, text, box,
                offset, limit);
    }

    /**
     * A box of WGS84 degrees, bounds inclusive. {@code west} greater than {@code east} is a box that crosses the
     * antimeridian (a map view over the Pacific).
     */
    public record BoundingBox(double south, double west, double north, double east) {
        public BoundingBox {
            if (!(south >= -90 && north <= 90 && south <= north)) {
                throw new IllegalArgumentException("bad box latitudes: south " + south + ", north " + north);
            }
            if (!(west >= -180 && west <= 180 && east >= -180 && east <= 180)) {
                throw new IllegalArgumentException("bad box longitudes: west " + west + ", east " + east);
            }
        }
    }
}
