package org.sitrep.clean;

/**
 * Options of the clean stage, merged once by the CLI and passed to {@link ReportCleaner}.
 *
 * @param nearDuplicateSimilarity how alike two paragraphs must be to count as one (Jaccard similarity of their
 *                                word 3-shingles, or the share of one paragraph's shingles found in the other);
 *                                above 0, at most 1; default 0.85
 */
public record CleanConfig(double nearDuplicateSimilarity) {
    public static final double DEFAULT_NEAR_DUPLICATE_SIMILARITY = 0.85;

    public CleanConfig {
        if (!(nearDuplicateSimilarity > 0 && nearDuplicateSimilarity <= 1)) {
            throw new IllegalArgumentException("nearDuplicateSimilarity must be above 0 and at most 1, not "
                    + nearDuplicateSimilarity);
        }
    }

    public static CleanConfig defaults() {
        return new CleanConfig(DEFAULT_NEAR_DUPLICATE_SIMILARITY);
    }
}
