package org.sitrep.eval.geo;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.sitrep.refdata.TsvRows;
import org.sitrep.resolve.place.Place;

/**
 * The GeoNames id of a gazetteer place, so that a choice can be compared with a benchmark's gold GeoNames entity:
 * towns carry it in their id ({@code gn-6167865}); countries and first-level regions take it from {@code
 * geonames-ids.tsv} (columns id, geonames_id; written by {@code scripts/build-geonames-ids} from GeoNames
 * countryInfo.txt and admin1CodesASCII.txt). Hand-written places, counties, ISO subdivisions and world regions have
 * none. Immutable.
 */
public final class GeoNamesIds {
    private static final Pattern TOWN_ID = Pattern.compile("gn-(\\d+)");
    private final Map<String, String> byPlaceId;

    private GeoNamesIds(Map<String, String> byPlaceId) {
        this.byPlaceId = Map.copyOf(byPlaceId);
    }

    public static GeoNamesIds bundled() {
        Map<String, String> m = new HashMap<>();
        for (TsvRows.Row r : TsvRows.resource(GeoNamesIds.class, "geonames-ids.tsv")) {
            String id = r.required("id");
            String gn = r.required("geonames_id");
            if (!gn.chars().allMatch(Character::isDigit)) throw r.fail("geonames_id is not a number: " + gn);
            if (m.put(id, gn) != null) throw r.fail("duplicate id " + id);
        }
        return new GeoNamesIds(m);
    }

    /** The place's GeoNames id, or null when it has none. */
    public @Nullable String of(Place p) {
        var m = TOWN_ID.matcher(p.id());
        return m.matches() ? m.group(1) : byPlaceId.get(p.id());
    }

    public int size() {
        return byPlaceId.size();
    }
}
