package org.sitrep.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Groups documents that tell one story: TF-IDF vectors of their words, cosine similarity, agglomerative clustering
 * stopped when no two clusters are more similar than {@code threshold}. Words are taken as given (the caller picks
 * and lower-cases them, e.g. {@link StoryTerms}). Cubic in documents: for benchmark sets.
 */
public final class DocumentClusterer {
    /**
     * How similar two clusters are: the mean of their documents' pairwise similarities, or the least of them. With
     * complete link every two documents of a cluster must be alike, so a chain of reports that each share a little
     * with the next does not join two stories.
     */
    public enum Linkage { AVERAGE, COMPLETE }

    private final double threshold;
    private final Linkage linkage;

    public DocumentClusterer(double threshold, Linkage linkage) {
        if (threshold <= 0 || threshold >= 1) throw new IllegalArgumentException("threshold must be in (0, 1)");
        this.threshold = threshold;
        this.linkage = Objects.requireNonNull(linkage);
    }

    public DocumentClusterer(double threshold) {
        this(threshold, Linkage.AVERAGE);
    }

    public List<Set<String>> cluster(Map<String, List<String>> words) {
        List<String> names = new ArrayList<>(words.keySet());
        Map<String, Integer> df = new HashMap<>();
        for (List<String> ws : words.values()) for (String w : new LinkedHashSet<>(ws)) df.merge(w, 1, Integer::sum);
        List<Map<String, Double>> vectors = new ArrayList<>();
        for (String n : names) {
            Map<String, Double> v = new HashMap<>();
            for (String w : words.get(n)) v.merge(w, 1.0, Double::sum);
            double norm = 0;
            for (Map.Entry<String, Double> e : v.entrySet()) {
                double x = (1 + Math.log(e.getValue())) * Math.log((double) names.size() / df.get(e.getKey()));
                e.setValue(x);
                norm += x * x;
            }
            double len = Math.sqrt(norm);
            if (len > 0) v.replaceAll((k, x) -> x / len);
            vectors.add(v);
        }
        int n = names.size();
        double[][] sim = new double[n][n];
        for (int i = 0; i < n; i++) for (int j = i + 1; j < n; j++) sim[i][j] = sim[j][i] = dot(vectors.get(i), vectors.get(j));
        List<List<Integer>> clusters = new ArrayList<>();
        for (int i = 0; i < n; i++) clusters.add(new ArrayList<>(List.of(i)));
        while (true) {
            int bi = -1, bj = -1;
            double best = threshold;
            for (int i = 0; i < clusters.size(); i++) {
                for (int j = i + 1; j < clusters.size(); j++) {
                    double s = linkage == Linkage.AVERAGE ? 0 : Double.MAX_VALUE;
                    for (int a : clusters.get(i)) {
                        for (int b : clusters.get(j)) s = linkage == Linkage.AVERAGE ? s + sim[a][b] : Math.min(s, sim[a][b]);
                    }
                    if (linkage == Linkage.AVERAGE) s /= clusters.get(i).size() * clusters.get(j).size();
                    if (s > best) {
                        best = s;
                        bi = i;
                        bj = j;
                    }
                }
            }
            if (bi < 0) break;
            clusters.get(bi).addAll(clusters.remove(bj));
        }
        List<Set<String>> out = new ArrayList<>();
        for (List<Integer> c : clusters) {
            Set<String> s = new LinkedHashSet<>();
            for (int i : c) s.add(names.get(i));
            out.add(s);
        }
        return out;
    }

    private static double dot(Map<String, Double> a, Map<String, Double> b) {
        if (a.size() > b.size()) return dot(b, a);
        double s = 0;
        for (Map.Entry<String, Double> e : a.entrySet()) s += e.getValue() * b.getOrDefault(e.getKey(), 0.0);
        return s;
    }

    /** Document name to cluster number, for looking up a mention's document cluster. */
    public static Map<String, Integer> index(List<Set<String>> clusters) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (int i = 0; i < clusters.size(); i++) for (String d : clusters.get(i)) out.put(d, i);
        return out;
    }
}
