package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Dependency;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;

class ClaimFinderTest {
    /** A parse of the words (tag per word) with the dependencies given as head, dependent, relation. */
    private static Parse parse(String[] words, String[] tags, List<Dependency> deps) {
        List<Token> tokens = new ArrayList<>();
        int at = 0;
        for (int i = 0; i < words.length; i++) {
            tokens.add(new Token(i, words[i], words[i].toLowerCase(), tags[i], "O", at, at + words[i].length()));
            at += words[i].length() + 1;
        }
        return new Parse(new Sentence(0, 0, 0, at - 1, String.join(" ", words), tokens, deps));
    }

    @Test
    void aPlainConfirmationAsserts() {
        Parse p = parse(new String[] {"officials", "confirmed", "the", "raid"}, new String[] {"NNS", "VBD", "DT", "NN"},
                List.of(new Dependency(1, 0, "nsubj"), new Dependency(3, 2, "det"), new Dependency(1, 3, "obj")));
        assertFalse(ClaimFinder.negated(p, 1));
    }

    @Test
    void aModalAloneDoesNotHedgeAConfirmation() {
        Parse p = parse(new String[] {"I", "can", "confirm", "it"}, new String[] {"PRP", "MD", "VB", "PRP"},
                List.of(new Dependency(2, 0, "nsubj"), new Dependency(2, 1, "aux"), new Dependency(2, 3, "obj")));
        assertFalse(ClaimFinder.negated(p, 2));
    }

    @Test
    void aNegatedConfirmationAssertsNothing() {
        Parse p = parse(new String[] {"we", "could", "not", "confirm", "it"}, new String[] {"PRP", "MD", "RB", "VB", "PRP"},
                List.of(new Dependency(3, 0, "nsubj"), new Dependency(3, 1, "aux"), new Dependency(3, 2, "advmod"),
                        new Dependency(3, 4, "obj")));
        assertTrue(ClaimFinder.negated(p, 3));
    }

    @Test
    void aConfirmationUnderANegatedAbilityAssertsNothing() {
        // "we were not able to confirm it": the negation stands on "able", whose complement the cue is.
        Parse p = parse(new String[] {"we", "were", "not", "able", "to", "confirm", "it"},
                new String[] {"PRP", "VBD", "RB", "JJ", "TO", "VB", "PRP"},
                List.of(new Dependency(3, 0, "nsubj"), new Dependency(3, 1, "cop"), new Dependency(3, 2, "advmod"),
                        new Dependency(5, 4, "mark"), new Dependency(3, 5, "xcomp"), new Dependency(5, 6, "obj")));
        assertTrue(ClaimFinder.negated(p, 5));
    }
}
