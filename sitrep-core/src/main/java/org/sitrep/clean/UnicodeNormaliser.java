package org.sitrep.clean;

import java.text.Normalizer;

/**
 * The first filter: gives later filters plain, predictable characters. Takes any text, returns it with
 * <ul>
 *   <li>line breaks as {@code \n} (CRLF, CR, NEL, line and paragraph separators, vertical tab and form feed);
 *   <li>NFKC compatibility forms (ligatures, full-width letters, Arabic presentation forms, "…" as "...");
 *   <li>curly and angle quotes and primes as straight quotes ({@code “ ” „ « » ″} as {@code "},
 *       {@code ‘ ’ ‚ ′ ‹ ›} as {@code '});
 *   <li>dashes as a hyphen: en dash, figure dash and minus sign as {@code -}; em dash and horizontal bar, which
 *       reports use as separators ("the base—the third this week—was"), as {@code " - "};
 *   <li>every Unicode space as a plain space, and runs of spaces as one; no spaces at the start or end of a line;
 *   <li>no zero-width or other format characters (soft hyphen, byte-order mark, direction marks), no control
 *       characters but {@code \n} and {@code \t}, no unpaired surrogates.
 * </ul>
 * Stateless; safe to share.
 */
public final class UnicodeNormaliser {

    public String normalise(String text) {
        // Double primes first: NFKC would split them into two single primes.
        String composed = Normalizer.normalize(text.replace("\r\n", "\n").replace('\u2033', '"'),
                Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(composed.length());
        composed.codePoints().forEach(c -> append(out, c));
        return tidySpaces(out);
    }

    private static void append(StringBuilder out, int c) {
        switch (c) {
            case '\n', '\r', 0x0b, 0x0c, 0x85, 0x2028, 0x2029 -> out.append('\n');
            case '\t' -> out.append('\t');
            case 0x201c, 0x201d, 0x201e, 0x201f, 0x00ab, 0x00bb, 0x2033 -> out.append('"');
            case 0x2018, 0x2019, 0x201a, 0x201b, 0x2032, 0x2039, 0x203a -> out.append('\'');
            case 0x2010, 0x2011, 0x2012, 0x2013, 0x2212 -> out.append('-');
            case 0x2014, 0x2015 -> out.append(" - ");
            default -> {
                int type = Character.getType(c);
                if (type == Character.SPACE_SEPARATOR) {
                    out.append(' ');
                } else if (type != Character.FORMAT && type != Character.CONTROL && type != Character.SURROGATE) {
                    out.appendCodePoint(c);
                }
            }
        }
    }

    private static String tidySpaces(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        int lineStart = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ') {
                if (out.length() > lineStart && out.charAt(out.length() - 1) != ' ') out.append(' ');
            } else if (c == '\n') {
                trimEnd(out, lineStart);
                out.append('\n');
                lineStart = out.length();
            } else {
                out.append(c);
            }
        }
        trimEnd(out, lineStart);
        return out.toString();
    }

    private static void trimEnd(StringBuilder out, int lineStart) {
        while (out.length() > lineStart && out.charAt(out.length() - 1) == ' ') out.setLength(out.length() - 1);
    }
}
