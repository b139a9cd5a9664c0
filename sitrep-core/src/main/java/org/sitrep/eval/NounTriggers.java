package org.sitrep.eval;

import java.util.Locale;
import java.util.Set;

/**
 * Which nouns the generic ECB+ trigger finder takes for event mentions: a listed event noun, a word of an event
 * family, or a nominalisation (-tion, -sion, -ment, -ance, -ence: "conference", "disappearance"). Immutable.
 *
 * @param eventNouns lower-case lemmas of nouns that name events ("attack", "election")
 * @param families   the event families, whose words are event words as nouns too
 */
public record NounTriggers(Set<String> eventNouns, EventFamilies families) {
    public NounTriggers {
        eventNouns = Set.copyOf(eventNouns);
    }

    /** Whether the common noun of lower-case {@code lemma} names an event. */
    public boolean isEventNoun(String lemma) {
        return eventNouns.contains(lemma) || families.contains(lemma) || lemma.matches(".{3,}(tion|sion|ment|ance|ence)");
    }

    /**
     * Whether a word tagged as a proper noun is an event word all the same: title-case headlines ("Jury Finds Man
     * Guilty In Killing", "HP Acquisitions") have their event words tagged NNP, with the word itself for lemma.
     */
    public boolean isTitleCaseEventWord(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return isEventNoun(w) || (w.endsWith("s") && isEventNoun(w.substring(0, w.length() - 1)));
    }
}
