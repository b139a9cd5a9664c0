package org.sitrep.refdata;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The one normalisation under which names are compared (gazetteer, registry, lexicons): lower case, accents
 * removed, apostrophes dropped, hyphens, dots and other punctuation turned into spaces, spaces collapsed. So
 * "Ain al-Asad", "Ain Al Asad" and "ain al asad" are one key, as are "Kata'ib" and "Kataib".
 */
public final class Names {
    private Names() {
    }

    public static String key(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        s = s.toLowerCase(Locale.ROOT).replaceAll("['\u2019\u2018`]", "");
        s = s.replaceAll("[^\\p{L}\\p{N}]+", " ");
        return s.trim();
    }
}
