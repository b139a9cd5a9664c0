package org.sitrep.dedup;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * MinHash (Broder 1997) over word shingles: the share of equal signature positions estimates the Jaccard
 * resemblance of the two texts' shingle sets. Words are lower-cased letter and digit runs, so punctuation, case
 * and spacing edits do not count; shingles of {@code shingleWords} words keep two stories on one topic apart
 * (they share names and phrases, rarely runs of words). LSH buckets are {@code bands} bands of
 * {@code hashes / bands} rows, which puts pairs above about (1/bands)^(1/rows) (0.125 by default) in a shared bucket.
 *
 * <p>Options and defaults ({@link #defaults()}): 128 hashes, 64 bands of 2, shingles of 3 words, threshold 0.3
 * (a rewrite with a new lead and a sentence cut scores about 0.5, two stories on one topic below 0.1); the seed fixes the hash functions so fingerprints stored
 * by one run compare with the next.
 */
public final class MinHashDetector implements NearDuplicateDetector {
    private final int shingleWords;
    private final int bands;
    private final double threshold;
    private final long[] seeds;

    public MinHashDetector(int hashes, int bands, int shingleWords, double threshold, long seed) {
        if (hashes < 1 || bands < 1 || hashes % bands != 0) throw new IllegalArgumentException("hashes must be a multiple of bands");
        if (shingleWords < 1) throw new IllegalArgumentException("shingleWords must be at least 1");
        if (threshold <= 0 || threshold > 1) throw new IllegalArgumentException("threshold must be in (0, 1]");
        this.shingleWords = shingleWords;
        this.bands = bands;
        this.threshold = threshold;
        this.seeds = new long[hashes];
        long s = seed;
        for (int i = 0; i < hashes; i++) seeds[i] = s = mix(s + 0x9E3779B97F4A7C15L);
    }

    public static MinHashDetector defaults() {
        return new MinHashDetector(128, 64, 3, 0.3, 20231027L);
    }

    @Override
    public Fingerprint fingerprint(String text) {
        Set<Long> shingles = shingles(text);
        long[] sig = new long[seeds.length];
        java.util.Arrays.fill(sig, Long.MAX_VALUE);
        for (long sh : shingles) {
            for (int i = 0; i < seeds.length; i++) {
                long h = mix(sh ^ seeds[i]);
                if (h < sig[i]) sig[i] = h;
            }
        }
        return new Fingerprint(sig, shingles.size());
    }

    @Override
    public double similarity(Fingerprint a, Fingerprint b) {
        if (a.size() != seeds.length || b.size() != seeds.length) throw new IllegalArgumentException("fingerprint from another detector");
        if (a.shingles() == 0 || b.shingles() == 0) return 0;
        int same = 0;
        for (int i = 0; i < seeds.length; i++) if (a.at(i) == b.at(i)) same++;
        return (double) same / seeds.length;
    }

    @Override
    public double threshold() {
        return threshold;
    }

    @Override
    public long[] bucketKeys(Fingerprint f) {
        if (f.shingles() == 0) return new long[0];
        int rows = seeds.length / bands;
        long[] keys = new long[bands];
        for (int b = 0; b < bands; b++) {
            long h = b;
            for (int r = 0; r < rows; r++) h = mix(h * 31 + f.at(b * rows + r));
            keys[b] = h;
        }
        return keys;
    }

    /** Hashes of the distinct runs of {@code shingleWords} words (a shorter text is one shingle). */
    Set<Long> shingles(String text) {
        String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
        java.util.List<String> w = new java.util.ArrayList<>();
        for (String x : words) if (!x.isEmpty()) w.add(x);
        Set<Long> out = new HashSet<>();
        if (w.isEmpty()) return out;
        int n = Math.max(1, w.size() - shingleWords + 1);
        for (int i = 0; i < n; i++) {
            long h = 0xcbf29ce484222325L; // FNV-1a, 64 bits
            for (int j = i; j < Math.min(w.size(), i + shingleWords); j++) {
                String word = w.get(j);
                for (int k = 0; k < word.length(); k++) h = (h ^ word.charAt(k)) * 0x100000001b3L;
                h = (h ^ ' ') * 0x100000001b3L;
            }
            out.add(h);
        }
        return out;
    }

    /** SplitMix64's finaliser: a cheap, well-spread 64-bit mixing function. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
