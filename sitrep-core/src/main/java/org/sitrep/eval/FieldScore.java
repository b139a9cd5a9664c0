package org.sitrep.eval;

/** How often one field of the matched events agrees with gold. */
public record FieldScore(String field, int correct, int total) {
    public double accuracy() {
        return total == 0 ? 1 : (double) correct / total;
    }
}
