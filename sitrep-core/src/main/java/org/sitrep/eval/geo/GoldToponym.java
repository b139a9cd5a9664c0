package org.sitrep.eval.geo;

import org.jspecify.annotations.Nullable;

/**
 * A toponym annotated in a benchmark article: character span into the article text, the name as written, the gold
 * coordinates ({@code NaN} when the annotation has none, as for many GeoWebNews demonyms and non-toponyms), and the
 * GeoNames id the annotators chose (null where the corpus gives none: GeoVirus links Wikipedia, and GeoWebNews took
 * the coordinates of streets and buildings from elsewhere).
 */
public record GoldToponym(int start, int end, String name, double lat, double lon, @Nullable String geonamesId) {
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
