package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OutcomeFinderTest {
    private final OutcomeFinder outcomes = new OutcomeFinder();

    @Test
    void aRisingTollIsARevision() {
        assertTrue(OutcomeFinder.revisesToll("The toll later rose to 12."));
        assertTrue(OutcomeFinder.revisesToll("The death toll had climbed to 43, the mission said."));
        assertFalse(OutcomeFinder.revisesToll("The attack killed 12 people."));
    }

    @Test
    void aTollWithWhoTheyWereBetweenCommasIsCounted() {
        var o = outcomes.find("Eleven people, among them three children, died when a drone hit a building in Odesa.");
        assertEquals(11, o.fatalities());
        var w = outcomes.find("Twenty people, including two medics, were wounded in the strike.");
        assertEquals(20, w.injuries());
    }

    @Test
    void aCommaAfterTheCountThatOpensAnotherClauseIsNoToll() {
        // The words after the comma are not who the three were.
        var o = outcomes.find("Three rockets, the army said, were fired at the town.");
        assertEquals(null, o.fatalities());
    }
}
