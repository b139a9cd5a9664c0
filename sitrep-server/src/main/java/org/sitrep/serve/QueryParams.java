package org.sitrep.serve;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.sitrep.model.ClaimStatus;
import org.sitrep.store.EventQuery;

/**
 * Reads the query string of an API request into typed values, or fails with a 400 naming the parameter. Every
 * endpoint lists the parameters it takes; an unknown one is refused rather than ignored, so that a typo
 * ({@code contry=IQ}) does not silently return everything. Each parameter may be given once.
 *
 * <p>The event filters (see openapi.json): {@code since}, {@code until} (YYYY-MM-DD), {@code country} (ISO alpha-2),
 * {@code admin1}, {@code actor}, {@code type}, {@code status} (claimed, reported, confirmed, denied, disputed),
 * {@code q} (free text in the evidence), {@code bbox} (west,south,east,north) and {@code near} (lat,lon,km).
 */
final class QueryParams {
    static final Set<String> EVENT_FILTERS =
            Set.of("since", "until", "country", "admin1", "actor", "type", "status", "q", "bbox", "near");
    static final Set<String> PAGING = Set.of("offset", "limit");
    /** Longer free-text filters are refused: they only cost time. */
    static final int MAX_TEXT = 200;

    private final Map<String, List<String>> params;

    QueryParams(Map<String, List<String>> params, Set<String> allowed) {
        for (Map.Entry<String, List<String>> p : params.entrySet()) {
            if (!allowed.contains(p.getKey())) {
                throw ApiException.badRequest("unknown parameter '" + p.getKey() + "'; this endpoint takes "
                        + String.join(", ", allowed.stream().sorted().toList()));
            }
            if (p.getValue().size() > 1) throw ApiException.badRequest("parameter '" + p.getKey() + "' given twice");
        }
        this.params = params;
    }

    @Nullable String text(String name) {
        List<String> values = params.get(name);
        if (values == null || values.isEmpty()) return null;
        String v = values.get(0).strip();
        if (v.isEmpty()) return null;
        if (v.length() > MAX_TEXT) throw ApiException.badRequest(name + ": longer than " + MAX_TEXT + " characters");
        return v;
    }

    @Nullable LocalDate date(String name) {
        String v = text(name);
        if (v == null) return null;
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest(name + ": expected a date YYYY-MM-DD, got '" + v + "'");
        }
    }

    int integer(String name, int fallback, int min, int max) {
        String v = text(name);
        if (v == null) return fallback;
        try {
            int n = Integer.parseInt(v);
            if (n < min || n > max) throw new NumberFormatException();
            return n;
        } catch (NumberFormatException e) {
            throw ApiException.badRequest(name + ": expected a whole number from " + min + " to " + max + ", got '"
                    + v + "'");
        }
    }

    /** One of {@code choices} (lower case), or {@code fallback} when absent. */
    String choice(String name, String fallback, List<String> choices) {
        String v = text(name);
        if (v == null) return fallback;
        String lower = v.toLowerCase(Locale.ROOT);
        if (!choices.contains(lower)) {
            throw ApiException.badRequest(name + ": expected one of " + String.join(", ", choices) + ", got '" + v + "'");
        }
        return lower;
    }

    /** The event filters, unpaged. */
    EventQuery eventQuery() {
        LocalDate since = date("since");
        LocalDate until = date("until");
        if (since != null && until != null && until.isBefore(since)) {
            throw ApiException.badRequest("until (" + until + ") is before since (" + since + ")");
        }
        String country = text("country");
        if (country != null && !country.matches("[A-Za-z]{2}")) {
            throw ApiException.badRequest("country: expected an ISO 3166-1 alpha-2 code such as IQ, got '" + country + "'");
        }
        String status = text("status");
        if (status != null) {
            List<String> codes = java.util.Arrays.stream(ClaimStatus.values()).map(ClaimStatus::code).toList();
            status = choice("status", "", codes);
        }
        double[] near = numbers("near", 3, "lat,lon,km");
        if (near != null && (Math.abs(near[0]) > 90 || Math.abs(near[1]) > 180 || near[2] < 0 || near[2] > 20_000)) {
            throw ApiException.badRequest("near: latitude within ±90, longitude within ±180 and 0 to 20000 km, got '"
                    + text("near") + "'");
        }
        double[] bbox = numbers("bbox", 4, "west,south,east,north");
        EventQuery.BoundingBox box = null;
        if (bbox != null) {
            try {
                box = new EventQuery.BoundingBox(bbox[1], bbox[0], bbox[3], bbox[2]);
            } catch (IllegalArgumentException e) {
                throw ApiException.badRequest("bbox: " + e.getMessage());
            }
        }
        return new EventQuery(since, until, country == null ? null : country.toUpperCase(Locale.ROOT),
                text("actor"), text("type"), near == null ? null : near[0], near == null ? null : near[1],
                near == null ? null : near[2], text("admin1"), status, text("q"), box, 0, null);
    }

    /** The event filters with the page the request asks for. */
    EventQuery pagedEventQuery(int defaultLimit, int maxLimit) {
        return eventQuery().page(integer("offset", 0, 0, Integer.MAX_VALUE), integer("limit", defaultLimit, 1, maxLimit));
    }

    private double @Nullable [] numbers(String name, int count, String shape) {
        String v = text(name);
        if (v == null) return null;
        String[] parts = v.split(",", -1);
        double[] out = new double[count];
        try {
            if (parts.length != count) throw new NumberFormatException();
            for (int i = 0; i < count; i++) {
                out[i] = Double.parseDouble(parts[i].strip());
                if (!Double.isFinite(out[i])) throw new NumberFormatException();
            }
            return out;
        } catch (NumberFormatException e) {
            throw ApiException.badRequest(name + ": expected " + shape + " as numbers, got '" + v + "'");
        }
    }
}
