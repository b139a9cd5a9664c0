package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.model.EventType;
import org.sitrep.model.GeoPrecision;
import org.sitrep.resolve.place.Place;
import org.sitrep.resolve.time.TimeValue;

class RecapsTest {
    private static final Lexicon LEXICON = Lexicon.bundled();

    @Test
    void aLabelledRecapOpensWithItsLabel() {
        assertTrue(Recaps.opens("Summary: two killed in a drone strike on Sumy; Kyiv says talks continue.", LEXICON));
        assertTrue(Recaps.opens("SUMMARY: A tanker reported an explosion near Aden on Monday.", LEXICON));
        assertTrue(Recaps.opens("19:05 - To recap: gunmen attacked two villages before dawn.", LEXICON));
        assertTrue(Recaps.opens("KEY POINTS: raid on a base repelled; bomb kills three.", LEXICON));
        assertTrue(Recaps.opens("In brief: rockets hit Sderot, no one hurt.", LEXICON));
    }

    @Test
    void aColonElsewhereOrAnotherWordIsNoRecap() {
        assertFalse(Recaps.opens("The governor said: \"two people were killed in the strike on Sumy.\"", LEXICON));
        assertFalse(Recaps.opens("Gunmen attacked the village of Tora on Monday, residents said.", LEXICON));
        assertFalse(Recaps.opens("Background: the militia has attacked the area since 2019 and holds: nothing.", LEXICON));
    }

    @Test
    void aRecapsEventToldAtLengthElsewhereIsDroppedButNotItsOwnNews() {
        Place sumy = new Place("t-sumy", "Sumy", Place.Kind.TOWN, "UA", null, 50.91, 34.80, 0, List.of());
        Place aden = new Place("t-aden", "Aden", Place.Kind.TOWN, "YE", null, 12.78, 45.04, 0, List.of());
        EventMention recap = mention("r", 1, EventType.AIR_DRONE_STRIKE, sumy, LocalDate.of(2025, 3, 4));
        EventMention told = mention("t", 5, EventType.AIR_DRONE_STRIKE, sumy, LocalDate.of(2025, 3, 3));
        EventMention only = mention("o", 1, EventType.AIR_DRONE_STRIKE, aden, LocalDate.of(2025, 3, 4));
        assertEquals(List.of(told, only), Recaps.fold(List.of(recap, told, only), Set.of(1)));
        assertEquals(List.of(recap, told), Recaps.fold(List.of(recap, told), Set.of()));
        // "over the Red Sea" in the recap, "over the central Red Sea" in the advisory's item.
        Place sea = new Place("sea-red", "Red Sea", Place.Kind.REGION, "YE", null, 20.0, 38.0, 0, List.of());
        Place central = new Place("region:central:sea-red", "central Red Sea", Place.Kind.REGION, "YE", null, 18.0, 40.0, 0, List.of());
        EventMention seaRecap = mention("s", 1, EventType.AIR_DRONE_STRIKE, sea, LocalDate.of(2025, 3, 4));
        EventMention centralTold = mention("c", 6, EventType.AIR_DRONE_STRIKE, central, LocalDate.of(2025, 3, 3));
        assertEquals(List.of(centralTold), Recaps.fold(List.of(seaRecap, centralTold), Set.of(1)));
        // Nearby but another place: a town across the river from the site told at length is news of its own.
        Place town = new Place("t-near", "Nearby", Place.Kind.TOWN, "UA", null, 50.95, 34.85, 0, List.of());
        EventMention townRecap = mention("n", 1, EventType.AIR_DRONE_STRIKE, town, LocalDate.of(2025, 3, 3));
        assertEquals(List.of(townRecap, told), Recaps.fold(List.of(townRecap, told), Set.of(1)));
    }

    @Test
    void aRecapLineTypedAsAnotherKindOfViolenceIsStillTheEventToldAtLength() {
        Place town = new Place("t-kismayo", "Kismayo", Place.Kind.TOWN, "SO", null, -0.36, 42.55, 0, List.of());
        EventMention recap = mention("r", 1, EventType.ARMED_CLASH, town, LocalDate.of(2025, 6, 2));
        EventMention told = mention("t", 4, EventType.SUICIDE_BOMB, town, LocalDate.of(2025, 6, 1));
        assertEquals(List.of(told), Recaps.fold(List.of(recap, told), Set.of(1)));
        // A protest in the recap is no retelling of a bombing in the same town.
        EventMention protest = mention("p", 1, EventType.PEACEFUL_PROTEST, town, LocalDate.of(2025, 6, 2));
        assertEquals(List.of(protest, told), Recaps.fold(List.of(protest, told), Set.of(1)));
    }

    private static EventMention mention(String id, int sentence, EventType type, Place place, LocalDate day) {
        return new EventMention(id, "rep", sentence, type, null, null, null, place, GeoPrecision.SITE, TimeValue.day(day),
                null, null, List.of(), List.of(), List.of());
    }
}
