package org.sitrep.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DatelineSplitterTest {
    private final DatelineSplitter splitter = new DatelineSplitter();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "ERBIL, Kurdistan Region - An Iraqi militia said it fired drones.|Erbil",
            "BAGHDAD (Reuters) - An Iraqi militia said it fired drones.|Baghdad",
            "KYIV, Ukraine, March 3 (AP) \u2014 An Iraqi militia said it fired drones.|Kyiv",
            "KYIV, Ukraine, March 3 (AP) - An Iraqi militia said it fired drones.|Kyiv",
            "ADEN: An Iraqi militia said it fired drones.|Aden",
            "AL-QAIM, Iraq -- An Iraqi militia said it fired drones.|Al-Qaim",
            "DEIR EZ-ZOR, Syria, Oct. 25 - An Iraqi militia said it fired drones.|Deir Ez-Zor",
            "SANA'A (Wire) - An Iraqi militia said it fired drones.|Sana'a",
            "PORT SUDAN/NAIROBI, Aug 12 (SNW) \u2014 An Iraqi militia said it fired drones.|Port Sudan/Nairobi",
            "BEIRUT/JERUSALEM (Wire) - An Iraqi militia said it fired drones.|Beirut/Jerusalem",
    })
    void datelineIsTakenOffTheFirstParagraphAndKeptAsItsPlace(String paragraph, String place) {
        DatelineSplitter.Result result = splitter.split(List.of(paragraph, "Second paragraph."));
        assertEquals(place, result.dateline());
        assertEquals(List.of("An Iraqi militia said it fired drones.", "Second paragraph."), result.paragraphs());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "An Iraqi militia said it fired drones - officials said.",
            "BREAKING: An Iraqi militia said it fired drones.",
            "SUMMARY: A tanker reported a projectile landing near the vessel.",
            "KEY POINTS: raid on a base repelled; bomb kills three.",
            "UPDATE - An Iraqi militia said it fired drones.",
            "UN - An Iraqi militia said it fired drones.",
            "Baghdad - An Iraqi militia said it fired drones.",
            "WASHINGTON, the official said - and then left.",
            "NATO forces said they fired drones.",
    })
    void paragraphWithoutDatelineIsLeftAlone(String paragraph) {
        DatelineSplitter.Result result = splitter.split(List.of(paragraph));
        assertNull(result.dateline());
        assertEquals(List.of(paragraph), result.paragraphs());
    }

    @Test
    void onlyTheFirstParagraphIsLookedAt() {
        List<String> paragraphs = List.of("An Iraqi militia said it fired drones.", "ERBIL - Second paragraph.");
        assertEquals(paragraphs, splitter.split(paragraphs).paragraphs());
    }

    @Test
    void datelineAfterAHeadlineIsTakenOffTheSecondParagraph() {
        DatelineSplitter.Result result = splitter.split(List.of("Drones target base in eastern Syria",
                "DEIR EZZOR, Syria (AP) \u2014 Two drones hit a base.", "Officials said."));
        assertEquals("Deir Ezzor", result.dateline());
        assertEquals(List.of("Drones target base in eastern Syria", "Two drones hit a base.", "Officials said."),
                result.paragraphs());
    }

    @Test
    void aFullDateInTheDatelineIsKeptAndAPartialOneIsNot() {
        assertEquals(LocalDate.of(2025, 4, 8), splitter.split(List.of("KABUL, April 8, 2025 - Gunmen attacked.")).date());
        assertEquals(LocalDate.of(2025, 10, 17), splitter.split(List.of("GOMA, Oct. 17, 2025 (GRW) - Rebels shelled.")).date());
        assertEquals(LocalDate.of(2025, 9, 13), splitter.split(List.of("MOSCOW, 13 September 2025 - Drones fell.")).date());
        assertNull(splitter.split(List.of("KYIV, Ukraine, March 3 (AP) - Drones fell.")).date());
        assertNull(splitter.split(List.of("ERBIL, Kurdistan Region - Drones fell.")).date());
        assertNull(splitter.split(List.of("KABUL, April 31, 2025 - No such day.")).date());
    }

    @Test
    void paragraphThatIsOnlyADatelineIsDropped() {
        DatelineSplitter.Result result = splitter.split(List.of("BAGHDAD (Reuters) -", "Officials said."));
        assertEquals("Baghdad", result.dateline());
        assertEquals(List.of("Officials said."), result.paragraphs());
    }

    @Test
    void noParagraphsGiveNoDateline() {
        assertNull(splitter.split(List.of()).dateline());
    }
}
