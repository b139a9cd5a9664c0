package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class OutcomeFinderTest {
    private final OutcomeFinder outcomes = new OutcomeFinder();

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
