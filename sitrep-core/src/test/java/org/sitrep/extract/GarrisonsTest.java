package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sitrep.resolve.actor.ActorRegistry;

class GarrisonsTest {
    private final Garrisons garrisons = Garrisons.bundled();

    @Test
    void aBaseIsHeldByItsForcesOnlyFromTheirArrival() {
        assertEquals("usa-mil", garrisons.at("sy-conoco", LocalDate.of(2024, 1, 24)).orElseThrow());
        assertTrue(garrisons.at("sy-conoco", LocalDate.of(2015, 1, 1)).isEmpty(), "before the US troops came");
        assertTrue(garrisons.at("gn-0", LocalDate.of(2024, 1, 24)).isEmpty(), "a place with no garrison");
    }

    @Test
    void everyGarrisonNamesARegisteredActor() {
        ActorRegistry registry = ActorRegistry.bundled();
        for (String place : new String[] {"iq-al-asad-air-base", "iq-erbil-airport", "sy-al-tanf", "jo-tower-22"}) {
            String actor = garrisons.at(place, LocalDate.of(2024, 1, 1)).orElseThrow(() -> new AssertionError(place));
            assertTrue(registry.actor(actor).isPresent(), actor);
        }
    }
}
