package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateRangeTest {
    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void readsDaysMonthsYearsAndIntervals() {
        assertEquals(new DateRange(d("2024-10-21"), d("2024-10-21")), DateRange.parse("2024-10-21"));
        assertEquals(new DateRange(d("2024-02-01"), d("2024-02-29")), DateRange.parse("2024-02"));
        assertEquals(new DateRange(d("2024-01-01"), d("2024-12-31")), DateRange.parse("2024"));
        assertEquals(new DateRange(d("2024-10-17"), d("2024-10-26")), DateRange.parse("2024-10-17/2024-10-26"));
        assertEquals(new DateRange(d("2024-10-01"), d("2024-11-30")), DateRange.parse("2024-10/2024-11"));
        assertEquals(new DateRange(d("2024-10-17"), null), DateRange.parse("2024-10-17/.."));
        assertEquals(new DateRange(null, d("2024-10-26")), DateRange.parse("/2024-10-26"));
    }

    @Test
    void unreadableDatesGiveNull() {
        assertNull(DateRange.parse(null));
        assertNull(DateRange.parse(" "));
        assertNull(DateRange.parse("last Tuesday"));
        assertNull(DateRange.parse("2024-13-01"));
        assertNull(DateRange.parse("2024-10-26/2024-10-17"));
        assertNull(DateRange.parse("2024-10-17/soon"));
    }

    @Test
    void overlapCountsSharedDaysAndOpenBounds() {
        DateRange r = DateRange.parse("2024-10-17/2024-10-26");
        assertTrue(r.overlaps(d("2024-10-26"), null));
        assertFalse(r.overlaps(d("2024-10-27"), null));
        assertTrue(r.overlaps(null, d("2024-10-17")));
        assertFalse(r.overlaps(null, d("2024-10-16")));
        assertTrue(r.overlaps(null, null));
        assertTrue(new DateRange(null, d("2024-01-01")).overlaps(null, d("2023-01-01")));
    }
}
