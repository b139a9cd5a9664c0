package org.sitrep.eval.geo;

import java.util.List;

/** One benchmark article: its corpus, id, text and every annotated toponym (located or not), in text order. */
public record GeoDocument(String corpus, String id, String text, List<GoldToponym> toponyms) {
    public GeoDocument {
        toponyms = List.copyOf(toponyms);
    }

    /** The toponyms with gold coordinates, the ones geocoding is scored on. */
    public List<GoldToponym> located() {
        return toponyms.stream().filter(GoldToponym::located).toList();
    }
}
