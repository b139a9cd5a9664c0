package org.sitrep.dedup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The reports seen so far, filed by LSH bucket: {@link #add} links a new report to the first earlier one it
 * copies (its source), comparing only the reports that share a bucket, so adding n reports costs about n times
 * the bucket size rather than n squared. One instance per run or per store; not thread-safe.
 */
public final class DuplicateIndex {
    /** A report and the source it copies, if any. */
    public record Entry(String id, Optional<String> source, double similarity) {
    }

    private final NearDuplicateDetector detector;
    private final Map<Long, List<Integer>> buckets = new HashMap<>();
    private final List<String> ids = new ArrayList<>();
    private final List<Fingerprint> prints = new ArrayList<>();
    private final List<String> sources = new ArrayList<>();

    public DuplicateIndex(NearDuplicateDetector detector) {
        this.detector = detector;
    }

    /** Files the report and returns its source: the earliest filed report it nearly duplicates (a copy of a copy
     * is traced to the first text). */
    public Entry add(String id, String text) {
        Fingerprint f = detector.fingerprint(text);
        long[] keys = detector.bucketKeys(f);
        Set<Integer> candidates = new LinkedHashSet<>();
        for (long k : keys) candidates.addAll(buckets.getOrDefault(k, List.of()));
        int best = -1;
        double bestSim = 0;
        for (int c : candidates) {
            double s = detector.similarity(f, prints.get(c));
            if (s >= detector.threshold() && (best < 0 || c < best)) {
                best = c;
                bestSim = s;
            }
        }
        int self = ids.size();
        ids.add(id);
        prints.add(f);
        String source = best < 0 ? null : sources.get(best) != null ? sources.get(best) : ids.get(best);
        sources.add(source);
        for (long k : keys) buckets.computeIfAbsent(k, x -> new ArrayList<>()).add(self);
        return new Entry(id, Optional.ofNullable(source), bestSim);
    }

    /** Each source with the reports that copy it, sources in the order they were filed. */
    public Map<String, List<String>> copiesBySource() {
        Map<String, List<String>> out = new java.util.LinkedHashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            String s = sources.get(i);
            if (s == null) out.computeIfAbsent(ids.get(i), x -> new ArrayList<>());
            else out.computeIfAbsent(s, x -> new ArrayList<>()).add(ids.get(i));
        }
        return out;
    }
}
