package org.sitrep.eval.geo;

import java.util.Arrays;
import java.util.List;

/**
 * Geocoding figures over a list of errors in km, as Gritta et al. define them ("A Pragmatic Guide to Geoparsing
 * Evaluation", 2019, and their CamCoder scripts): {@code acc161} the share of errors under 161 km (100 miles);
 * {@code auc} the area under the sorted curve of ln(1 + error) by the trapezoidal rule at unit spacing, divided by
 * (n - 1) · ln(20039) (20,039 km is half the Earth's circumference, the largest possible error), so 0 is perfect
 * and 1 the worst; {@code meanKm} and {@code medianKm} of the raw errors. A toponym Sitrep does not resolve counts
 * with the largest error, 20,039 km, as the guide recommends.
 */
public record GeoScore(int n, double acc161, double auc, double meanKm, double medianKm) {
    public static final double MAX_ERROR_KM = 20039;
    public static final double ACCURACY_KM = 161;

    public static GeoScore of(List<Double> errorsKm) {
        int n = errorsKm.size();
        if (n == 0) return new GeoScore(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        double[] e = errorsKm.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        for (double v : e) if (v < 0 || Double.isNaN(v)) throw new IllegalArgumentException("bad error " + v);
        double within = Arrays.stream(e).filter(v -> v < ACCURACY_KM).count();
        double mean = Arrays.stream(e).average().orElseThrow();
        double median = n % 2 == 1 ? e[n / 2] : (e[n / 2 - 1] + e[n / 2]) / 2;
        double auc;
        if (n == 1) {
            auc = Math.log1p(e[0]) / Math.log(MAX_ERROR_KM);
        } else {
            double area = 0;
            for (int i = 1; i < n; i++) area += (Math.log1p(e[i - 1]) + Math.log1p(e[i])) / 2;
            auc = area / ((n - 1) * Math.log(MAX_ERROR_KM));
        }
        return new GeoScore(n, within / n, auc, mean, median);
    }
}
