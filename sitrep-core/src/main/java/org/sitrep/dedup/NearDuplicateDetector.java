package org.sitrep.dedup;

/**
 * Fingerprints a cleaned report text and tells whether two fingerprints are copies of one text (a wire story and
 * its syndicated rewrites), not merely two stories on one topic. Implementations are immutable and thread-safe.
 */
public interface NearDuplicateDetector {
    Fingerprint fingerprint(String text);

    /** Estimated resemblance of the two texts, 0 (nothing shared) to 1 (same shingles). */
    double similarity(Fingerprint a, Fingerprint b);

    default boolean nearDuplicates(Fingerprint a, Fingerprint b) {
        return similarity(a, b) >= threshold();
    }

    /** The similarity from which two texts count as copies. */
    double threshold();

    /**
     * Keys under which a fingerprint is filed so that near duplicates share at least one key with high
     * probability (locality-sensitive hashing): what {@link DuplicateIndex} compares, instead of every pair.
     */
    long[] bucketKeys(Fingerprint f);
}
