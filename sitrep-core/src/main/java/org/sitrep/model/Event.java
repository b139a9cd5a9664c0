package org.sitrep.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One real-world event after merging every mention of it, in the shape of the record format
 * (../shared/spec/RECORD.md, kind = "event"). Flat on purpose: it is what the store keeps and the exporters write.
 * {@code date} is an ISO date or an interval "from/to".
 */
public record Event(String id, EventType type, @Nullable String date, DatePrecision datePrecision,
                    @Nullable String actor1, @Nullable String actor1Id, @Nullable String actor2,
                    @Nullable String actor2Id, @Nullable String location, @Nullable String placeId,
                    @Nullable String admin1, @Nullable String country, @Nullable Double latitude,
                    @Nullable Double longitude, @Nullable Integer geoPrecision, @Nullable String weapon,
                    ClaimStatus status, List<Claim> claims, @Nullable Integer fatalities,
                    @Nullable Integer injuries, @Nullable String outcome, List<Evidence> evidence,
                    List<String> reports, @Nullable String notes) {
    public Event {
        if (id == null || id.isBlank()) throw new IllegalArgumentException("event id is required");
        claims = List.copyOf(claims);
        evidence = List.copyOf(evidence);
        reports = List.copyOf(reports);
    }

    /** The earliest report that mentions the event (reports are kept in the order they arrived). */
    public @Nullable String firstReported() { return reports.isEmpty() ? null : reports.get(0); }
}
