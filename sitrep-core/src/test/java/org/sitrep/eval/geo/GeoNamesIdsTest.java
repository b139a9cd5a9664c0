package org.sitrep.eval.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.resolve.place.Place;

class GeoNamesIdsTest {
    private static Place place(String id, Place.Kind kind) {
        return new Place(id, "x", kind, "CA", null, 50, -100, 0, List.of());
    }

    @Test
    void townsCountriesAndRegionsHaveTheirGeoNamesIdOthersNone() {
        GeoNamesIds ids = GeoNamesIds.bundled();
        assertTrue(ids.size() > 3000, "countries and first-level regions");
        assertEquals("6167865", ids.of(place("gn-6167865", Place.Kind.TOWN)));
        assertEquals("6251999", ids.of(place("country:CA", Place.Kind.COUNTRY)));
        assertEquals("5883102", ids.of(place("gn-adm1-CA.01", Place.Kind.ADMIN1)));
        assertNull(ids.of(place("gn-adm2-US.MA.003", Place.Kind.ADMIN2)));
        assertNull(ids.of(place("world-europe", Place.Kind.WORLD)));
    }
}
