package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.sitrep.store.StoreFixtures.bareEvent;
import static org.sitrep.store.StoreFixtures.report;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.model.ProcessedReport;

class EventQueryTest {
    @TempDir
    Path dir;

    private SqliteEventStore store;

    @BeforeEach
    void fill() {
        store = SqliteEventStore.open(dir.resolve("q.db"));
        List<Event> events = List.of(
                // Al Asad Air Base, Iraq
                bareEvent("asad", EventType.AIR_DRONE_STRIKE, "2024-10-21", "IQ", "Islamic Resistance in Iraq",
                        33.7856, 42.4412),
                // Erbil airport, about 400 km from Al Asad
                bareEvent("erbil", EventType.SHELLING_MISSILE, "2024-10-10/2024-10-25", "IQ",
                        "Islamic Resistance in Iraq", 36.2376, 43.9632),
                // Conoco field, eastern Syria
                bareEvent("conoco", EventType.ARMED_CLASH, "2024-11", "SY", "100%_Brigade", 35.3167, 40.2667),
                bareEvent("undated", EventType.ARREST, null, "IQ", "Police of Iraq", null, null),
                bareEvent("fiji", EventType.PEACEFUL_PROTEST, "2024-09-01", "FJ", null, -17.0, 179.9));
        store.write(new ProcessedReport(report("r0"), events, List.of(), List.of(), List.of()));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private List<String> ids(EventQuery q) {
        return store.events(q).stream().map(Event::id).toList();
    }

    private static EventQuery dates(LocalDate since, LocalDate until) {
        return new EventQuery(since, until, null, null, null, null, null, null);
    }

    @Test
    void allEventsComeByFirstDayThenIdWithUndatedLast() {
        assertEquals(List.of("fiji", "erbil", "asad", "conoco", "undated"), ids(EventQuery.all()));
    }

    @Test
    void dateFiltersKeepOverlappingIntervals() {
        LocalDate oct22 = LocalDate.of(2024, 10, 22);
        assertEquals(List.of("erbil", "conoco"), ids(dates(oct22, null)));
        assertEquals(List.of("fiji", "erbil"), ids(dates(null, LocalDate.of(2024, 10, 20))));
        assertEquals(List.of("erbil", "asad"), ids(dates(LocalDate.of(2024, 10, 21), LocalDate.of(2024, 10, 21))));
        assertEquals(List.of("conoco"), ids(dates(LocalDate.of(2024, 11, 30), null)));
        assertEquals(List.of(), ids(dates(LocalDate.of(2024, 12, 1), null)));
    }

    @Test
    void countryMatchesExactly() {
        assertEquals(List.of("conoco"), ids(new EventQuery(null, null, "SY", null, null, null, null, null)));
        assertEquals(List.of("conoco"), ids(new EventQuery(null, null, "sy", null, null, null, null, null)));
        assertEquals(List.of(), ids(new EventQuery(null, null, "S", null, null, null, null, null)));
    }

    @Test
    void actorMatchesASubstringIgnoringCaseWithWildcardsLiteral() {
        assertEquals(List.of("erbil", "asad"), ids(new EventQuery(null, null, null, "resistance", null, null, null,
                null)));
        assertEquals(List.of("conoco"), ids(new EventQuery(null, null, null, "0%_b", null, null, null, null)));
        assertEquals(List.of(), ids(new EventQuery(null, null, null, "1_0", null, null, null, null)));
    }

    @Test
    void typeMatchesEventTypeOrSubEventType() {
        assertEquals(List.of("erbil", "asad"), ids(new EventQuery(null, null, null, null, "explosions", null, null,
                null)));
        assertEquals(List.of("asad"), ids(new EventQuery(null, null, null, null, "drone", null, null, null)));
        assertEquals(List.of("conoco"), ids(new EventQuery(null, null, null, null, "Battles", null, null, null)));
    }

    @Test
    void nearKeepsEventsWithinTheRadius() {
        // From Baghdad: Al Asad is about 180 km away, Erbil about 320 km, Conoco about 450 km.
        assertEquals(List.of("asad"), ids(new EventQuery(null, null, null, null, null, 33.3152, 44.3661, 250.0)));
        assertEquals(List.of("erbil", "asad"), ids(new EventQuery(null, null, null, null, null, 33.3152, 44.3661,
                400.0)));
        // Across the antimeridian, where the bounding box cannot hold the longitude bound.
        assertEquals(List.of("fiji"), ids(new EventQuery(null, null, null, null, null, -17.0, -179.9, 50.0)));
    }

    @Test
    void filtersCombine() {
        assertEquals(List.of("asad"), ids(new EventQuery(LocalDate.of(2024, 10, 21), null, "IQ", "iraq", "strike",
                33.3152, 44.3661, 1000.0)));
    }

    @Test
    void aHalfGivenNearFilterIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> store.events(new EventQuery(null, null, null, null, null, 33.0, null, 10.0)));
    }

    private static EventQuery none() {
        return EventQuery.all();
    }

    private static EventQuery box(double south, double west, double north, double east) {
        return new EventQuery(null, null, null, null, null, null, null, null, null, null, null,
                new EventQuery.BoundingBox(south, west, north, east), 0, null);
    }

    @Test
    void boxKeepsEventsInsideItAndMayCrossTheAntimeridian() {
        // Iraq and eastern Syria.
        assertEquals(List.of("erbil", "asad", "conoco"), ids(box(29, 38, 38, 49)));
        assertEquals(List.of("asad"), ids(box(33, 42, 34, 43)));
        // West greater than east: from 170 E across 180 to 170 W.
        assertEquals(List.of("fiji"), ids(box(-20, 170, -10, -170)));
        assertThrows(IllegalArgumentException.class, () -> box(40, 0, 30, 10));
        assertThrows(IllegalArgumentException.class, () -> box(0, -200, 10, 10));
    }

    @Test
    void pagesFollowTheOrderAndCountsIgnoreThem() {
        assertEquals(List.of("erbil", "asad"), ids(none().page(1, 2)));
        assertEquals(List.of("conoco", "undated"), ids(none().page(3, null)));
        assertEquals(List.of(), ids(none().page(10, 5)));
        assertEquals(5, store.count(none().page(1, 2)));
        assertEquals(2, store.count(new EventQuery(null, null, null, "resistance", null, null, null, null)));
        assertThrows(IllegalArgumentException.class, () -> none().page(-1, 2));
        assertThrows(IllegalArgumentException.class, () -> none().page(0, -2));
    }

    @Test
    void nearPagesAndCountsExactly() {
        EventQuery nearBaghdad = new EventQuery(null, null, null, null, null, 33.3152, 44.3661, 400.0);
        assertEquals(2, store.count(nearBaghdad));
        assertEquals(List.of("asad"), ids(nearBaghdad.page(1, 10)));
    }

    @Test
    void statusAdmin1AndFreeTextFilter() {
        store.write(new ProcessedReport(report("r1"), List.of(StoreFixtures.event("full", "r1")), List.of(),
                List.of(), List.of()));
        EventQuery claimed = new EventQuery(null, null, null, null, null, null, null, null, null, "CLAIMED", null,
                null, 0, null);
        assertEquals(List.of("full"), ids(claimed));
        EventQuery anbar = new EventQuery(null, null, null, null, null, null, null, null, "al anbar", null, null,
                null, 0, null);
        assertEquals(List.of("full"), ids(anbar));
        EventQuery drones = new EventQuery(null, null, null, null, null, null, null, null, null, null, "drones",
                null, 0, null);
        assertEquals(List.of("full"), ids(drones));
        EventQuery literal = new EventQuery(null, null, null, null, null, null, null, null, null, null, "Dr%",
                null, 0, null);
        assertEquals(List.of(), ids(literal));
    }

    @Test
    void actorsPlacesAndDaysAreCountedOverTheSelection() {
        assertEquals(List.of(new ActorCount("Islamic Resistance in Iraq", 2), new ActorCount("100%_Brigade", 1),
                new ActorCount("Police of Iraq", 1)), store.actors(none()));
        assertEquals(List.of(new ActorCount("100%_Brigade", 1)),
                store.actors(new EventQuery(null, null, "SY", null, null, null, null, null)));
        assertEquals(List.of(new DayCount(LocalDate.of(2024, 9, 1), 1), new DayCount(LocalDate.of(2024, 10, 10), 1),
                new DayCount(LocalDate.of(2024, 10, 21), 1), new DayCount(LocalDate.of(2024, 11, 1), 1)),
                store.countByDay(none()));
        store.write(new ProcessedReport(report("r1"), List.of(StoreFixtures.event("full", "r1")), List.of(),
                List.of(), List.of()));
        assertEquals(List.of(new PlaceCount("gaz-1", "Al Asad Air Base", "Al Anbar", "IQ", 33.7856, 42.4412, 1)),
                store.places(none()));
    }

    @Test
    void haversineGivesKnownDistances() {
        // Baghdad to Erbil is about 322 km on the great circle.
        double km = EventTable.haversineKm(33.3152, 44.3661, 36.1911, 44.0092);
        assertEquals(322, km, 3);
        assertEquals(0, EventTable.haversineKm(10, 10, 10, 10), 1e-9);
    }
}
