package org.sitrep.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.EventMention;
import org.sitrep.model.Claim;
import org.sitrep.model.ClaimKind;
import org.sitrep.model.ClaimStatus;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.model.Evidence;
import org.sitrep.model.GeoPrecision;
import org.sitrep.resolve.actor.ActorRegistry;
import org.sitrep.resolve.place.Place;
import org.sitrep.resolve.time.TimeValue;

class EventMergerTest {
    private static final ActorRegistry REGISTRY = ActorRegistry.bundled();
    private static final Place BASE = new Place("test-asad", "Al Asad Air Base", Place.Kind.TOWN, "IQ", "Al Anbar",
            33.7856, 42.4412, 0, List.of());
    private final EventMerger merger = new EventMerger(new EventCompatibility(REGISTRY), new EventCombiner(REGISTRY));

    private static EventMention mention(String report, int at, Integer fatalities, List<Claim> claims) {
        Evidence trigger = new Evidence(report, 0, at, at + 6, "struck", "trigger");
        return new EventMention(report + "-m" + at, report, 0, EventType.AIR_DRONE_STRIKE, "drone", null, null, BASE,
                GeoPrecision.SITE, TimeValue.day(LocalDate.of(2024, 10, 21)), fatalities, null, List.of(), claims,
                List.of(trigger));
    }

    private static Claim claim(ClaimKind kind, String by, String report, String date) {
        return new Claim(kind, by, null, date, "statement", new Evidence(report, 1, 0, 4, "said", "claim"));
    }

    @Test
    void anEventKeepsItsIdWhenLaterReportsAddToIt() {
        Event first = merger.merge(List.of(mention("r1", 10, 1, List.of())), List.of()).events().get(0);
        EventMerger.Result second = merger.merge(List.of(mention("r2", 0, 3,
                List.of(claim(ClaimKind.CONFIRM, "Pentagon", "r2", "2024-10-22")))), List.of(first));
        assertEquals(1, second.events().size());
        Event revised = second.events().get(0);
        assertEquals(first.id(), revised.id());
        assertEquals(List.of("r1", "r2"), revised.reports());
        assertEquals(3, revised.fatalities());
        assertEquals(ClaimStatus.CONFIRMED, revised.status());
        assertEquals(first.id(), second.links().get(0).event());

        // A third report, with a denial: the id stays and the status is derived again from every claim.
        Event third = merger.merge(List.of(mention("r3", 5, null,
                List.of(claim(ClaimKind.DENY, "Iran", "r3", "2024-10-23")))), List.of(revised)).events().get(0);
        assertEquals(first.id(), third.id());
        assertEquals(ClaimStatus.DISPUTED, third.status());
        assertEquals(List.of("r2", "r3"), third.claims().stream().map(c -> c.evidence().report()).toList());
    }

    @Test
    void aRepeatedAssertionIsKeptOncePerDay() {
        Event first = merger.merge(List.of(mention("r1", 10, null,
                List.of(claim(ClaimKind.CONFIRM, "Pentagon", "r1", "2024-10-22")))), List.of()).events().get(0);
        Event retold = merger.merge(List.of(mention("r2", 0, null,
                List.of(claim(ClaimKind.CONFIRM, "Pentagon", "r2", "2024-10-22")))), List.of(first)).events().get(0);
        assertEquals(1, retold.claims().size());
        Event again = merger.merge(List.of(mention("r3", 0, null,
                List.of(claim(ClaimKind.CONFIRM, "Pentagon", "r3", "2024-10-24")))), List.of(retold)).events().get(0);
        assertEquals(List.of("2024-10-22", "2024-10-24"), again.claims().stream().map(Claim::date).toList());
    }

    private static EventMention strike(String report, int at, String weapon, String actor2, Place place) {
        Evidence trigger = new Evidence(report, 0, at, at + 6, "strike", "trigger");
        return new EventMention(report + "-m" + at, report, 0, EventType.AIR_DRONE_STRIKE, weapon,
                REGISTRY.actor("israel-mil").orElseThrow(), REGISTRY.actor(actor2).orElseThrow(), place,
                GeoPrecision.SITE, TimeValue.day(LocalDate.of(2024, 7, 10)), null, null, List.of(), List.of(),
                List.of(trigger));
    }

    @Test
    void theSameNamedAttackerAtOnePlaceOnOneDayIsOneEventWhateverTheTargetIsCalled() {
        Event school = merger.merge(List.of(strike("r1", 0, "airstrike", "civilians", BASE)), List.of()).events().get(0);
        List<Event> again = merger.merge(List.of(strike("r2", 0, "airstrike", "un", BASE)), List.of(school)).events();
        assertEquals(List.of(school.id()), again.stream().map(Event::id).toList());
        Place sea = new Place("test-sea", "Red Sea", Place.Kind.REGION, "YE", null, 14.5, 42.7, 0, List.of());
        EventMention a = strike("r3", 0, "drone", "civilians", sea), b = strike("r3", 40, "missile", "civilians", sea);
        a = new EventMention(a.id(), a.report(), 0, a.type(), a.weapon(), a.actor1(), a.actor2(), sea,
                GeoPrecision.REGION, a.time(), null, null, List.of(), List.of(), a.evidence());
        b = new EventMention(b.id(), b.report(), 0, b.type(), b.weapon(), b.actor1(), b.actor2(), sea,
                GeoPrecision.REGION, b.time(), null, null, List.of(), List.of(), b.evidence());
        assertEquals(2, merger.merge(List.of(a, b), List.of()).events().size(), "a sea is not one place");
    }

