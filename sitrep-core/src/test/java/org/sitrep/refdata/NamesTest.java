package org.sitrep.refdata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NamesTest {
    /** The definition Names.key had as three regular expressions; the one-pass version must agree with it. */
    private static String reference(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        s = s.toLowerCase(Locale.ROOT).replaceAll("['\u2019\u2018`]", "");
        s = s.replaceAll("[^\\p{L}\\p{N}]+", " ");
        return s.trim();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ain al-Asad", "  Kata'ib  Hezbollah ", "Kata\u2019ib", "U.S. forces", "Volker Türk",
            "Recep Tayyip Erdoğan", "İstanbul", "Médecins Sans Frontières", "Tower 22", "x²", "Ⅻ legion",
            "\u0627\u0644\u0639\u0631\u0627\u0642 Iraq", "-- ", "", "Hay'at Tahrir al-Sham (HTS)", "ﬁre", "Öcalan's PKK"})
    void keyAgreesWithTheRegularExpressionDefinition(String s) {
        assertEquals(reference(s), Names.key(s));
    }
}
