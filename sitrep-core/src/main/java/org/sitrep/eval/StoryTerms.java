package org.sitrep.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The terms that tell one story from another of its kind: names and numbers. Two earthquakes in one county, or two
 * actors cast in one role, share their general words ("earthquake", "magnitude", "role"); what sets them apart is who,
 * where and when: "Capaldi", "Healdsburg", "2013", "4.6". A name is a capitalised word that does not open its
 * sentence (so no tagger is needed and headlines' first words are not names); a number is kept whole ("4.6", "12th",
 * "2:09") so that magnitudes, times and dates are not broken into common digits. Tokens are split at hyphens and
 * slashes ("Hewlett-Packard", "4.6-magnitude"). Stateless.
 */
public final class StoryTerms {
    private static final Pattern NUMBER = Pattern.compile("\\d+([.,:]\\d+)*(st|nd|rd|th|s)?");
    private static final Pattern SPLIT = Pattern.compile("[-/]");

    private StoryTerms() {
    }

    /** The names and numbers of a document given as sentences of tokens, lower-cased, in order, repeats kept. */
    public static List<String> of(List<List<String>> sentences) {
        List<String> out = new ArrayList<>();
        for (List<String> sentence : sentences) {
            for (int i = 0; i < sentence.size(); i++) {
                for (String part : SPLIT.split(sentence.get(i))) {
                    if (NUMBER.matcher(part).matches()) out.add(part.toLowerCase(Locale.ROOT).replace(",", ""));
                    else if (i > 0 && isName(part)) out.add(part.toLowerCase(Locale.ROOT));
                }
            }
        }
        return out;
    }

    /** Capitalised letters and digits, three characters at least or an upper-case pair ("UN", "HP"). */
    private static boolean isName(String w) {
        if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) || !w.chars().allMatch(Character::isLetterOrDigit)) return false;
        return w.length() >= 3 || (w.length() == 2 && Character.isUpperCase(w.charAt(1)));
    }
}
