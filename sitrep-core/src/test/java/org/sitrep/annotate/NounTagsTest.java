package org.sitrep.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import org.junit.jupiter.api.Test;

class NounTagsTest {
    private final NounTags tags = NounTags.bundled();

    @Test
    void aDroneAfterADeterminerOrModifierIsANoun() {
        List<CoreLabel> s = TaggedWords.of("A/DT", "Russian/JJ", "drone/VB", "hit/VBD", "a/DT", "bus/NN");
        tags.fix(s);
        assertEquals("NN", s.get(2).tag());
        List<CoreLabel> t = TaggedWords.of("The/DT", "drone/VBP", "struck/VBD");
        tags.fix(t);
        assertEquals("NN", t.get(1).tag());
    }

    @Test
    void aVerbAfterASubjectPronounOrModalStaysAVerb() {
        List<CoreLabel> s = TaggedWords.of("Speeches/NNS", "will/MD", "drone/VB", "on/RP");
        tags.fix(s);
        assertEquals("VB", s.get(2).tag());
        List<CoreLabel> t = TaggedWords.of("They/PRP", "drone/VBP", "on/RP");
        tags.fix(t);
        assertEquals("VBP", t.get(1).tag());
    }

    @Test
    void anIngNounOfAttackAfterAModifierIsANounButNotAfterAnAuxiliary() {
        List<CoreLabel> s = TaggedWords.of("Russian/JJ", "shelling/VBG", "killed/VBD", "five/CD");
        tags.fix(s);
        assertEquals("NN", s.get(1).tag());
        List<CoreLabel> t = TaggedWords.of("forces/NNS", "were/VBD", "shelling/VBG", "Kherson/NNP");
        tags.fix(t);
        assertEquals("VBG", t.get(2).tag());
    }

    @Test
    void wordsNotListedAreLeftAlone() {
        List<CoreLabel> s = TaggedWords.of("the/DT", "strike/VB");
        tags.fix(s);
        assertEquals("VB", s.get(1).tag());
    }
}
