package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PublishedDateParserTest {
    @Test
    void isoDatesAndDateTimesGiveTheDateAsWritten() {
        LocalDate expected = LocalDate.of(2023, 10, 27);
        assertEquals(expected, PublishedDateParser.parse("2023-10-27"));
        assertEquals(expected, PublishedDateParser.parse(" 2023-10-27T23:30:00-05:00 "));
        assertEquals(expected, PublishedDateParser.parse("2023-10-27T10:00:00Z"));
        assertEquals(expected, PublishedDateParser.parse("2023-10-27 10:00"));
    }

    @Test
    void rfc1123DatesAreRead() {
        assertEquals(LocalDate.of(2023, 10, 27), PublishedDateParser.parse("Fri, 27 Oct 2023 10:00:00 GMT"));
    }

    @Test
    void anythingElseGivesNull() {
        assertNull(PublishedDateParser.parse(null));
        assertNull(PublishedDateParser.parse("last Tuesday"));
        assertNull(PublishedDateParser.parse("2023-13-45"));
        assertNull(PublishedDateParser.parse("2023-10-271"));
    }
}
