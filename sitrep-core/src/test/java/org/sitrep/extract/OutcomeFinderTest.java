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

    @Test
    void aTollSplitBySideIsTheSumOfItsParts() {
        assertEquals(17, outcomes.find("Five Somali soldiers and 12 al-Shabaab fighters were killed in the attack.").fatalities());
        // Either part may be rounded, as ministry bulletins give the enemy's dead.
        assertEquals(34, outcomes.find("Four Malian soldiers and around 30 assailants died in the fighting, the army said.").fatalities());
        // A range is no split.
        assertEquals(20, outcomes.find("Between 10 and 20 people were killed, residents said.").fatalities());
    }

    @Test
    void tollsInOtherWords() {
        assertEquals(9, outcomes.find("Nine soldiers lost their lives in the ambush.").fatalities());
        assertEquals(46, outcomes.find("The number of dead had reached 46, the spokesman said.").fatalities());
        assertEquals(31, outcomes.find("Two residents said they had counted 31 bodies.").fatalities());
    }

    @Test
    void deathsAlsoCountedAddToTheTollBefore() {
        assertEquals(10, OutcomeFinder.added("Six attackers were also killed in the gunfight.", 4, 6));
        assertEquals(6, OutcomeFinder.added("The toll rose to 6.", 4, 6));
        assertEquals(6, OutcomeFinder.added("Six attackers were also killed.", null, 6));
    }
}
