package org.sitrep.dedup;

import java.util.Arrays;

/**
 * The MinHash signature of a text: for each of the detector's hash functions, the smallest hash over the text's
 * shingles. {@code shingles} is how many distinct shingles the text had (0: nothing to compare).
 */
public record Fingerprint(long[] signature, int shingles) {
    public Fingerprint {
        signature = signature.clone();
    }

    @Override
    public long[] signature() {
        return signature.clone();
    }

    long at(int i) {
        return signature[i];
    }

    int size() {
        return signature.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fingerprint f && shingles == f.shingles && Arrays.equals(signature, f.signature);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(signature) + shingles;
    }

    @Override
    public String toString() {
        return "Fingerprint[" + signature.length + " hashes, " + shingles + " shingles]";
    }
}
