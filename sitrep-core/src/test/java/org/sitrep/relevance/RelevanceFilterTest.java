package org.sitrep.relevance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.Lexicon;
import org.sitrep.model.Sentence;
import org.sitrep.model.SentenceSelector;
import org.sitrep.model.Token;

class RelevanceFilterTest {
    private static final ConflictVocabulary VOCABULARY = ConflictVocabulary.bundled(Lexicon.bundled());
    private final RelevanceFilter filter = new RelevanceFilter(VOCABULARY, RelevanceConfig.defaults());

    /** Sentences as the tokenizer leaves them: words and offsets, no tags. */
    private static List<Sentence> sentences(String... texts) {
        List<Sentence> out = new ArrayList<>();
        int offset = 0;
        for (String text : texts) {
            List<Token> tokens = new ArrayList<>();
            int at = offset;
            for (String w : text.split(" ")) {
                tokens.add(new Token(tokens.size(), w, w, "", "O", at, at + w.length()));
                at += w.length() + 1;
            }
            out.add(new Sentence(out.size(), 0, offset, offset + text.length(), text, tokens, List.of()));
            offset += text.length() + 1;
        }
        return out;
    }

    @Test
    void conflictSentencesAndTheirNeighboursAreKept() {
        SentenceSelector.Selection s = filter.select(sentences("The town was quiet in the morning .",
                "By noon , the market was busy .", "Then two drones struck the air base , the army said .", "Officials said so .",
                "The weather was fine .", "Schools reopened ."));
        assertTrue(s.relevant());
        assertEquals(Set.of(1, 2, 3), s.sentences());
    }

    @Test
    void irregularAndInflectedFormsAreFound() {
        assertTrue(filter.select(sentences("Militants shelled the village overnight .")).relevant());
        assertTrue(VOCABULARY.score(sentences("Gunmen fought police .").get(0).tokens()).candidate());
        assertTrue(VOCABULARY.lemmas("kidnapped").contains("kidnap"));
        assertTrue(VOCABULARY.lemmas("struck").contains("strike"));
    }

    @Test
    void aLeadDenseWithWeakWordsIsReadAlone() {
        // A short report of its lead alone: "drone", "strike" and "killed" are weak each, sure together.
        assertTrue(filter.select(sentences("An Israeli drone strike on a car near Tyre killed two people .")).relevant());
        // Two weak words are not enough, nor three in a sentence about sport.
        assertFalse(filter.select(sentences("Workers will strike and rally in the capital .")).relevant());
        assertFalse(filter.select(sentences("The striker fired a shot and hit the post in the derby .")).relevant());
    }

    @Test
    void metaphorsAloneDoNotMakeAReportRelevant() {
        assertFalse(filter.select(sentences("The home side 's attack finally clicked .",
                "Workers voted to strike over pay .", "Shares rallied on Monday .")).relevant());
        // In a sentence about sport, weak war words count nothing.
        assertEquals(0.0, VOCABULARY.score(sentences("The striker hit the post in the match .").get(0).tokens()).score());
        // Capitalised inside a sentence, a weak word is a name.
        assertEquals(0.0, VOCABULARY.score(sentences("The festival opens in March .").get(0).tokens()).score());
    }

    @Test
    void aCountOfTheDisplacedIsReadButMakesNoReportRelevant() {
        // Far from any war word, a displacement or death count is still read for its tally.
        SentenceSelector.Selection s = filter.select(sentences("Rebels shelled the town on Monday .", "Markets shut .",
                "Shops shut .", "Buses stopped .", "Some 52,000 people were displaced from the district since March .",
                "Roads closed ."));
        assertTrue(s.sentences().contains(4));
        assertTrue(VOCABULARY.score(sentences("Officials recorded 140 civilian deaths this year .").get(0).tokens()).candidate());
        // Alone, such words do not make a report about conflict.
        assertFalse(filter.select(sentences("Floods displaced 3,000 families in the valley .")).relevant());
    }

    @Test
    void aReportWithoutConflictWordsKeepsNoSentence() {
        SentenceSelector.Selection s = filter.select(sentences("Researchers said the battery stores more energy .",
                "The study was published on Friday ."));
        assertFalse(s.relevant());
        assertTrue(s.sentences().isEmpty());
    }
}
