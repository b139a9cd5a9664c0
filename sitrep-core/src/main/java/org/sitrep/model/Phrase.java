package org.sitrep.model;

/** A stretch of one sentence: {@code text} equals the cleaned report text between {@code start} and {@code end}. */
public record Phrase(String text, int start, int end, int sentence) {
    public Phrase {
        if (start < 0 || end < start) throw new IllegalArgumentException("bad phrase span " + start + ".." + end);
    }

    public Evidence evidence(String report, String field) {
        return new Evidence(report, sentence, start, end, text, field);
    }
}
