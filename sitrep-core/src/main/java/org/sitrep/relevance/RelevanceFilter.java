package org.sitrep.relevance;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sitrep.model.Sentence;
import org.sitrep.model.SentenceSelector;

/**
 * Decides from tokens alone which sentences of a report deserve tagging, NER and parsing (issue 8): none when the
 * report's conflict score is under the threshold (most news), else every sentence with a conflict word or a
 * statement cue, and its neighbours. What the extractor takes from other sentences needs no parse: dates
 * (TimeResolver reads words) and the places that give the report's context (PlaceMatcher reads words; NER only
 * vetoes derived gazetteer rows). Immutable; thread-safe.
 */
public final class RelevanceFilter implements SentenceSelector {
    private final ConflictVocabulary vocabulary;
    private final RelevanceConfig config;

    public RelevanceFilter(ConflictVocabulary vocabulary, RelevanceConfig config) {
        this.vocabulary = vocabulary;
        this.config = config;
    }

    @Override
    public Selection select(List<Sentence> tokenized) {
        double score = 0;
        boolean[] candidate = new boolean[tokenized.size()];
        for (int i = 0; i < tokenized.size(); i++) {
            ConflictVocabulary.SentenceScore s = vocabulary.score(tokenized.get(i).tokens());
            candidate[i] = s.candidate();
            score += s.score();
        }
        if (score < config.threshold()) return Selection.none();
        Set<Integer> keep = new HashSet<>();
        for (int i = 0; i < candidate.length; i++) {
            if (!candidate[i]) continue;
            for (int k = Math.max(0, i - config.window()); k <= Math.min(candidate.length - 1, i + config.window()); k++) {
                keep.add(k);
            }
        }
        return new Selection(true, keep);
    }
}
