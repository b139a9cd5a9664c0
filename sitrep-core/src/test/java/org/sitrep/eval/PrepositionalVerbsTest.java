package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Token;

class PrepositionalVerbsTest {
    private final EventFamilies families = EventFamilies.bundled();

    private static Token verb(String word, String lemma) {
        return new Token(0, word, lemma, "VBG", "O", 0, word.length());
    }

    @Test
    void aVerbFormAttachedAsAPrepositionIsNoTrigger() {
        assertTrue(PrepositionalVerbs.isPrepositional(verb("including", "include"), "case", families));
        assertTrue(PrepositionalVerbs.isPrepositional(verb("Following", "follow"), "mark", families));
    }

    @Test
    void aVerbOfSayingOrAVerbInAnotherRoleStaysATrigger() {
        assertFalse(PrepositionalVerbs.isPrepositional(verb("according", "accord"), "case", families));
        assertFalse(PrepositionalVerbs.isPrepositional(verb("including", "include"), "acl", families));
        assertFalse(PrepositionalVerbs.isPrepositional(verb("following", "follow"), null, families));
    }
}
