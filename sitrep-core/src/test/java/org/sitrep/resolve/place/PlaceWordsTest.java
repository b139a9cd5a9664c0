package org.sitrep.resolve.place;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PlaceWordsTest {
    private final PlaceWords words = PlaceWords.bundled();

    @Test
    void districtsNamedAfterTheirTownsInSeveralCountriesAreDistricts() {
        // "a village in Bure woreda", "Kaura Namoda LGA", "Ukhia upazila": near the town the district is named after.
        for (String w : new String[] {"woreda", "LGA", "upazila", "township"}) {
            assertEquals(PlaceWords.Level.DISTRICT, words.level(w).orElseThrow(() -> new AssertionError(w)), w);
        }
    }
}
