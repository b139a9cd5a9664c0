package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Dependency;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;

/** How far apart two words of a split statement cue may hang in the parse, on hand-built parses. */
class StatementCueTest {
    /** words[i] is "word/tag/head/relation"; head -1 is the root. */
    private static Parse parse(String... words) {
        List<Token> tokens = new ArrayList<>();
        List<Dependency> deps = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            String[] w = words[i].split("/");
            if (text.length() > 0) text.append(' ');
            int start = text.length();
            text.append(w[0]);
            tokens.add(new Token(i, w[0], w[0].toLowerCase(), w[1], "O", start, text.length()));
            deps.add(new Dependency(Integer.parseInt(w[2]), i, w[3]));
        }
        return new Parse(new Sentence(0, 0, 0, text.length(), text.toString(), tokens, deps));
    }

    @Test
    void callOnItsObjectIsTwoStepsAway() {
        // "Governor called on Baghdad": on -> Baghdad -> called.
        Parse p = parse("Governor/NNP/1/nsubj", "called/VBD/-1/root", "on/IN/3/case", "Baghdad/NNP/1/obl:on");
        assertEquals(2, StatementFinder.treeDistance(p, 1, 2));
    }

    @Test
    void onInsideTheObjectIsTooFar() {
        // "condemned what he called a cowardly attack on recruits": on -> recruits -> attack -> called.
        Parse p = parse("he/PRP/1/nsubj", "called/VBD/-1/root", "a/DT/3/det", "attack/NN/1/obj", "on/IN/5/case",
                "recruits/NNS/3/nmod:on");
        assertTrue(StatementFinder.treeDistance(p, 1, 4) > 2);
    }

    @Test
    void heldResponsibleIsOneStep() {
        Parse p = parse("we/PRP/1/nsubj", "hold/VBP/-1/root", "Iran/NNP/3/nsubj", "responsible/JJ/1/xcomp");
        assertEquals(1, StatementFinder.treeDistance(p, 1, 3));
    }
}
