package org.sitrep.clean;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Takes the dateline off the first paragraph: {@code ERBIL, Kurdistan Region - An Iraqi militia...},
 * {@code BAGHDAD (Reuters) - ...}, {@code KYIV, Ukraine, March 3 (AP) - ...}, {@code ADEN: ...}. Takes paragraphs
 * (normalised text); returns them without the dateline, and the dateline's place in title case ("Erbil", "Kyiv",
 * "Al-Qaim"), or null when the first paragraph has none.
 *
 * <p>Conservative, since a wrong cut loses the first words of a report: the place is one to four ALL-CAPS words
 * (at least 3 capital letters), or two such places joined by a slash as wires file from two bureaus
 * ({@code PORT SUDAN/NAIROBI, Aug 12 (SNW) -}), optionally followed by a comma part that starts with a capital or a digit
 * (", Kurdistan Region", ", Ukraine, March 3") and an agency in brackets, then a dash or colon and a space.
 * Labels such as "BREAKING:" or "UPDATE -" are not places. A first paragraph that is only a dateline is dropped.
 * A full date in the comma part ("KABUL, April 8, 2025 -") is kept as the date the report states for itself.
 * Stateless; safe to share.
 */
public final class DatelineSplitter {
    private static final String CAPS_WORD = "\\p{Lu}[\\p{Lu}'.]*(?:-\\p{Lu}[\\p{Lu}'.]*)*";
    /** A comma part: letters, digits, spaces, commas, full stops, apostrophes, and hyphens inside words. */
    private static final String COMMA_PART = ",\\s*[\\p{Lu}\\p{N}](?:[\\p{L}\\p{N} ,.']|(?<=\\p{L})-(?=\\p{L})){0,60}?";
    private static final Pattern DATELINE = Pattern.compile(
            "^(?<place>" + CAPS_WORD + "(?: " + CAPS_WORD + "){0,3}(?:/" + CAPS_WORD + "(?: " + CAPS_WORD + "){0,3})?)"
                    + "(?<comma>" + COMMA_PART + ")?"
                    + "(?:\\s*\\([^()\\n]{1,40}\\))?"
                    + "\\s*(?:--?|[\u2013\u2014]|:)(?:\\s+|$)");
    private static final int MAX_HEADLINE = 160;
    private static final Set<String> LABELS = Set.of("BREAKING", "BREAKING NEWS", "UPDATE", "UPDATED", "EXCLUSIVE",
            "WATCH", "ANALYSIS", "OPINION", "EDITOR'S NOTE", "LIVE", "VIDEO", "PHOTOS", "CORRECTION", "FILE",
            "NOTE", "FACTBOX", "EXPLAINER", "FACT CHECK", "URGENT", "ALERT", "WARNING", "READ MORE", "SEE ALSO",
            // A recap's label ("SUMMARY: A tanker reported ..."), which the extractor reads (Recaps).
            "SUMMARY", "KEY POINTS", "RECAP", "IN BRIEF");

    /**
     * The paragraphs without the dateline, its place and the full date it states ("KYIV, April 8, 2025 -"), if any;
     * {@code paragraphs} has no dateline when place is null.
     */
    public record Result(@Nullable String dateline, @Nullable LocalDate date, List<String> paragraphs) {
        public Result {
            paragraphs = List.copyOf(paragraphs);
        }

        Result(@Nullable String dateline, List<String> paragraphs) {
            this(dateline, null, paragraphs);
        }
    }

    public Result split(List<String> paragraphs) {
        if (paragraphs.isEmpty()) return new Result(null, paragraphs);
        Result dated = split(paragraphs, 0);
        // Scraped text often starts with a headline the title does not repeat word for word ("... | Outlet");
        // the dateline then opens the second paragraph.
        if (dated.dateline() == null && paragraphs.size() > 1 && headline(paragraphs.get(0))) {
            return split(paragraphs, 1);
        }
        return dated;
    }

    private Result split(List<String> paragraphs, int at) {
        String first = paragraphs.get(at);
        Matcher m = DATELINE.matcher(first);
        if (!m.find()) return new Result(null, paragraphs);
        String place = m.group("place");
        if (LABELS.contains(place.replaceAll("[.:]+$", "")) || place.codePoints().filter(Character::isLetter)
                .count() < 3) {
            return new Result(null, paragraphs);
        }
        List<String> rest = new ArrayList<>(paragraphs.subList(0, at));
        String body = first.substring(m.end()).strip();
        if (!body.isEmpty()) rest.add(body);
        rest.addAll(paragraphs.subList(at + 1, paragraphs.size()));
        String comma = m.group("comma");
        return new Result(titleCase(place), comma == null ? null : StatedDate.of(comma.substring(1)), rest);
    }

    /** A headline: one short line that does not end a sentence. */
    private static boolean headline(String paragraph) {
        String p = paragraph.strip();
        return !p.isEmpty() && p.length() <= MAX_HEADLINE && p.indexOf('\n') < 0 && !p.matches("(?s).*[.!?:\"\u201d]$");
    }

    /** "AL-QAIM" as "Al-Qaim", "SANA'A" as "Sana'a", "ST. LOUIS" as "St. Louis". */
    static String titleCase(String place) {
        String lower = place.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        boolean wordStart = true;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            out.append(wordStart ? Character.toUpperCase(c) : c);
            wordStart = c == ' ' || c == '-' || c == '/';
        }
        return out.toString();
    }
}
