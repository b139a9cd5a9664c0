package org.sitrep.eval;

/**
 * The Kuhn-Munkres (Hungarian) algorithm: the one-to-one assignment of rows to columns with the largest total
 * weight, in O(n^3) with row and column potentials. Rectangular matrices are padded with zero weights.
 */
public final class Assignment {
    private Assignment() {
    }

    /** The largest total weight of a one-to-one assignment (unassigned rows or columns add nothing). */
    public static double maximumWeight(double[][] weight) {
        int rows = weight.length, cols = rows == 0 ? 0 : weight[0].length;
        if (rows == 0 || cols == 0) return 0;
        int n = Math.max(rows, cols);
        double max = 0;
        for (double[] row : weight) for (double w : row) max = Math.max(max, w);
        // Minimise cost = max - weight over a square matrix (1-based arrays, as in the classic formulation).
        double[][] cost = new double[n + 1][n + 1];
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= n; j++) cost[i][j] = max - (i <= rows && j <= cols ? weight[i - 1][j - 1] : 0);
        }
        double[] u = new double[n + 1], v = new double[n + 1];
        int[] match = new int[n + 1], way = new int[n + 1];
        for (int i = 1; i <= n; i++) {
            match[0] = i;
            int j0 = 0;
            double[] minv = new double[n + 1];
            boolean[] used = new boolean[n + 1];
            java.util.Arrays.fill(minv, Double.POSITIVE_INFINITY);
            do {
                used[j0] = true;
                int i0 = match[j0], j1 = 0;
                double delta = Double.POSITIVE_INFINITY;
                for (int j = 1; j <= n; j++) {
                    if (used[j]) continue;
                    double cur = cost[i0][j] - u[i0] - v[j];
                    if (cur < minv[j]) {
                        minv[j] = cur;
                        way[j] = j0;
                    }
                    if (minv[j] < delta) {
                        delta = minv[j];
                        j1 = j;
                    }
                }
                for (int j = 0; j <= n; j++) {
                    if (used[j]) {
                        u[match[j]] += delta;
                        v[j] -= delta;
                    } else {
                        minv[j] -= delta;
                    }
                }
                j0 = j1;
            } while (match[j0] != 0);
            do {
                int j1 = way[j0];
                match[j0] = match[j1];
                j0 = j1;
            } while (j0 != 0);
        }
        double total = 0;
        for (int j = 1; j <= n; j++) {
            int i = match[j];
            if (i >= 1 && i <= rows && j <= cols) total += weight[i - 1][j - 1];
        }
        return total;
    }
}
