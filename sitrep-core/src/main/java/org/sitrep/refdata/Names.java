package org.sitrep.refdata;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one normalisation under which names are compared (gazetteer, registry, lexicons): lower case, accents
 * removed, apostrophes dropped, hyphens, dots and other punctuation turned into spaces, spaces collapsed. So
 * "Ain al-Asad", "Ain Al Asad" and "ain al asad" are one key, as are "Kata'ib" and "Kataib".
 */
public final class Names {
    private static final Pattern MARKS = Pattern.compile("\\p{M}");

    private Names() {
    }

    public static String key(String name) {
        // One pass instead of three regular expressions: the registries key tens of thousands of names at start.
        String s = isAscii(name) ? name : MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
        s = s.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(s.length());
        boolean gap = false;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (c == '\'' || c == '\u2019' || c == '\u2018' || c == '`') continue;
            if (isWordChar(c)) {
                if (gap && out.length() > 0) out.append(' ');
                gap = false;
                out.appendCodePoint(c);
            } else {
                gap = true;
            }
        }
        return out.toString();
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) >= 0x80) return false;
        return true;
    }

    /** The characters of {@code [\p{L}\p{N}]}. */
    private static boolean isWordChar(int c) {
        if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        if (Character.isLetter(c)) return true;
        int t = Character.getType(c);
        return t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER;
    }
}
