package org.sitrep.resolve.place;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A gazetteer entry. {@code kind} orders precision: a site (base, airport, field) or town is a point; an admin1,
 * region or country is an area. Regions ("eastern Syria") are derived from their country's bounding box.
 */
public record Place(String id, String name, Kind kind, String country, @Nullable String admin1, double lat, double lon,
                   long population, List<String> aliases) {
    /**
     * ADMIN2 is a second-level division (a US county); WORLD a continent or world region ("Europe", "the Sahel"),
     * whose country is empty. Both are read only for names known to be places ({@link Gazetteer#lookupGiven}).
     */
    public enum Kind { SITE, TOWN, ADMIN2, ADMIN1, REGION, COUNTRY, WORLD }

    public Place {
        if (lat < -90 || lat > 90 || lon < -180 || lon > 180) {
            throw new IllegalArgumentException(id + ": coordinates out of range");
        }
        aliases = List.copyOf(aliases);
    }

    /** Ids of country places; events keep only the id, so the id says whether an event is placed at a country. */
    static final String COUNTRY_ID_PREFIX = "country:";

    public boolean isPoint() { return kind == Kind.SITE || kind == Kind.TOWN; }

    /** Whether a place id (as an event stores it) names a whole country. */
    public static boolean isCountryId(@Nullable String id) {
        return id != null && id.startsWith(COUNTRY_ID_PREFIX);
    }

    /** Great-circle distance in km. */
    public double distanceKm(Place other) {
        return distanceKm(lat, lon, other.lat, other.lon);
    }

    public static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1), p2 = Math.toRadians(lat2);
        double dp = p2 - p1, dl = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 6371.0 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
    }
}
