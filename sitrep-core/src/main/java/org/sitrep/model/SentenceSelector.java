package org.sitrep.model;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Chooses, from a report's tokenized sentences (words and offsets only: no tags, lemmas or parse yet), the ones
 * worth the expensive annotators. Lets the annotator stay ignorant of what makes a sentence relevant. Immutable;
 * safe to share between threads.
 */
@FunctionalInterface
public interface SentenceSelector {
    /** The indexes (into the list given) of the sentences to annotate in full; empty when the report has none. */
    Selection select(List<Sentence> tokenized);

    /** The sentences chosen; {@code relevant} false means the report carries nothing to extract. */
    record Selection(boolean relevant, Set<Integer> sentences) {
        public Selection {
            sentences = Set.copyOf(sentences);
            if (!relevant && !sentences.isEmpty()) throw new IllegalArgumentException("an irrelevant report keeps no sentence");
        }

        public static Selection none() {
            return new Selection(false, Set.of());
        }
    }

    /** Every sentence: the unfiltered run. */
    static SentenceSelector all() {
        return tokenized -> new Selection(true,
                IntStream.range(0, tokenized.size()).boxed().collect(Collectors.toSet()));
    }
}
