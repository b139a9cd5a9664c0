package org.sitrep.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import org.junit.jupiter.api.Test;

class VerbTagsTest {
    private final VerbTags tags = VerbTags.bundled();

    @Test
    void setBetweenASubjectNounAndFireIsAVerb() {
        List<CoreLabel> s = TaggedWords.of("A/DT", "drone/NN", "attack/NN", "set/NN", "fire/NN", "to/TO", "a/DT", "depot/NN");
        tags.fix(s);
        assertEquals("VBD", s.get(3).tag());
        List<CoreLabel> t = TaggedWords.of("Russian/JJ", "shelling/NN", "set/NN", "ablaze/RB", "a/DT", "market/NN");
        tags.fix(t);
        assertEquals("VBD", t.get(2).tag());
    }

    @Test
    void aNounSetStaysANoun() {
        // "a chess set", "the set of rules", "a film set fire scene" without the noun before or the word after.
        List<CoreLabel> s = TaggedWords.of("a/DT", "set/NN", "of/IN", "rules/NNS");
        tags.fix(s);
        assertEquals("NN", s.get(1).tag());
        List<CoreLabel> t = TaggedWords.of("the/DT", "set/NN", "fire/NN", "alarm/NN");
        tags.fix(t);
        assertEquals("NN", t.get(1).tag());
        List<CoreLabel> u = TaggedWords.of("the/DT", "chess/NN", "set/NN", "broke/VBD");
        tags.fix(u);
        assertEquals("NN", u.get(2).tag());
    }
}
