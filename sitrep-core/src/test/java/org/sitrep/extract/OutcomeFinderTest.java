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
    void theMartyredAreTheDead() {
        // As Pakistani and Arabic-language outlets tell their own dead; the wounded beside them are no toll of zero.
        var o = outcomes.find("Two constables were martyred and two others injured when gunmen fired on a patrol in Tank.");
        assertEquals(2, o.fatalities());
        assertEquals(2, o.injuries());
        assertEquals(4, outcomes.find("Four soldiers embraced shahadat during the exchange of fire, the military said.").fatalities());
        assertEquals(3, outcomes.find("The attackers martyred three guards at the gate, the group's statement said.").fatalities());
    }

    @Test
    void aTollInThePresentTenseIsCounted() {
        assertEquals(2, outcomes.find("Two farmers are dead after a shell landed on their field near Orikhiv.").fatalities());
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

    @Test
    void anArmysWordForKillingCountsPeopleOnly() {
        assertEquals(9, outcomes.find("Nine gunmen were neutralised during the operation, the army said.").fatalities());
        assertEquals(30, outcomes.find("Troops neutralized about 30 bandits near the forest.").fatalities());
        assertEquals(12, outcomes.find("The soldiers eliminated 12 of them before withdrawing.").fatalities());
        // Its own dead and the enemy's told side by side are one toll.
        assertEquals(19, outcomes.find("The ministry said 4 soldiers were killed and that troops had \"neutralised\" some 15 terrorists.").fatalities());
        assertEquals(null, outcomes.find("Air defences neutralised 14 drones over the region.").fatalities());
    }

    @Test
    void aRevisedTollFarFromItsNounIsStillATollAndNoReportOfCasualtiesIsZero() {
        assertEquals(7, outcomes.find("The number of people killed when a truck bomb went off beside the busy market of the old town on Monday has risen to seven, officials said.").fatalities());
        assertTrue(OutcomeFinder.revisesToll("The number of people killed in the overnight shelling of the southern districts of the port city has climbed to 9."));
        assertEquals(0, outcomes.find("Two mortar rounds fell near the village, the agency said, without reporting casualties.").fatalities());
        assertEquals(0, outcomes.find("Rioters set fire to two police cars outside the town hall.").fatalities());
    }

    @Test
    void anInterceptionAloneTellsNoTollButNoDamageAfterItIsZero() {
        var shot = outcomes.find("Air defence crews intercepted and destroyed 17 enemy drones over the Tula region overnight.");
        assertEquals(null, shot.fatalities());
        assertTrue(shot.outcomes().contains("intercepted"));
        assertEquals(null, outcomes.find("The navy said its frigate had shot down three drones in the strait.").fatalities());
        assertEquals(0, outcomes.find("The frigate shot down three drones in the strait, and no vessels were damaged.").fatalities());
        assertEquals(0, outcomes.find("One missile was intercepted and the other fell in an empty field, causing no injuries.").fatalities());
        // Damage done by the attack is still a toll of zero; a count of materiel destroyed is not.
        assertEquals(0, outcomes.find("A drone struck a grain silo, destroying part of the roof.").fatalities());
        assertEquals(null, outcomes.find("The rebels said they had destroyed four armoured vehicles near the pass.").fatalities());
    }
}
