package org.sitrep.eval;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Coreference metrics over a key (gold) and a response (predicted) clustering of mentions, as the CoNLL reference
 * scorer computes them (Pradhan et al. 2014): MUC (links), B3 (per mention), CEAF-e (entity alignment with
 * phi4 = 2|K∩R| / (|K|+|R|), found by {@link Assignment}), and the CoNLL F1, their mean. The two clusterings may
 * cover different mentions (predicted mentions): a mention the other side lacks counts as a singleton there.
 * Clusters must not share mentions. Stateless.
 */
public final class CorefMetrics {
    /** The three metrics and their CoNLL mean. */
    public record Result(CorefScore muc, CorefScore b3, CorefScore ceafe) {
        public double conllF1() {
            return (muc.f1() + b3.f1() + ceafe.f1()) / 3;
        }
    }

    public <M> Result score(Collection<? extends Set<M>> key, Collection<? extends Set<M>> response) {
        return new Result(muc(key, response), b3(key, response), ceafe(key, response));
    }

    public <M> CorefScore muc(Collection<? extends Set<M>> key, Collection<? extends Set<M>> response) {
        return new CorefScore(mucRecall(key, response), mucRecall(response, key));
    }

    /** Links of {@code key} kept by {@code response}: sum of |K| - |partitions of K| over sum of |K| - 1. */
    private static <M> double mucRecall(Collection<? extends Set<M>> key, Collection<? extends Set<M>> response) {
        Map<M, Integer> owner = owners(response);
        long num = 0, den = 0;
        for (Set<M> k : key) {
            Set<Integer> parts = new HashSet<>();
            int alone = 0;
            for (M m : k) {
                Integer r = owner.get(m);
                if (r == null) alone++;
                else parts.add(r);
            }
            num += k.size() - (parts.size() + alone);
            den += k.size() - 1;
        }
        return den == 0 ? 0 : (double) num / den;
    }

    public <M> CorefScore b3(Collection<? extends Set<M>> key, Collection<? extends Set<M>> response) {
        return new CorefScore(b3Recall(key, response), b3Recall(response, key));
    }

    private static <M> double b3Recall(Collection<? extends Set<M>> key, Collection<? extends Set<M>> response) {
        Map<M, Integer> owner = owners(response);
        double num = 0;
        long den = 0;
        for (Set<M> k : key) {
            Map<Integer, Integer> overlap = new HashMap<>();
            for (M m : k) {
                Integer r = owner.get(m);
                if (r != null) overlap.merge(r, 1, Integer::sum);
            }
            for (int n : overlap.values()) num += (double) n * n / k.size();
            den += k.size();
        }
        return den == 0 ? 0 : num / den;
    }

    public <M> CorefScore ceafe(Collection<? extends Set<M>> key, Collection<? extends Set<M>> response) {
        List<Set<M>> ks = new ArrayList<>(key), rs = new ArrayList<>(response);
        Map<M, Integer> owner = owners(rs);
        // phi4 is non-zero only between clusters that share a mention, so the alignment splits into the connected
        // parts of that graph; each is small, where one matrix over every cluster of ECB+ would be thousands wide.
        List<Map<Integer, Integer>> overlaps = new ArrayList<>();
        for (Set<M> k : ks) {
            Map<Integer, Integer> o = new HashMap<>();
            for (M m : k) {
                Integer r = owner.get(m);
                if (r != null) o.merge(r, 1, Integer::sum);
            }
            overlaps.add(o);
        }
        int[] parent = new int[ks.size() + rs.size()];
        for (int i = 0; i < parent.length; i++) parent[i] = i;
        for (int i = 0; i < ks.size(); i++) for (int r : overlaps.get(i).keySet()) union(parent, i, ks.size() + r);
        Map<Integer, List<Integer>> keysOf = new HashMap<>(), responsesOf = new HashMap<>();
        for (int i = 0; i < ks.size(); i++) keysOf.computeIfAbsent(find(parent, i), x -> new ArrayList<>()).add(i);
        for (int j = 0; j < rs.size(); j++) responsesOf.computeIfAbsent(find(parent, ks.size() + j), x -> new ArrayList<>()).add(j);
        double total = 0;
        for (Map.Entry<Integer, List<Integer>> part : keysOf.entrySet()) {
            List<Integer> kIdx = part.getValue(), rIdx = responsesOf.getOrDefault(part.getKey(), List.of());
            if (rIdx.isEmpty()) continue;
            double[][] phi = new double[kIdx.size()][rIdx.size()];
            for (int a = 0; a < kIdx.size(); a++) {
                for (int b = 0; b < rIdx.size(); b++) {
                    int common = overlaps.get(kIdx.get(a)).getOrDefault(rIdx.get(b), 0);
                    phi[a][b] = 2.0 * common / (ks.get(kIdx.get(a)).size() + rs.get(rIdx.get(b)).size());
                }
            }
            total += Assignment.maximumWeight(phi);
        }
        return new CorefScore(ks.isEmpty() ? 0 : total / ks.size(), rs.isEmpty() ? 0 : total / rs.size());
    }

    private static <M> Map<M, Integer> owners(Collection<? extends Set<M>> clusters) {
        Map<M, Integer> owner = new HashMap<>();
        int i = 0;
        for (Set<M> c : clusters) {
            for (M m : c) {
                if (owner.put(m, i) != null) throw new IllegalArgumentException("mention in two clusters: " + m);
            }
            i++;
        }
        return owner;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) i = parent[i] = parent[parent[i]];
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        parent[find(parent, a)] = find(parent, b);
    }
}
