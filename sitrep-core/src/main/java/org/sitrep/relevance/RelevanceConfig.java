package org.sitrep.relevance;

/**
 * Options of the relevance filter. {@code threshold}: the report score (1 per strong word, a fraction per weak one)
 * below which a report is skipped (default 1, so a strong word or four weak ones); {@code window}: neighbours kept on each side of a candidate
 * sentence, for the speaker, date and "the same group" that the next or previous sentence gives (default 1).
 */
public record RelevanceConfig(double threshold, int window) {
    public RelevanceConfig {
        if (threshold <= 0) throw new IllegalArgumentException("threshold must be positive");
        if (window < 0) throw new IllegalArgumentException("window must not be negative");
    }

    public static RelevanceConfig defaults() {
        return new RelevanceConfig(1.0, 1);
    }
}
