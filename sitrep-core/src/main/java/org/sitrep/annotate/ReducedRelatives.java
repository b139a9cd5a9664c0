package org.sitrep.annotate;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Gives the participle tag to a verb of belief in a reduced relative clause: "gunmen believed to belong to the
 * Islamic State killed 20 villagers", "militants thought to be members of al-Shabaab", "fighters said to be from
 * the RSF". The tagger reads such a verb as the sentence's past tense, and the parser then makes "believed" the
 * main verb and the attack a loose dependent of it. A noun before and "to" with a bare verb after leave no room for
 * a past tense. Runs between the tagger and the parser. Stateless; thread-safe.
 */
final class ReducedRelatives {
    private static final Set<String> BELIEF = Set.of("believed", "thought", "suspected", "alleged", "said", "reported",
            "understood", "presumed", "known");

    private ReducedRelatives() {
    }

    /** Retags, in place, "believed" in "NOUN believed to VERB" from past tense to past participle. */
    static void fix(List<CoreLabel> sentence) {
        for (int i = 1; i + 2 < sentence.size(); i++) {
            CoreLabel t = sentence.get(i);
            if (!"VBD".equals(t.tag()) || !BELIEF.contains(t.word().toLowerCase(Locale.ROOT))) continue;
            String before = sentence.get(i - 1).tag();
            if (before == null || !before.startsWith("NN")) continue;
            if (!sentence.get(i + 1).word().equalsIgnoreCase("to") || !"VB".equals(sentence.get(i + 2).tag())) continue;
            t.setTag("VBN");
        }
    }
}
