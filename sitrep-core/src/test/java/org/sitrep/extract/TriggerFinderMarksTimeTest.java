package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Dependency;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;

class TriggerFinderMarksTimeTest {
    private static Token token(int i, String word, String tag, int start) {
        return new Token(i, word, word.toLowerCase(), tag, "O", start, start + word.length());
    }

    /** "two days after the raid": the raid is the point the span is counted from. */
    @Test
    void aNounASpanIsCountedFromMarksTime() {
        List<Token> tokens = List.of(token(0, "two", "CD", 0), token(1, "day", "NN", 4), token(2, "after", "IN", 8),
                token(3, "the", "DT", 14), token(4, "raid", "NN", 18));
        List<Dependency> deps = List.of(new Dependency(1, 0, "nummod"), new Dependency(4, 2, "case"),
                new Dependency(4, 3, "det"), new Dependency(1, 4, "nmod:after"));
        Parse p = new Parse(new Sentence(0, 0, 0, 22, "two day after the raid", tokens, deps));
        assertTrue(TriggerFinder.marksTime(p, 4));
    }

    /** "the raid on the day": the raid itself is the event, the day its time. */
    @Test
    void aNounThatHoldsTheTimeDoesNot() {
        List<Token> tokens = List.of(token(0, "the", "DT", 0), token(1, "raid", "NN", 4), token(2, "on", "IN", 9),
                token(3, "the", "DT", 12), token(4, "day", "NN", 16));
        List<Dependency> deps = List.of(new Dependency(1, 0, "det"), new Dependency(4, 2, "case"),
                new Dependency(4, 3, "det"), new Dependency(1, 4, "nmod:on"));
        Parse p = new Parse(new Sentence(0, 0, 0, 19, "the raid on the day", tokens, deps));
        assertFalse(TriggerFinder.marksTime(p, 1));
    }
}
