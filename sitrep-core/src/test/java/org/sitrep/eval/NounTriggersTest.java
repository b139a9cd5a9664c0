package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class NounTriggersTest {
    private final NounTriggers triggers = new NounTriggers(Set.of("trial"), EventFamilies.bundled());

    @Test
    void listedNounsFamilyWordsAndNominalisationsAreEventNouns() {
        assertTrue(triggers.isEventNoun("trial"));
        assertTrue(triggers.isEventNoun("earthquake"));
        assertTrue(triggers.isEventNoun("conference"));
        assertTrue(triggers.isEventNoun("disappearance"));
        assertTrue(triggers.isEventNoun("announcement"));
        assertFalse(triggers.isEventNoun("company"));
        // too short a stem to be a nominalisation
        assertFalse(triggers.isEventNoun("fence"));
    }

    @Test
    void titleCaseWordsAreReadInLowerCaseAndSingular() {
        assertTrue(triggers.isTitleCaseEventWord("Trial"));
        assertTrue(triggers.isTitleCaseEventWord("Acquisitions"));
        assertTrue(triggers.isTitleCaseEventWord("EARTHQUAKE"));
        assertFalse(triggers.isTitleCaseEventWord("Healdsburg"));
    }
}
