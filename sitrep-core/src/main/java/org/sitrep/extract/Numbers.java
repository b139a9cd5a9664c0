package org.sitrep.extract;

import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Counts as reports write them: digits ("1,200"), number words up to twenty and the tens, and a number with a scale
 * word ("11 million", "1.5 million", "two million").
 */
final class Numbers {
    private static final Map<String, Integer> WORDS = Map.ofEntries(
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("a dozen", 12), Map.entry("dozen", 12), Map.entry("no", 0));
    private static final Map<String, Long> SCALES = Map.of("thousand", 1_000L, "million", 1_000_000L,
            "billion", 1_000_000_000L);

    /** Regex alternative matching a count. */
    static final String PATTERN = "(\\d{1,3}(?:,\\d{3})*|\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
            + "thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|a dozen)";

    private Numbers() {
    }

    static @Nullable Integer parse(String s) {
        String t = s.toLowerCase(Locale.ROOT).trim();
        if (t.matches("\\d{1,3}(,\\d{3})*|\\d+")) {
            try {
                return Integer.valueOf(t.replace(",", ""));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        int space = t.lastIndexOf(' ');
        Long scale = space < 0 ? null : SCALES.get(t.substring(space + 1));
        if (scale != null) {
            String n = t.substring(0, space).trim();
            double value;
            if (n.matches("\\d+(\\.\\d+)?")) value = Double.parseDouble(n);
            else {
                Integer w = parse(n);
                if (w == null) return null;
                value = w;
            }
            double total = value * scale;
            return total > Integer.MAX_VALUE ? null : (int) Math.round(total);
        }
        return WORDS.get(t);
    }

    /** Whether a word is a scale word that multiplies the number before it ("million"). */
    static boolean isScale(String word) {
        return SCALES.containsKey(word.toLowerCase(Locale.ROOT));
    }
}
