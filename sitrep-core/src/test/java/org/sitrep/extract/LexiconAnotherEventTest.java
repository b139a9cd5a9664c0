package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LexiconAnotherEventTest {
    private final Lexicon lexicon = Lexicon.bundled();

    @Test
    void wordsThatSetASecondDeedApartAreListed() {
        for (String w : new String[] {"also", "another", "separately", "elsewhere", "later"}) {
            assertTrue(lexicon.marksAnotherEvent(w), w);
        }
        // "Two bombs struck houses in the village": nothing in it tells of a second deed.
        for (String w : new String[] {"two", "bomb", "strike", "village", "the"}) assertFalse(lexicon.marksAnotherEvent(w), w);
    }
}