    @Test
    void theSameReportsInTheSameOrderGiveTheSameIds() {
        List<EventMention> r1 = List.of(mention("r1", 10, null, List.of()));
        assertEquals(merger.merge(r1, List.of()).events().get(0).id(), merger.merge(r1, List.of()).events().get(0).id());
    }
    private static final TimeValue OVERNIGHT = new TimeValue(LocalDate.of(2025, 6, 16), LocalDate.of(2025, 6, 17),
            org.sitrep.model.DatePrecision.RANGE);
    private static final Place CITY = new Place("test-city", "Kyiv", Place.Kind.TOWN, "UA", "Kyiv", 50.45, 30.52, 0,
            List.of());

    private static EventMention told(String report, int at, EventType type, String weapon, String actor1,
                                     String actor2, Integer fatalities, TimeValue time) {
        Evidence trigger = new Evidence(report, 0, at, at + 6, "struck", "trigger");
        return new EventMention(report + "-m" + at, report, 0, type, weapon,
                actor1 == null ? null : REGISTRY.actor(actor1).orElseThrow(),
                actor2 == null ? null : REGISTRY.actor(actor2).orElseThrow(), CITY, GeoPrecision.SITE, time,
                fatalities, null, List.of(), List.of(), List.of(trigger));
    }

    @Test
    void oneNightsAttackByOneSideOnOneCityIsOneEventWhateverTheWeaponIsCalled() {
        List<EventMention> night = List.of(
                told("r1", 0, EventType.AIR_DRONE_STRIKE, "drone; missile", "russia-mil", "ukraine-mil", null, OVERNIGHT),
                told("r1", 90, EventType.SHELLING_MISSILE, "airstrike", "russia-mil", null, null, OVERNIGHT));
        assertEquals(1, merger.merge(night, List.of()).events().size());
        // Not a day told as the night before it: the dates must be the same.
        List<EventMention> twoDates = List.of(night.get(0), told("r1", 90, EventType.SHELLING_MISSILE, "airstrike",
                "russia-mil", null, null, TimeValue.day(LocalDate.of(2025, 6, 17))));
        assertEquals(2, merger.merge(twoDates, List.of()).events().size());
    }

    @Test
    void aTargetToldAnotherWayOnADayOfTheNightIsTheSameStrike() {
        TimeValue day = TimeValue.day(LocalDate.of(2025, 6, 16));
        EventMention family = told("r1", 0, EventType.AIR_DRONE_STRIKE, "airstrike", "russia-mil", "civilians", 6, day);
        EventMention army = told("r1", 90, EventType.AIR_DRONE_STRIKE, "airstrike", "russia-mil", "ukraine-mil", null, OVERNIGHT);
        assertEquals(1, merger.merge(List.of(family, army), List.of()).events().size());
        // A day outside the night is another strike on another target.
        EventMention twoDaysOn = told("r1", 90, EventType.AIR_DRONE_STRIKE, "airstrike", "russia-mil", "ukraine-mil", null,
                TimeValue.day(LocalDate.of(2025, 6, 18)));
        assertEquals(2, merger.merge(List.of(family, twoDaysOn), List.of()).events().size());
    }

    @Test
    void aTollToldOnItsOwnJoinsTheStrikeOfItsReportAtTheSamePlace() {
        EventMention toll = told("r1", 0, EventType.ATTACK_ON_CIVILIANS, null, null, "civilians", 14, OVERNIGHT);
        EventMention strike = told("r1", 90, EventType.AIR_DRONE_STRIKE, "drone", "russia-mil", null, null, OVERNIGHT);
        for (EventMerger m : List.of(merger, new EventMerger(new EventCompatibility(REGISTRY),
                new EventCombiner(REGISTRY), false))) {
            List<Event> one = m.merge(List.of(toll, strike), List.of()).events();
            assertEquals(1, one.size());
            assertEquals(EventType.AIR_DRONE_STRIKE, one.get(0).type());
            assertEquals("drone", one.get(0).weapon());
            assertEquals(14, one.get(0).fatalities());
            assertEquals(1, m.merge(List.of(strike, toll), List.of()).events().size());
        }
        // Another report's toll, or a killing with a perpetrator, is not this strike's toll.
        Event stored = merger.merge(List.of(strike), List.of()).events().get(0);
        Event other = merger.merge(List.of(told("r2", 0, EventType.ATTACK_ON_CIVILIANS, null, null, "civilians", 14,
                OVERNIGHT)), List.of(stored)).events().get(0);
        assertEquals(EventType.ATTACK_ON_CIVILIANS, other.type());
        EventMention gunmen = told("r1", 0, EventType.ATTACK_ON_CIVILIANS, null, "russia-mil", "civilians", 3, OVERNIGHT);
        assertEquals(2, merger.merge(List.of(gunmen, strike), List.of()).events().size());
    }
}
