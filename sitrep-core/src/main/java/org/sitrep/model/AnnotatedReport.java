package org.sitrep.model;

import java.util.List;

/** A cleaned report with its annotated sentences. */
public record AnnotatedReport(Report report, List<Sentence> sentences) {
    public AnnotatedReport {
        sentences = List.copyOf(sentences);
    }

    public int tokenCount() {
        return sentences.stream().mapToInt(s -> s.tokens().size()).sum();
    }
}
