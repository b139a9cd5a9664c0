package org.sitrep.resolve.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.PublicationDating;
import org.sitrep.resolve.actor.ActorRegistry;

class PublicationDateInferrerTest {
    private static final ActorRegistry REGISTRY = ActorRegistry.bundled();
    private final PublicationDateInferrer inferrer = new PublicationDateInferrer(REGISTRY, LocalDate.of(2026, 11, 23));

    @Test
    void theSeedIsFridayTwentySeventhOctober2023() throws IOException {
        Path seed = Path.of("..", "..", "shared", "seeds", "000_6491426d98a87192.txt");
        String text = Files.exists(seed) ? Files.readString(seed, StandardCharsets.UTF_8) : SEED_EXCERPT;
        PublicationDating d = inferrer.infer(text);
        assertEquals(LocalDate.of(2023, 10, 27), d.from(), d.basis());
        assertEquals(DatePrecision.DAY, d.precision(), d.basis());
        assertTrue(d.inferred());
        assertTrue(d.basis().contains("year 2023"), d.basis());
    }

    @Test
    void theSeedExcerptAloneGivesTheSameDay() {
        PublicationDating d = inferrer.infer(SEED_EXCERPT);
        assertEquals(LocalDate.of(2023, 10, 27), d.from(), d.basis());
    }

    @Test
    void aWeekdayAloneLeavesTheYearOpenAmongThoseItFits() {
        // No one dated is named: March 14 was a Thursday in 2013, 2019 and 2024, so the year stays open.
        PublicationDating d = inferrer.infer("Strikes hit the port on Thursday, March 14. The army said on Friday it had struck back.");
        assertEquals(DatePrecision.RANGE, d.precision());
        assertTrue(d.basis().contains("[2013, 2019, 2024]"), d.basis());
    }

    @Test
    void aNamedOfficeHolderClosesTheYear() {
        PublicationDating d = inferrer.infer("Strikes hit the port on Thursday, March 14, Yoav Gallant said. The army said on Friday it had struck back.");
        assertEquals(LocalDate.of(2024, 3, 15), d.from(), d.basis());
        assertEquals(DatePrecision.DAY, d.precision());
    }

    @Test
    void aStatedDateWithoutWeekdaysGivesTheWeekAfterIt() {
        PublicationDating d = inferrer.infer("The attack on 12 January 2024 killed four people, officials said.");
        assertEquals(LocalDate.of(2024, 1, 12), d.from());
        assertEquals(LocalDate.of(2024, 1, 18), d.to());
        assertEquals(DatePrecision.RANGE, d.precision());
    }

    @Test
    void tenureAloneGivesARangeOfYears() {
        PublicationDating d = inferrer.infer("Defense Secretary Lloyd Austin spoke with Mohammed Shia al-Sudani about the bases.");
        assertEquals(LocalDate.of(2022, 10, 27), d.from(), d.basis());
        assertEquals(LocalDate.of(2025, 1, 20), d.to());
        assertTrue(d.basis().contains("Lloyd Austin"), d.basis());
    }

    @Test
    void aTextWithoutDatesStaysUnknown() {
        PublicationDating d = inferrer.infer("Fighting went on in the north, residents said.");
        assertNull(d.from());
        assertEquals(DatePrecision.UNKNOWN, d.precision());
    }

    @Test
    void aPageDatedAYearBeforeItsEventsIsFlagged() {
        String text = "The strike on October 26, 2023 hit the base. Officials said on Friday that no one was hurt.";
        assertNotNull(inferrer.conflict(text, LocalDate.of(2022, 10, 27)));
        assertNull(inferrer.conflict(text, LocalDate.of(2023, 10, 27)));
        assertNotNull(inferrer.conflict("Elections are due in 2025, the minister said.", LocalDate.of(2023, 3, 1)));
        assertNull(inferrer.conflict("The war began in 2014 and elections are due in 2025.", LocalDate.of(2023, 3, 1)));
    }

    @Test
    void publicationDaterUsesADayAndFlagsAConflict() {
        PublicationDater dater = new PublicationDater(inferrer);
        org.sitrep.model.Report r = new org.sitrep.model.Report("r1", "seed.txt", null, null, null, null, null, "en",
                SEED_EXCERPT, java.util.List.of(), 0);
        org.sitrep.model.Report dated = dater.apply(r);
        assertEquals(LocalDate.of(2023, 10, 27), dated.published());
        assertTrue(dated.dating().inferred());
        org.sitrep.model.Report stated = dater.apply(r.withPublished(LocalDate.of(2022, 1, 5)));
        assertEquals(LocalDate.of(2022, 1, 5), stated.published());
        assertNull(stated.dating().conflict(), "month-days without a year cannot contradict");
    }

    static final String SEED_EXCERPT = """
            ERBIL, Kurdistan Region - An Iraqi militia group on Friday claimed that it carried out a drone attack on United States troops in western Iraq.
            The same group on Thursday claimed responsibility for a drone attack against US troops based near Erbil International Airport.
            Pentagon spokesman Brigadier General Pat Ryder said during a press briefing late Thursday that US forces in Iraq and Syria had been attacked with suicide drones and rockets 16 times between October 17 and 26.
            Hours later, the US carried out airstrikes against pro-Iran militia groups in eastern Syria, US Defense Secretary Lloyd Austin said in a statement.
            US Secretary of State Antony Blinken has urged Iraq's Prime Minister Mohammed Shia' al-Sudani to pursue the groups carrying out the attacks.
            Sudani's spokesperson Maj. Gen. Yehia Rasool on Monday said attacks on international partners in the country are "unacceptable".
            """;
}
