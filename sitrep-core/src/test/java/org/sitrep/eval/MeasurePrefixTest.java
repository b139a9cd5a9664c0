package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Token;

class MeasurePrefixTest {
    private static final Predicate<String> EVENT_NOUNS = Set.of("shooting", "quake", "death")::contains;

    /** Tokens from "word/TAG" pairs; lemmas are the lower-cased words. */
    private static List<Token> tokens(String... wordTags) {
        List<Token> out = new ArrayList<>();
        int offset = 0;
        for (String wt : wordTags) {
            String word = wt.substring(0, wt.lastIndexOf('/')), tag = wt.substring(wt.lastIndexOf('/') + 1);
            out.add(new Token(out.size(), word, word.toLowerCase(), tag, "O", offset, offset + word.length()));
            offset += word.length() + 1;
        }
        return out;
    }

    @Test
    void numberAndUnitBeforeTheTriggerAreItsMeasure() {
        assertEquals(5, MeasurePrefix.length(tokens("a/DT", "6/CD", "./.", "1/CD", "-/HYPH", "magnitude/NN"), EVENT_NOUNS));
        assertEquals(4, MeasurePrefix.length(tokens("by/IN", "a/DT", "magnitude/NN", "4/CD", "./.", "6/LS"), EVENT_NOUNS));
        assertEquals(3, MeasurePrefix.length(tokens("A/DT", "magnitude/NN", "-/HYPH", "6.1/CD"), EVENT_NOUNS));
    }

    @Test
    void aCountAnAmountOrADateIsNoMeasure() {
        assertEquals(0, MeasurePrefix.length(tokens("dropped/VBD", "four/CD"), EVENT_NOUNS));
        assertEquals(0, MeasurePrefix.length(tokens("a/DT", "$/$", "5.4/CD", "billion/CD"), EVENT_NOUNS));
        assertEquals(0, MeasurePrefix.length(tokens("the/DT", "6.1/CD"), EVENT_NOUNS));
        // "the April 2012 shooting death": the noun between is an event's word, not a unit
        assertEquals(0, MeasurePrefix.length(tokens("the/DT", "April/NNP", "2012/CD", "shooting/NN"), EVENT_NOUNS));
    }

    @Test
    void aPointThatEndsASentenceOrAHyphenDoesNotOpenTheMeasure() {
        assertEquals(0, MeasurePrefix.length(tokens("magnitude/NN", "6/CD", "./."), EVENT_NOUNS));
        assertEquals(2, MeasurePrefix.length(tokens("-/HYPH", "7/CD", "magnitude/NN"), EVENT_NOUNS));
        assertEquals(0, MeasurePrefix.length(List.of(), EVENT_NOUNS));
    }
}
