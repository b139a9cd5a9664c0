package org.sitrep.resolve.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CoveredWeekTest {
    private static final LocalDate MONDAY = LocalDate.of(2025, 3, 10);

    @Test
    void aWeekStatedInTheHeadlineEndsBeforePublication() {
        assertEquals(LocalDate.of(2025, 3, 9), CoveredWeek.end("Week 10 (3-9 March): bombing in Jalalabad", MONDAY));
        assertEquals(LocalDate.of(2025, 3, 9), CoveredWeek.end("WEEK IN REVIEW (3\u20139 March 2025)", MONDAY));
    }

    @Test
    void otherSpansAreNoWeekCovered() {
        // Two days of fighting are no week; a week that has not ended is not behind the report.
        assertNull(CoveredWeek.end("Fighting on 7-8 March kills 12", MONDAY));
        assertNull(CoveredWeek.end("Curfew for 10-16 March", MONDAY));
        assertNull(CoveredWeek.end("Roundup of 3-9 February", MONDAY));
        assertNull(CoveredWeek.end("No dates here", MONDAY));
        assertNull(CoveredWeek.end("Week 10 (3-9 March)", null));
    }
}
