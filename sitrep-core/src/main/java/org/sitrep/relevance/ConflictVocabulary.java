package org.sitrep.relevance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.extract.Lexicon;
import org.sitrep.model.Token;
import org.sitrep.refdata.TsvRows;

/**
 * The words that mark conflict content, matched on raw tokens before any tagging: a keyword automaton (a trie over
 * lower-case word sequences, walked from every token) built from the weapons of the extraction lexicon and from
 * {@code conflict-terms.tsv}, plus single words looked up as guessed lemmas in the lexicon's triggers, outcome
 * verbs and statement and claim cues. Reading the extraction lexicon itself keeps the filter from drifting away
 * from what the extractor can find.
 *
 * <p>File format ({@code conflict-terms.tsv}, UTF-8 TSV with a header): {@code term}, {@code kind} (strong, weak
 * cue or form), {@code value} (the lemma of a form). Immutable; thread-safe.
 */
public final class ConflictVocabulary {
    /** How strongly a word marks conflict content. CUE marks a sentence an extractor reads but not the report. */
    public enum Strength { STRONG, WEAK, CUE }

    /** What one sentence holds: its strongest evidence and the report score it adds. */
    public record SentenceScore(boolean candidate, double score) {
    }

    private static final class Node {
        final Map<String, Node> next = new HashMap<>();
        Strength strength;
    }

    /** Weak words in one sentence that count as much as a strong one. */
    static final int DENSE_WEAK = 3;

    private final Node root = new Node();
    private final Map<String, String> forms = new HashMap<>();
    private final Lexicon lexicon;
    private final double weakWeight;

    /**
     * @param weakWeight what a weak word adds to the report score (a strong word adds 1)
     */
    public ConflictVocabulary(Lexicon lexicon, List<TsvRows.Row> terms, double weakWeight) {
        this.lexicon = lexicon;
        this.weakWeight = weakWeight;
        for (Lexicon.Weapon w : lexicon.weapons()) add(w.words(), Strength.STRONG);
        for (String cue : lexicon.statementCues().keySet()) add(List.of(cue.split(" ")), Strength.CUE);
        for (TsvRows.Row r : terms) {
            String term = r.required("term").toLowerCase(Locale.ROOT);
            switch (r.required("kind")) {
                case "strong" -> add(List.of(term.split(" ")), Strength.STRONG);
                // A weak listing overrides a lexicon weapon of the same words ("drone", "jet", "rocket").
                case "weak" -> add(List.of(term.split(" ")), Strength.WEAK);
                // A count's word: the sentence is read for its tally, the report is not made conflict news by it.
                case "cue" -> add(List.of(term.split(" ")), Strength.CUE);
                case "form" -> forms.put(term, r.required("value").toLowerCase(Locale.ROOT));
                default -> throw r.fail("kind must be strong, weak, cue or form");
            }
        }
    }

    public static ConflictVocabulary bundled(Lexicon lexicon) {
        return new ConflictVocabulary(lexicon, TsvRows.resource(ConflictVocabulary.class, "conflict-terms.tsv"), 0.25);
    }

    private void add(List<String> words, Strength strength) {
        Node n = root;
        for (String w : words) n = n.next.computeIfAbsent(w, k -> new Node());
        // Weak wins over strong, since it is the more specific statement about the same words.
        if (n.strength == null || strength == Strength.WEAK || n.strength == Strength.CUE) n.strength = strength;
    }

    /**
     * Scores one tokenized sentence. Weak words count nothing in a sentence with an off-topic word (sport,
     * markets, film: where war words are metaphors), a natural hazard ("the storm battered", "cholera struck") or a
     * drill ("fired rockets during the exercise") or when capitalised inside the sentence ("March", "Strike
     * Force": names, not events).
     */
    public SentenceScore score(List<Token> tokens) {
        List<List<String>> lemmas = new ArrayList<>(tokens.size());
        boolean offTopic = false;
        for (Token t : tokens) {
            List<String> ls = lemmas(t.word().toLowerCase(Locale.ROOT));
            lemmas.add(ls);
            for (String l : ls) offTopic |= lexicon.isOffTopic(l) || lexicon.isHazard(l) || lexicon.isRehearsal(l);
        }
        boolean candidate = false;
        double score = 0;
        int weak = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Strength s = strongest(lemmas, i);
            if (s == null) continue;
            candidate = true;
            if (s == Strength.STRONG) score += 1;
            else if (s == Strength.WEAK && !offTopic && !(i > 0 && capitalised(tokens.get(i).word()))) {
                score += weakWeight;
                weak++;
            }
        }
        // "An Israeli drone strike on a car near Tyre killed two people": three weak words in one sentence ("drone",
        // "strike", "killed") are as sure a mark as a strong one, so a short report of its lead alone is read.
        if (weak >= DENSE_WEAK) score = Math.max(score, 1);
        return new SentenceScore(candidate, score);
    }

    /** The strongest term starting at token {@code i}: the trie walk, then the lexicon's single-word entries. */
    private Strength strongest(List<List<String>> lemmas, int i) {
        Strength best = walk(root, lemmas, i);
        for (String l : lemmas.get(i)) {
            Strength s = null;
            if (lexicon.trigger(l, true) != null || lexicon.trigger(l, false) != null) s = Strength.STRONG;
            else if (lexicon.isOutcomeVerb(l)) s = Strength.WEAK;
            else if (lexicon.claimCue(l) != null) s = Strength.CUE;
            // The trie's listing (weak for "attack", "strike") is the more specific one.
            if (s != null && best == null) best = s;
        }
        return best;
    }

    private static Strength walk(Node root, List<List<String>> lemmas, int i) {
        Strength found = null;
        List<Node> frontier = List.of(root);
        for (int k = i; k < lemmas.size() && !frontier.isEmpty(); k++) {
            List<Node> next = new ArrayList<>();
            for (Node n : frontier) {
                for (String l : lemmas.get(k)) {
                    Node m = n.next.get(l);
                    if (m == null) continue;
                    next.add(m);
                    if (m.strength != null && (found == null || m.strength.ordinal() < found.ordinal())) found = m.strength;
                }
            }
            frontier = next;
        }
        return found;
    }

    /** The word and the lemmas it may have: irregular forms, then -s, -es, -ies, -ed, -ing undone. */
    List<String> lemmas(String w) {
        Set<String> out = new LinkedHashSet<>();
        out.add(w);
        String irregular = forms.get(w);
        if (irregular != null) out.add(irregular);
        if (w.length() > 3) {
            if (w.endsWith("ies")) out.add(w.substring(0, w.length() - 3) + "y");
            if (w.endsWith("es")) out.add(w.substring(0, w.length() - 2));
            if (w.endsWith("s") && !w.endsWith("ss")) out.add(w.substring(0, w.length() - 1));
            if (w.endsWith("ied")) out.add(w.substring(0, w.length() - 3) + "y");
            if (w.endsWith("ed")) stem(out, w.substring(0, w.length() - 2));
            if (w.endsWith("ing")) stem(out, w.substring(0, w.length() - 3));
        }
        return List.copyOf(out);
    }

    /** A stem after -ed or -ing: as is, with the e the suffix dropped ("fired"), or undoubled ("kidnapped"). */
    private static void stem(Set<String> out, String s) {
        if (s.length() < 2) return;
        out.add(s);
        out.add(s + "e");
        int n = s.length();
        if (s.charAt(n - 1) == s.charAt(n - 2)) out.add(s.substring(0, n - 1));
    }

    private static boolean capitalised(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
    }
}
