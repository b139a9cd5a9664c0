package org.sitrep.resolve.place;

import java.util.List;

/** A country with its centroid and bounding box (for directional regions) and the demonyms that name its people. */
public record Country(String code, String name, double lat, double lon, double minLat, double minLon, double maxLat,
                      double maxLon, List<String> aliases, List<String> demonyms) {
    public Country {
        aliases = List.copyOf(aliases);
        demonyms = List.copyOf(demonyms);
    }

    public Place asPlace() {
        return new Place(Place.COUNTRY_ID_PREFIX + code, name, Place.Kind.COUNTRY, code, null, lat, lon, 0, aliases);
    }

    public boolean contains(double la, double lo) {
        return la >= minLat && la <= maxLat && lo >= minLon && lo <= maxLon;
    }
}
