package org.sitrep.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits text into paragraphs and joins lines that a hard wrap (e-mail, PDF, a copy from a narrow column) broke
 * in the middle of a sentence. Takes normalised text (see {@link UnicodeNormaliser}); returns its paragraphs,
 * stripped, none empty.
 *
 * <p>A blank line always ends a paragraph. A line break inside a block of lines is kept as a paragraph break
 * unless the line ends mid-sentence and the next line continues it:
 * <ul>
 *   <li>the next line starts in lower case, also after an opening quote or bracket ({@code "response to...});
 *   <li>or the line ends with a comma, semicolon or hyphen, or with an article, preposition or conjunction
 *       ("in", "of", "the", "and", "to");
 *   <li>or the line is long (60 characters or more, as wrapped lines are) and not title-like, and the next line
 *       starts a word that is not ALL CAPS (which would open a dateline) nor a list item.
 * </ul>
 * A line ends a sentence with {@code . ! ? :}, a closing quote or a bracket; such lines are joined only when the
 * next line starts in lower case after a closing quote or bracket ({@code "...," / he said}) or after an
 * abbreviation ({@code U.S.} / {@code forces}). Joined lines get one space between them; a word broken at its
 * hyphen ({@code pro-} / {@code Iran}) is joined without one. Stateless; safe to share.
 */
public final class LineRejoiner {
    static final int WRAPPED_LINE_LENGTH = 60;
    private static final Pattern LINE_BREAK = Pattern.compile("\n");
    private static final Pattern LIST_ITEM = Pattern.compile("^(?:[-*\u2022\u00b7]|\\d{1,3}[.)])\\s");
    private static final Pattern ABBREVIATION = Pattern.compile(
            "(?:\\b(?:\\p{L}\\.){2,}|\\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Capt|Sgt|Gov|Sen|Rep|St|No|Jan|Feb|Mar|Apr"
                    + "|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|approx|vs|etc)\\.)$");
    private static final Pattern ALL_CAPS_WORD = Pattern.compile("^[\"'(\\[]?\\p{Lu}{3,}\\b");
    /** Articles, prepositions, conjunctions and possessives: a sentence does not end with them. */
    static final Set<String> JOINING_WORDS = Set.of(
            "a", "an", "the", "of", "in", "on", "at", "to", "for", "from", "by", "with", "into", "onto", "near",
            "over", "under", "about", "against", "between", "among", "after", "before", "during", "since", "until",
            "through", "across", "toward", "towards", "within", "without", "and", "or", "but", "nor", "as", "than",
            "that", "which", "who", "whose", "whom", "if", "while", "because", "its", "their", "his", "her", "our",
            "your", "this", "these", "those");

    public List<String> paragraphs(String text) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        String previous = null;
        for (String raw : LINE_BREAK.split(text, -1)) {
            String line = raw.strip();
            if (line.isEmpty()) {
                flush(paragraph, paragraphs);
                previous = null;
                continue;
            }
            if (previous != null && continues(previous, line)) {
                if (!endsWithBrokenWord(previous) || !Character.isLetter(line.codePointAt(0))) paragraph.append(' ');
            } else {
                flush(paragraph, paragraphs);
            }
            paragraph.append(line);
            previous = line;
        }
        flush(paragraph, paragraphs);
        return paragraphs;
    }

    /** Whether {@code next} carries on the sentence that {@code line} leaves open; both stripped, not empty. */
    static boolean continues(String line, String next) {
        char last = line.charAt(line.length() - 1);
        boolean nextLower = startsLowerCase(next);
        if (last == '.') return nextLower && ABBREVIATION.matcher(line).find();
        if (last == '!' || last == '?' || last == ':') return false;
        if (isClosing(last)) return nextLower;
        if (nextLower) return true;
        if (LIST_ITEM.matcher(next).find()) return false;
        if (last == ',' || last == ';' || last == '-') return true;
        if (JOINING_WORDS.contains(lastWord(line))) return true;
        return line.length() >= WRAPPED_LINE_LENGTH && !looksLikeTitle(line) && startsWord(next)
                && !ALL_CAPS_WORD.matcher(next).find();
    }

    /**
     * A heading: most words capitalised ("Militia Claims Attack on Base") or no lower-case letter at all.
     * Function words are not counted, as headline style leaves them in lower case.
     */
    static boolean looksLikeTitle(String line) {
        if (line.codePoints().noneMatch(Character::isLowerCase)) return true;
        int words = 0;
        int capitalised = 0;
        for (String word : line.split(" ")) {
            if (word.isEmpty() || !Character.isLetter(word.codePointAt(0))) continue;
            if (JOINING_WORDS.contains(word.toLowerCase(Locale.ROOT))) continue;
            words++;
            if (Character.isUpperCase(word.codePointAt(0))) capitalised++;
        }
        return words >= 2 && capitalised * 5 >= words * 4;
    }

    private static boolean isClosing(char c) {
        return c == '"' || c == '\'' || c == ')' || c == ']' || c == '\u201d' || c == '\u2019' || c == '\u00bb';
    }

    private static boolean startsLowerCase(String line) {
        int i = skipOpening(line);
        return i < line.length() && Character.isLowerCase(line.codePointAt(i));
    }

    private static boolean startsWord(String line) {
        int i = skipOpening(line);
        return i < line.length() && Character.isLetterOrDigit(line.codePointAt(i));
    }

    private static int skipOpening(String line) {
        int i = 0;
        while (i < line.length() && "\"'([\u201c\u2018\u00ab".indexOf(line.charAt(i)) >= 0) i++;
        return i;
    }

    /** "pro-" at the end of a line, not a dash standing alone (" - "). */
    private static boolean endsWithBrokenWord(String line) {
        int n = line.length();
        return n >= 2 && line.charAt(n - 1) == '-' && Character.isLetter(line.charAt(n - 2));
    }

    private static String lastWord(String line) {
        return line.substring(line.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
    }

    private static void flush(StringBuilder paragraph, List<String> paragraphs) {
        if (paragraph.length() > 0) {
            paragraphs.add(paragraph.toString());
            paragraph.setLength(0);
        }
    }
}
