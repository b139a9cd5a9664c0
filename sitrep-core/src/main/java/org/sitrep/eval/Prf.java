package org.sitrep.eval;

/** Counts behind precision, recall and F1: matched items, items predicted and items in gold. */
public record Prf(int matched, int predicted, int gold) {
    public double precision() {
        return predicted == 0 ? (gold == 0 ? 1 : 0) : (double) matched / predicted;
    }

    public double recall() {
        return gold == 0 ? (predicted == 0 ? 1 : 0) : (double) matched / gold;
    }

    public double f1() {
        double p = precision(), r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
