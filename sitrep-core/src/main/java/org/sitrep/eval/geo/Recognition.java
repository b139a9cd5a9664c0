package org.sitrep.eval.geo;

/**
 * Toponym recognition by span overlap: {@code correctFound} of the {@code found} places overlap a gold toponym
 * (precision), {@code goldFound} of the {@code gold} toponyms are overlapped by a found place (recall). The two
 * numerators differ when one found span covers two gold names or two found spans one gold name.
 */
public record Recognition(int correctFound, int found, int goldFound, int gold) {
    public Recognition {
        if (correctFound > found || goldFound > gold || correctFound < 0 || goldFound < 0) {
            throw new IllegalArgumentException("bad counts " + correctFound + "/" + found + ", " + goldFound + "/" + gold);
        }
    }

    public Recognition plus(Recognition o) {
        return new Recognition(correctFound + o.correctFound, found + o.found, goldFound + o.goldFound, gold + o.gold);
    }

    public double precision() {
        return found == 0 ? 0 : (double) correctFound / found;
    }

    public double recall() {
        return gold == 0 ? 0 : (double) goldFound / gold;
    }

    public double f1() {
        double p = precision(), r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
