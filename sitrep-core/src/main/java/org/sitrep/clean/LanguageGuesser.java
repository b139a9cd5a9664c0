package org.sitrep.clean;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Guesses the language of a report, so that later stages can decide what to do with one that is not English.
 * Takes cleaned text; returns an ISO 639-1 code (or ISO 639-3 where there is none, "ckb" for Sorani), or "und".
 *
 * <p>Text mostly in Latin letters is scored by the share of its words that are very common function words of
 * English, French, Spanish, German, Italian, Portuguese, Dutch, Turkish and Indonesian; "en" wins ties, and a
 * best share under 12% gives "und" (a list of names, a table). Other text goes by its main script, and for the
 * Arabic and Cyrillic scripts by letters only some of their languages use (Persian, Urdu, Pashto, Sorani;
 * Ukrainian). A best guess, not a language identifier. Stateless; safe to share.
 */
public final class LanguageGuesser {
    public static final String UNDETERMINED = "und";
    private static final double MIN_SHARE = 0.12;
    private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}']+");
    /** Checked in this order: letters of the smaller languages first, as they also use Persian's letters. */
    private static final Map<String, String> ARABIC_SCRIPT_LETTERS = orderedMap(
            "ckb", "\u0695\u06b5\u06c6\u06ce",
            "ps", "\u067c\u0689\u0693\u069a\u0696\u0681\u0685\u06ab",
            "ur", "\u0679\u0688\u0691\u06ba\u06d2",
            "fa", "\u067e\u0686\u0698\u06af");
    private static final Map<String, Set<String>> FUNCTION_WORDS = Map.of(
            "en", Set.of("the", "of", "and", "to", "in", "a", "is", "was", "that", "for", "on", "with", "as", "by",
                    "at", "from", "it", "he", "she", "said", "were", "are", "has", "have", "had", "be", "been",
                    "this", "which", "an", "not", "or", "but", "his", "their", "they", "who", "will", "would",
                    "after", "its"),
            "fr", Set.of("le", "la", "les", "de", "des", "du", "et", "en", "un", "une", "est", "que", "qui", "dans",
                    "pour", "par", "sur", "au", "aux", "pas", "il", "elle", "ont", "avec", "ce", "se", "sont", "été"),
            "es", Set.of("el", "la", "los", "las", "de", "del", "y", "en", "un", "una", "es", "que", "por", "con",
                    "para", "se", "al", "lo", "su", "sus", "fue", "como", "más", "pero"),
            "de", Set.of("der", "die", "das", "und", "in", "den", "von", "zu", "mit", "ist", "im", "dem", "nicht",
                    "ein", "eine", "auf", "für", "sich", "des", "auch", "wurde", "bei", "sie", "es"),
            "it", Set.of("il", "lo", "la", "gli", "le", "di", "e", "che", "in", "un", "una", "è", "per", "con",
                    "del", "della", "dei", "non", "si", "da", "al", "sono", "nel"),
            "pt", Set.of("o", "a", "os", "as", "de", "do", "da", "dos", "das", "e", "em", "um", "uma", "que", "no",
                    "na", "para", "com", "não", "por", "se", "foi"),
            "nl", Set.of("de", "het", "een", "en", "van", "in", "is", "op", "te", "dat", "met", "voor", "niet",
                    "zijn", "aan", "ook", "werd", "bij"),
            "tr", Set.of("ve", "bir", "bu", "da", "de", "için", "ile", "olarak", "çok", "daha", "gibi", "ki", "ama",
                    "olan", "sonra", "göre"),
            "id", Set.of("yang", "dan", "di", "ke", "dari", "ini", "itu", "dengan", "untuk", "pada", "tidak",
                    "dalam", "akan", "oleh", "juga"));
    /** Fixed order for ties after English. */
    private static final List<String> LATIN_LANGUAGES = List.of("en", "fr", "es", "de", "it", "pt", "nl", "tr", "id");

    public String guess(String text) {
        // An EnumMap iterates in a fixed order, so a tie between scripts is broken the same way on every run.
        Map<Character.UnicodeScript, Integer> scripts = new EnumMap<>(Character.UnicodeScript.class);
        int letters = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (!Character.isLetter(c)) continue;
            letters++;
            scripts.merge(Character.UnicodeScript.of(c), 1, Integer::sum);
        }
        if (letters == 0) return UNDETERMINED;
        if (scripts.getOrDefault(Character.UnicodeScript.LATIN, 0) * 2 >= letters) return byFunctionWords(text);
        Character.UnicodeScript main = scripts.entrySet().stream().max(Map.Entry.comparingByValue())
                .orElseThrow().getKey();
        return byScript(main, text, scripts);
    }

    private static String byFunctionWords(String text) {
        String[] words = NON_LETTERS.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").strip().split(" ");
        String best = UNDETERMINED;
        double bestShare = 0;
        for (String language : LATIN_LANGUAGES) {
            Set<String> common = FUNCTION_WORDS.get(language);
            int hits = 0;
            for (String word : words) if (common.contains(word)) hits++;
            double share = hits / (double) words.length;
            if (share > bestShare) {
                best = language;
                bestShare = share;
            }
        }
        return bestShare >= MIN_SHARE ? best : UNDETERMINED;
    }

    private static String byScript(Character.UnicodeScript script, String text,
                                   Map<Character.UnicodeScript, Integer> scripts) {
        switch (script) {
            case ARABIC:
                for (Map.Entry<String, String> e : ARABIC_SCRIPT_LETTERS.entrySet()) {
                    if (countOf(text, e.getValue()) >= 2) return e.getKey();
                }
                return "ar";
            case CYRILLIC:
                return countOf(text, "\u0456\u0457\u0454\u0491") >= 2 ? "uk" : "ru";
            case HAN:
                return scripts.containsKey(Character.UnicodeScript.HIRAGANA)
                        || scripts.containsKey(Character.UnicodeScript.KATAKANA) ? "ja" : "zh";
            case HIRAGANA:
            case KATAKANA:
                return "ja";
            case HANGUL:
                return "ko";
            case HEBREW:
                return "he";
            case GREEK:
                return "el";
            case DEVANAGARI:
                return "hi";
            case BENGALI:
                return "bn";
            case TAMIL:
                return "ta";
            case THAI:
                return "th";
            case ARMENIAN:
                return "hy";
            case GEORGIAN:
                return "ka";
            case ETHIOPIC:
                return "am";
            case MYANMAR:
                return "my";
            default:
                return UNDETERMINED;
        }
    }

    private static int countOf(String text, String letters) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) if (letters.indexOf(text.charAt(i)) >= 0) count++;
        return count;
    }

    private static Map<String, String> orderedMap(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) map.put(keysAndValues[i], keysAndValues[i + 1]);
        return Collections.unmodifiableMap(map);
    }
}
