package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CorefMetricsTest {
    private static final double EPS = 1e-9;
    private final CorefMetrics metrics = new CorefMetrics();

    /** The worked example of Pradhan et al. (2014), figure 1: key {a,b,c} {d,e,f,g}; response {a,b} {c,d} {f,g,h,i}. */
    private static final List<Set<String>> KEY = List.of(Set.of("a", "b", "c"), Set.of("d", "e", "f", "g"));
    private static final List<Set<String>> RESPONSE = List.of(Set.of("a", "b"), Set.of("c", "d"), Set.of("f", "g", "h", "i"));

    @Test
    void mucMatchesThePaperExample() {
        CorefScore muc = metrics.muc(KEY, RESPONSE);
        assertEquals(2.0 / 5, muc.recall(), EPS);
        assertEquals(2.0 / 5, muc.precision(), EPS);
    }

    @Test
    void b3MatchesThePaperExample() {
        CorefScore b3 = metrics.b3(KEY, RESPONSE);
        assertEquals((5.0 / 3 + 5.0 / 4) / 7, b3.recall(), EPS); // 0.42
        assertEquals(4.0 / 8, b3.precision(), EPS);
        assertEquals(0.4545, b3.f1(), 1e-4);
    }

    @Test
    void ceafeMatchesThePaperExample() {
        CorefScore ceafe = metrics.ceafe(KEY, RESPONSE);
        // {a,b,c}-{a,b}: 2*2/5 = 0.8; {d,e,f,g}-{f,g,h,i}: 2*2/8 = 0.5
        assertEquals(1.3 / 2, ceafe.recall(), EPS);
        assertEquals(1.3 / 3, ceafe.precision(), EPS);
        assertEquals(0.52, ceafe.f1(), 1e-9);
    }

    @Test
    void identicalClusteringsScoreOne() {
        CorefMetrics.Result r = metrics.score(KEY, KEY);
        assertEquals(1, r.conllF1(), EPS);
    }

    @Test
    void allSingletonsHaveNoMucLinksButFullB3Recall() {
        List<Set<String>> singletons = List.of(Set.of("a"), Set.of("b"), Set.of("c"));
        CorefMetrics.Result r = metrics.score(singletons, singletons);
        assertEquals(0, r.muc().f1(), EPS); // no links to find
        assertEquals(1, r.b3().f1(), EPS);
        assertEquals(1, r.ceafe().f1(), EPS);
    }

    @Test
    void oneResponseClusterOverEverythingHasFullMucRecall() {
        List<Set<String>> key = List.of(Set.of("a", "b"), Set.of("c", "d"));
        CorefMetrics.Result r = metrics.score(key, List.of(Set.of("a", "b", "c", "d")));
        assertEquals(1, r.muc().recall(), EPS);
        assertEquals(2.0 / 3, r.muc().precision(), EPS);
        assertEquals(0.5, r.b3().precision(), EPS);
        // the one response cluster aligns with one key cluster: phi4 = 2*2/6
        assertEquals(2.0 / 3 / 2, r.ceafe().recall(), EPS);
        assertEquals(2.0 / 3, r.ceafe().precision(), EPS);
    }

    @Test
    void assignmentFindsTheBestPairingNotTheGreedyOne() {
        // Greedy takes 0.9 first and ends at 0.9 + 0.1; the best is 0.8 + 0.8.
        assertEquals(1.6, Assignment.maximumWeight(new double[][] {{0.9, 0.8}, {0.8, 0.1}}), EPS);
        assertEquals(0.5, Assignment.maximumWeight(new double[][] {{0.2, 0.5, 0.1}}), EPS);
        assertEquals(0, Assignment.maximumWeight(new double[0][0]), EPS);
    }

    @Test
    void assignmentAgreesWithBruteForce() {
        Random random = new Random(7);
        for (int t = 0; t < 200; t++) {
            int rows = 1 + random.nextInt(5), cols = 1 + random.nextInt(5);
            double[][] w = new double[rows][cols];
            for (double[] row : w) for (int j = 0; j < cols; j++) row[j] = random.nextInt(10) / 10.0;
            assertEquals(brute(w, 0, new boolean[cols]), Assignment.maximumWeight(w), EPS);
        }
    }

    private static double brute(double[][] w, int row, boolean[] used) {
        if (row == w.length) return 0;
        double best = brute(w, row + 1, used); // row left unassigned
        for (int j = 0; j < used.length; j++) {
            if (used[j]) continue;
            used[j] = true;
            best = Math.max(best, w[row][j] + brute(w, row + 1, used));
            used[j] = false;
        }
        return best;
    }
}
