package org.sitrep.merge;

import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.sitrep.refdata.Names;

/** What a statement or tally is about, as a set of content words: enough to tell two accusations or counts apart. */
final class TopicWords {
    /** Words that say nothing of what a statement or count is about. */
    private static final Set<String> FUNCTION_WORDS = Set.of("the", "a", "an", "of", "on", "in", "at", "to", "for",
            "and", "or", "by", "with", "from", "its", "their", "his", "her", "our", "this", "that", "these", "those");

    private TopicWords() {
    }

    /** Whether both texts are known and share a content word, singular and plural alike. */
    static boolean shareWord(@Nullable String a, @Nullable String b) {
        if (a == null || b == null) return false;
        Set<String> words = of(a);
        for (String w : of(b)) if (words.contains(w)) return true;
        return false;
    }

    private static Set<String> of(String text) {
        Set<String> out = new HashSet<>();
        for (String w : Names.key(text).split(" ")) {
            if (w.isEmpty() || FUNCTION_WORDS.contains(w)) continue;
            // "attacks" and "attack", "strikes" and "strike".
            out.add(w.length() > 3 && w.endsWith("s") ? w.substring(0, w.length() - 1) : w);
        }
        return out;
    }
}
