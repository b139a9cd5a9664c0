package org.sitrep.eval.geo;

/**
 * A toponym annotated in a benchmark article: character span into the article text, the name as written, and the
 * gold coordinates ({@code NaN} when the annotation has none, as for many GeoWebNews demonyms and non-toponyms).
 */
public record GoldToponym(int start, int end, String name, double lat, double lon) {
    public GoldToponym {
        if (start < 0 || end < start) throw new IllegalArgumentException("bad toponym span " + start + ".." + end);
    }

    public boolean located() {
        return !Double.isNaN(lat) && !Double.isNaN(lon);
    }

    public boolean overlaps(int s, int e) {
        return s < end && start < e;
    }
}
