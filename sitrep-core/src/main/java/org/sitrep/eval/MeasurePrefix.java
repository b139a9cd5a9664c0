package org.sitrep.eval;

import java.util.List;
import java.util.function.Predicate;
import org.sitrep.model.Token;

/**
 * The measure told right before an event noun, "6.1-magnitude quake", "magnitude 4.6 earthquake": numbers (with a
 * decimal point or hyphens between them) and a unit noun. ECB+ marks such a measure as part of the event mention;
 * a bare count or amount ("four bombs", "$5.4 billion deal", "2012 shooting death") names no unit and is left out.
 * Stateless.
 */
public final class MeasurePrefix {
    private MeasurePrefix() {
    }

    /**
     * How many of {@code before} (the tokens of the trigger's sentence right before it, in text order) belong to
     * its measure: 0 when there is none. {@code eventNoun} says which lemmas are event nouns: an event noun is never
     * the unit ("shooting death" is two events' words, not a measure).
     */
    public static int length(List<Token> before, Predicate<String> eventNoun) {
        int start = before.size();
        while (start > 0 && partOfMeasure(before.get(start - 1), eventNoun)) start--;
        // The measure opens on its unit or its number, never on a hyphen or a point.
        while (start < before.size() && !(isNumber(before.get(start)) || isUnit(before.get(start), eventNoun))) start++;
        List<Token> run = before.subList(start, before.size());
        boolean number = false, unit = false;
        for (int i = 0; i < run.size(); i++) {
            Token t = run.get(i);
            number |= isNumber(t);
            unit |= isUnit(t, eventNoun);
            // A point only between two numbers: "6 . 1" as ECB+ tokenises 6.1; else it ends a sentence.
            if (t.word().equals(".") && (i == 0 || i == run.size() - 1 || !isNumber(run.get(i - 1)) || !isNumber(run.get(i + 1)))) return 0;
        }
        return number && unit ? run.size() : 0;
    }

    private static boolean partOfMeasure(Token t, Predicate<String> eventNoun) {
        return isNumber(t) || isUnit(t, eventNoun) || t.tag().equals("HYPH") || t.word().equals("-") || t.word().equals(".");
    }

    /** A number; ECB+'s split "6 . 1" leaves "1" tagged as a list marker now and then. */
    private static boolean isNumber(Token t) {
        return t.tag().equals("CD") || t.tag().equals("LS");
    }

    private static boolean isUnit(Token t, Predicate<String> eventNoun) {
        return t.tag().equals("NN") && !eventNoun.test(t.lemma().toLowerCase(java.util.Locale.ROOT));
    }
}
