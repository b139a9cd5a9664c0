package org.sitrep.annotate;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.sitrep.refdata.TsvRows;

/**
 * Gives the noun tag back to words the tagger takes for verbs in a noun's place ("a Russian drone hit a minibus",
 * where "drone" came out as a verb and the parse made "hit" a passive of it). Runs between the tagger and the
 * parser, which reads the tags. The words are in {@code noun-tags.tsv}. Immutable; thread-safe.
 */
final class NounTags {
    /** Tags of the word before that leave no room for a verb: determiners, numbers, possessives, modifiers. */
    private static final Set<String> NOUN_CONTEXT = Set.of("DT", "CD", "PRP$", "POS", "JJ", "JJR", "JJS", "NN",
            "NNS", "NNP", "NNPS", "VBN");

    private final Map<String, String> tags;

    private NounTags(Map<String, String> tags) {
        this.tags = Map.copyOf(tags);
    }

    static NounTags bundled() {
        return new NounTags(TsvRows.resource(NounTags.class, "noun-tags.tsv").stream()
                .collect(Collectors.toMap(r -> r.required("word"), r -> r.required("tag"), (a, b) -> a)));
    }

    /**
     * Retags, in place, the listed words tagged as a base or present verb, or as an -ing form ("Russian shelling
     * killed five"), right after a noun's context.
     */
    void fix(List<CoreLabel> sentence) {
        for (int i = 1; i < sentence.size(); i++) {
            CoreLabel t = sentence.get(i);
            String noun = tags.get(t.word().toLowerCase(Locale.ROOT));
            if (noun == null || t.tag() == null || !(t.tag().equals("VB") || t.tag().equals("VBP") || t.tag().equals("VBG"))) continue;
            String before = sentence.get(i - 1).tag();
            if (before != null && NOUN_CONTEXT.contains(before)) t.setTag(noun);
        }
    }
}
