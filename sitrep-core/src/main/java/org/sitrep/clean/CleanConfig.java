package org.sitrep.clean;

/**
 * Options of the clean stage, merged once by the CLI and passed to {@link ReportCleaner}.
 *
 * @param nearDuplicateSimilarity how alike two paragraphs must be to count as one (Jaccard similarity of their
 *                                word 3-shingles, or the share of one paragraph's shingles found in the other);
 *                                above 0, at most 1; default 0.85
 * @param maxCharacters           the longest report text (and title) taken, in chars; a longer report is rejected
 *                                before any work is done on it; at least 1; default 200,000, some ten times a long
 *                                feature article and a few minutes of CoreNLP
 */
public record CleanConfig(double nearDuplicateSimilarity, int maxCharacters) {
    public static final double DEFAULT_NEAR_DUPLICATE_SIMILARITY = 0.85;
    public static final int DEFAULT_MAX_CHARACTERS = 200_000;

    public CleanConfig {
        if (!(nearDuplicateSimilarity > 0 && nearDuplicateSimilarity <= 1)) {
            throw new IllegalArgumentException("nearDuplicateSimilarity must be above 0 and at most 1, not "
                    + nearDuplicateSimilarity);
        }
        if (maxCharacters < 1) throw new IllegalArgumentException("maxCharacters must be at least 1");
    }

    /** The given similarity and the default size limit. */
    public CleanConfig(double nearDuplicateSimilarity) {
        this(nearDuplicateSimilarity, DEFAULT_MAX_CHARACTERS);
    }

    public static CleanConfig defaults() {
        return new CleanConfig(DEFAULT_NEAR_DUPLICATE_SIMILARITY, DEFAULT_MAX_CHARACTERS);
    }
}
