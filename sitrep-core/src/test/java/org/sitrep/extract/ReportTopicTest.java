package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.EventType;
import org.sitrep.resolve.time.TimeValue;

/** Headlines that put a report off the topic of war, and ones that do not although they share its words. */
class ReportTopicTest {
    private static final ReportTopic TOPIC = new ReportTopic(Lexicon.bundled());

    @Test
    void headlinesOfSportMarketsCultureTrialsAndDrillsAreOffTopic() {
        for (String h : List.of("Ansar edge Nejmeh in a stormy Beirut derby", "Baghdad bourse under siege as bank shares slump",
                "Sudanese film festival opens in Port Sudan with a drama about the Darfur war",
                "Mosul court sentences man over 2017 checkpoint attack", "Houthis stage coastal war games, rehearse strikes",
                "Opposition fires back at minister over budget cuts", "Earthquake shakes southern Turkey and northern Syria",
                "Ten years on, Peshawar remembers the children of Army Public School",
                "Late hat-trick rescues Al-Zawraa in Basra", "Second-half blitz sinks Pillars in Kano")) {
            assertTrue(TOPIC.offTopic(h), h);
        }
    }

    @Test
    void aWeaponATollAnArrestOrAProtestKeepsTheReportOnTopic() {
        for (String h : List.of("Oil prices climb after drone attack sets Ryazan refinery ablaze",
                "Shelling hits Kherson football ground during training, wounding two players",
                "Missile hits Kharkiv as football fans watch match", "Gunmen storm wedding in Plateau state",
                "Protesters storm parliament in Baghdad over election results", "Russian strike damages Kharkiv art museum",
                "Israeli strike hits football stadium in Gaza City", "Storm Shadow missiles hit Russian HQ in Kursk region",
                "Iraqi forces arrest four over rocket attack on Basra oil company", "Police fire tear gas at Baghdad protest",
                "Russia pounds Kyiv on anniversary of full-scale invasion", "Israeli troops raid Jenin as settlers' trial opens",
                "Anti-ship missile hits tanker off Hodeidah on matchday", "Israeli blitz on Gaza's north-east")) {
            assertFalse(TOPIC.offTopic(h), h);
        }
    }

    @Test
    void onlyLongPastEventsAreHistory() {
        LocalDate published = LocalDate.of(2025, 3, 12);
        EventMention old = mention(TimeValue.day(LocalDate.of(2017, 6, 3)));
        EventMention recent = mention(TimeValue.day(LocalDate.of(2025, 3, 11)));
        assertTrue(ReportTopic.onlyHistory(List.of(old), published));
        assertFalse(ReportTopic.onlyHistory(List.of(old, recent), published));
        assertFalse(ReportTopic.onlyHistory(List.of(mention(TimeValue.UNKNOWN)), published));
        assertFalse(ReportTopic.onlyHistory(List.of(old), null));
    }

    @Test
    void anEarlierAttackToldWithOnlyItsMonthIsBackground() {
        LocalDate published = LocalDate.of(2025, 9, 9);
        EventMention july = mention(new TimeValue(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 31), DatePrecision.MONTH));
        EventMention thisMonth = mention(new TimeValue(LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 30), DatePrecision.MONTH));
        EventMention dayInJuly = mention(TimeValue.day(LocalDate.of(2025, 7, 14)));
        EventMention monday = mention(TimeValue.day(LocalDate.of(2025, 9, 8)));
        assertTrue(ReportTopic.isRetold(july, published));
        assertFalse(ReportTopic.isRetold(thisMonth, published));
        assertFalse(ReportTopic.isRetold(dayInJuly, published));
        assertFalse(ReportTopic.isRetold(monday, published));
        assertFalse(ReportTopic.isRetold(july, null));
    }

    @Test
    void anAttackToldWithItsDayMoreThanAYearAgoIsBackground() {
        LocalDate published = LocalDate.of(2025, 3, 20);
        assertTrue(ReportTopic.isRetold(mention(TimeValue.day(LocalDate.of(2023, 4, 15))), published));
        assertFalse(ReportTopic.isRetold(mention(TimeValue.day(LocalDate.of(2024, 11, 2))), published));
    }

    private static EventMention mention(TimeValue time) {
        return new EventMention("m", "r", 0, EventType.values()[0], null, null, null, null, null, time, null, null,
                List.of(), List.of(), List.of());
    }
}
