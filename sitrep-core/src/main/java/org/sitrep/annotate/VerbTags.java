package org.sitrep.annotate;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.sitrep.refdata.TsvRows;

/**
 * Gives the verb tag back to words the tagger takes for nouns between a subject and the words that make them a verb
 * phrase ("A drone attack set fire to a depot", where "set" came out as a noun and the attack as a modifier of
 * "fire"). The reverse of {@link NounTags}, run beside it between the tagger and the parser. The words are in
 * {@code verb-tags.tsv}. Immutable; thread-safe.
 */
final class VerbTags {
    private static final Set<String> NOUNS = Set.of("NN", "NNS", "NNP", "NNPS");

    private record Repair(Set<String> next, String tag) {}

    private final Map<String, Repair> repairs;

    private VerbTags(Map<String, Repair> repairs) {
        this.repairs = Map.copyOf(repairs);
    }

    static VerbTags bundled() {
        return new VerbTags(TsvRows.resource(VerbTags.class, "verb-tags.tsv").stream().collect(Collectors.toMap(
                r -> r.required("word"), r -> new Repair(Set.of(r.required("next").split("\\|")), r.required("tag")),
                (a, b) -> a)));
    }

    /** Retags, in place, a listed word tagged as a noun between a noun and one of its next words. */
    void fix(List<CoreLabel> sentence) {
        for (int i = 1; i + 1 < sentence.size(); i++) {
            CoreLabel t = sentence.get(i);
            Repair r = repairs.get(t.word().toLowerCase(Locale.ROOT));
            if (r == null || t.tag() == null || !NOUNS.contains(t.tag())) continue;
            String before = sentence.get(i - 1).tag();
            if (before == null || !NOUNS.contains(before)) continue;
            if (r.next().contains(sentence.get(i + 1).word().toLowerCase(Locale.ROOT))) t.setTag(r.tag());
        }
    }
}
