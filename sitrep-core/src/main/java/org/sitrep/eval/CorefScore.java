package org.sitrep.eval;

/** Recall and precision of one coreference metric (fractions in 0..1) and their F1. */
public record CorefScore(double recall, double precision) {
    public double f1() {
        return recall + precision == 0 ? 0 : 2 * recall * precision / (recall + precision);
    }
}
