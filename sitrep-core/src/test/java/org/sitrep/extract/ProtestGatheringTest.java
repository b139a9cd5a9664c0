package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.EventType;
import org.sitrep.model.GeoPrecision;
import org.sitrep.resolve.place.Place;
import org.sitrep.resolve.time.TimeValue;

class ProtestGatheringTest {
    private static final Place KADUNA = new Place("t-kaduna", "Kaduna", Place.Kind.TOWN, "NG", null, 10.52, 7.44, 0, List.of());
    private static final Place ZARIA = new Place("t-zaria", "Zaria", Place.Kind.TOWN, "NG", null, 11.09, 7.72, 0, List.of());

    @Test
    void aProtestWordOfTheRiotsSentenceAndPlaceJoinsTheRiot() {
        List<EventMention> ms = new ArrayList<>(List.of(
                mention("gathered", 3, EventType.PEACEFUL_PROTEST, KADUNA),
                mention("protest", 3, EventType.VIOLENT_DEMONSTRATION, KADUNA),
                mention("elsewhere", 3, EventType.PEACEFUL_PROTEST, ZARIA),
                mention("later", 6, EventType.PEACEFUL_PROTEST, KADUNA)));
        ProtestRules.oneGathering(ms);
        assertEquals(EventType.VIOLENT_DEMONSTRATION, ms.get(0).type());
        // Another town, or another sentence, may be another protest.
        assertEquals(EventType.PEACEFUL_PROTEST, ms.get(2).type());
        assertEquals(EventType.PEACEFUL_PROTEST, ms.get(3).type());
    }

    private static EventMention mention(String id, int sentence, EventType type, Place place) {
        return new EventMention(id, "rep", sentence, type, null, null, null, place, GeoPrecision.SITE,
                TimeValue.day(LocalDate.of(2025, 6, 2)), null, null, List.of(), List.of(), List.of());
    }
}
