package org.sitrep.eval.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The geocoding figures on hand-made errors, worked out by hand (see GeoScore for the definitions). */
class GeoScoreTest {
    @Test
    void figuresOfFourErrors() {
        // Sorted ln(1+e): 0, ln 101, ln 201, ln 20040; trapezoids 2.3076 + 4.9592 + 7.6044 = 14.8712;
        // divided by 3 ln 20039 = 29.7163 gives 0.50044.
        GeoScore s = GeoScore.of(List.of(200.0, 0.0, 20039.0, 100.0));
        assertEquals(4, s.n());
        assertEquals(0.5, s.acc161(), 1e-9);
        assertEquals(0.50044, s.auc(), 1e-5);
        assertEquals(5084.75, s.meanKm(), 1e-9);
        assertEquals(150.0, s.medianKm(), 1e-9);
    }

    @Test
    void perfectIsZeroAndWorstIsOne() {
        assertEquals(0.0, GeoScore.of(List.of(0.0, 0.0, 0.0)).auc(), 1e-12);
        assertEquals(1.0, GeoScore.of(List.of(20039.0, 20039.0)).auc(), 1e-4);
        assertEquals(1.0, GeoScore.of(List.of(0.0, 10.0, 160.9)).acc161(), 1e-12);
    }

    @Test
    void accuracyIsStrictlyUnder161Km() {
        assertEquals(0.5, GeoScore.of(List.of(160.0, 161.0)).acc161(), 1e-12);
    }

    @Test
    void oneErrorAndNone() {
        assertEquals(Math.log(11) / Math.log(20039), GeoScore.of(List.of(10.0)).auc(), 1e-12);
        assertTrue(Double.isNaN(GeoScore.of(List.of()).acc161()));
    }

    @Test
    void negativeErrorIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> GeoScore.of(List.of(-1.0)));
    }

    @Test
    void recognitionCountsBothSides() {
        Recognition r = new Recognition(8, 10, 6, 12);
        assertEquals(0.8, r.precision(), 1e-12);
        assertEquals(0.5, r.recall(), 1e-12);
        assertEquals(2 * 0.8 * 0.5 / 1.3, r.f1(), 1e-12);
        assertEquals(new Recognition(9, 12, 7, 14), r.plus(new Recognition(1, 2, 1, 2)));
    }
}
