package org.sitrep.store;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Filters for listing events; null means no filter. {@code since}/{@code until} compare with the event's date
 * (an interval matches when it overlaps); {@code actor} matches either actor, case-insensitive substring;
 * {@code type} matches the ACLED event type or sub-event type, case-insensitive substring; {@code near} keeps
 * events within {@code radiusKm} of (lat, lon).
 */
public record EventQuery(@Nullable LocalDate since, @Nullable LocalDate until, @Nullable String country,
                         @Nullable String actor, @Nullable String type, @Nullable Double lat, @Nullable Double lon,
                         @Nullable Double radiusKm) {
    public static EventQuery all() {
        return new EventQuery(null, null, null, null, null, null, null, null);
    }
}
