package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sitrep.model.EventType;

/** "a bomb tore through a bus": a verb that tells an attack only with a weapon as its doer, like "slammed into". */
class LexiconTearThroughTest {
    private final Lexicon lexicon = Lexicon.bundled();

    @Test
    void tearAndRipAreVerbTriggersThatNeedAWeapon() {
        for (String w : new String[] {"tear", "rip"}) {
            Lexicon.Trigger t = lexicon.trigger(w, false);
            assertNotNull(t, w);
            assertEquals(EventType.REMOTE_EXPLOSIVE, t.fallback(), w);
            assertTrue(lexicon.isByWeapon(w), w);
            assertTrue(lexicon.isSecondary(w), w);
            // "a tear in the fabric", "a rip in the hull": the nouns tell nothing.
            assertNull(lexicon.trigger(w, true), w);
        }
    }
}
