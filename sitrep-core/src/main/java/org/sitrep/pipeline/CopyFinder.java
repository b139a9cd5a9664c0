package org.sitrep.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.dedup.Fingerprint;
import org.sitrep.dedup.NearDuplicateDetector;
import org.sitrep.model.Report;
import org.sitrep.model.ReportFingerprint;
import org.sitrep.store.EventStore;

/**
 * Fingerprints a cleaned report and finds the stored report it copies: the earliest stored report sharing an LSH
 * bucket whose similarity reaches the detector's threshold, traced to the first text of its chain (a copy of a copy
 * points at the original), as {@link org.sitrep.dedup.DuplicateIndex} does in memory. The store answers from its
 * bucket index, so the cost does not grow with the store. Immutable; thread-safe if the store is.
 */
final class CopyFinder {
    private final NearDuplicateDetector detector;

    CopyFinder(NearDuplicateDetector detector) {
        this.detector = detector;
    }

    ReportFingerprint fingerprint(Report report, EventStore store) {
        Fingerprint f = detector.fingerprint(report.text());
        long[] keys = detector.bucketKeys(f);
        List<Long> buckets = new ArrayList<>(keys.length);
        for (long k : keys) buckets.add(k);
        List<Long> signature = new ArrayList<>();
        for (long v : f.signature()) signature.add(v);
        for (ReportFingerprint stored : store.fingerprintsInBuckets(buckets)) {
            if (stored.report().equals(report.id()) || stored.signature().size() != signature.size()) continue;
            double s = detector.similarity(f, new Fingerprint(unbox(stored.signature()), stored.shingles()));
            if (s >= detector.threshold()) {
                String source = stored.isCopy() ? stored.duplicateOf() : stored.report();
                return new ReportFingerprint(report.id(), signature, f.shingles(), buckets, source, s);
            }
        }
        return new ReportFingerprint(report.id(), signature, f.shingles(), buckets, null, null);
    }

    private static long[] unbox(List<Long> values) {
        long[] out = new long[values.size()];
        for (int i = 0; i < out.length; i++) out[i] = values.get(i);
        return out;
    }
}
