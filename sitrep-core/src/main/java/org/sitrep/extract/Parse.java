package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.model.Dependency;
import org.sitrep.model.Phrase;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;

/**
 * Reading helpers over one parsed sentence (Universal Dependencies, enhanced++: prepositions are part of the
 * relation name, as in {@code obl:on} or {@code nmod:against}).
 */
final class Parse {
    /** Relations that stay inside a noun phrase's core: "US Defense Secretary Lloyd Austin", "Iraq's Prime Minister". */
    private static final Set<String> CORE = Set.of("compound", "amod", "det", "nummod", "flat", "nmod:poss", "case",
            "compound:prt", "det:predet", "flat:name", "nmod:npmod");

    private final Sentence s;

    Parse(Sentence s) {
        this.s = s;
    }

    Sentence sentence() { return s; }

    Token token(int i) { return s.tokens().get(i); }

    String lemma(int i) { return token(i).lemma().toLowerCase(Locale.ROOT); }

    /** The first child of {@code head} whose relation equals or starts with one of {@code relations} + ":". */
    int child(int head, String... relations) {
        for (Dependency d : s.children(head)) {
            for (String r : relations) {
                if (d.relation().equals(r) || d.relation().startsWith(r + ":")) return d.dependent();
            }
        }
        return -1;
    }

    List<Integer> children(int head, String relationPrefix) {
        List<Integer> out = new ArrayList<>();
        for (Dependency d : s.children(head)) if (d.relation().startsWith(relationPrefix)) out.add(d.dependent());
        return out;
    }

    /** The governor of {@code i} through a relation that is not a conjunction copy; -1 at the root. */
    int head(int i) {
        for (Dependency d : s.dependencies()) {
            if (d.dependent() == i && !d.relation().startsWith("conj") && !d.relation().equals("ref")) return d.governor();
        }
        return -1;
    }

    /** The token {@code i} is coordinated after ("stormed" for the "killed" of "stormed ... and killed"), or -1. */
    int conjunctOf(int i) {
        for (Dependency d : s.dependencies()) {
            if (d.dependent() == i && d.relation().startsWith("conj")) return d.governor();
        }
        return -1;
    }

    /**
     * {@code i} and the tokens above it, head by head, up to the root. CoreNLP's enhanced dependencies can make a
     * cycle (a relative clause's "ref" and its verb), so the walk stops at a token it has passed already.
     */
    List<Integer> headChain(int i) {
        List<Integer> out = new ArrayList<>();
        for (int k = i; k >= 0 && !out.contains(k); k = head(k)) out.add(k);
        return out;
    }

    /**
     * The verb heading {@code i}'s clause: {@code i} itself when a verb, else the verb its noun phrase hangs on,
     * looked for at most four steps up (the token reached there, or -1 past the root).
     */
    int clauseVerb(int i) {
        int v = i;
        for (int k = 0; k < 4 && v >= 0 && !token(v).isVerb(); k++) v = head(v);
        return v;
    }

    /**
     * The clause a verb of saying governs: its ccomp, or the verb the parser hangs loose ("dep") after an object
     * ("warned transport companies that any tanker would be treated as a target"), known by its own subject and a
     * "that" before it. -1 if none.
     */
    int saidClause(int verb) {
        int ccomp = child(verb, "ccomp");
        if (ccomp >= 0) return ccomp;
        // Or on the object itself ("companies that any tanker would be treated ...").
        List<Integer> loose = new ArrayList<>(children(verb, "dep"));
        int obj = child(verb, "obj");
        if (obj >= 0) loose.addAll(children(obj, "ccomp"));
        for (int k : loose) {
            int subj = child(k, "nsubj");
            if (k < verb || !token(k).isVerb() || subj < 0) continue;
            for (Dependency d : s.children(k)) {
                int t = d.dependent();
                if (t < subj && t > verb && lemma(t).equals("that") && (d.relation().equals("mark") || d.relation().equals("dep"))) return k;
            }
        }
        return -1;
    }

    String relation(int i) {
        for (Dependency d : s.dependencies()) {
            if (d.dependent() == i && !d.relation().startsWith("conj") && !d.relation().equals("ref")) return d.relation();
        }
        return "";
    }

    /** The noun phrase core around {@code head}: its compounds, modifiers, determiners and possessors. */
    Phrase core(int head) {
        int lo = head, hi = head;
        List<Integer> todo = new ArrayList<>(List.of(head));
        while (!todo.isEmpty()) {
            int h = todo.remove(todo.size() - 1);
            for (Dependency d : s.children(h)) {
                if (CORE.contains(d.relation()) && d.dependent() != head) {
                    // An enhanced graph may link back; stay within the phrase that precedes or follows contiguously.
                    if (d.dependent() < lo - 8 || d.dependent() > hi + 8) continue;
                    lo = Math.min(lo, d.dependent());
                    hi = Math.max(hi, d.dependent());
                    todo.add(d.dependent());
                }
            }
        }
        while (lo < hi && (token(lo).tag().equals("POS") || token(lo).word().equals("\""))) lo++;
        return span(lo, hi);
    }

    /** Relations that leave a noun phrase: clauses, appositions, coordination and punctuation. */
    private static final Set<String> OUTSIDE = Set.of("acl", "acl:relcl", "appos", "punct", "cc", "dep", "parataxis",
            "advcl", "ccomp", "xcomp", "ref", "mark", "cop", "nsubj", "obj", "obl");

    /** The noun phrase around {@code head} with its prepositional modifiers ("The Islamic Resistance in Iraq"). */
    /** The token of the phrase whose governor lies outside it (its head), or -1. */
    int headOf(Phrase phrase) {
        for (int k = 0; k < size(); k++) {
            Token t = token(k);
            if (t.start() < phrase.start() || t.end() > phrase.end()) continue;
            int h = head(k);
            if (h < 0 || token(h).start() < phrase.start() || token(h).end() > phrase.end()) return k;
        }
        return -1;
    }

    Phrase nounPhrase(int head) {
        return subtree(head, OUTSIDE, 12);
    }

    /** {@code head} and its descendants except through {@code stop} relations, within {@code reach} tokens. */
    Phrase subtree(int head, Set<String> stop, int reach) {
        int lo = head, hi = head;
        List<Integer> todo = new ArrayList<>(List.of(head));
        Set<Integer> seen = new java.util.HashSet<>(todo);
        while (!todo.isEmpty()) {
            int h = todo.remove(todo.size() - 1);
            for (Dependency d : s.children(h)) {
                String base = d.relation().contains(":") && !stop.contains(d.relation())
                        ? d.relation().substring(0, d.relation().indexOf(':')) : d.relation();
                if (stop.contains(d.relation()) || stop.contains(base) || d.relation().startsWith("conj")) continue;
                int k = d.dependent();
                if (Math.abs(k - head) > reach || !seen.add(k)) continue;
                lo = Math.min(lo, k);
                hi = Math.max(hi, k);
                todo.add(k);
            }
        }
        while (lo < hi && (token(lo).tag().equals("POS") || token(lo).word().equals("\"") || token(lo).tag().equals(","))) lo++;
        while (hi > lo && (token(hi).word().equals("\"") || token(hi).tag().equals(",") || token(hi).tag().equals("."))) hi--;
        return span(lo, hi);
    }

    /** The whole sentence as evidence for {@code field}. */
    org.sitrep.model.Evidence sentenceEvidence(String report, String field) {
        return new org.sitrep.model.Evidence(report, s.index(), s.start(), s.end(), s.text(), field);
    }

    Phrase span(int lo, int hi) {
        int start = token(lo).start(), end = token(hi).end();
        return new Phrase(s.text().substring(start - s.start(), end - s.start()), start, end, s.index());
    }

    /** True when a modal or future auxiliary, or a negation, governs the verb: "could attack", "did not strike". */
    boolean isIrrealis(int verb) {
        for (Dependency d : s.children(verb)) {
            if (d.relation().equals("aux")) {
                String l = lemma(d.dependent());
                if (Set.of("will", "would", "could", "may", "might", "should", "shall", "can", "must").contains(l)) return true;
            }
        }
        return isNegated(verb);
    }

    /** Words of negation, as written or as lemmas ("n't" is lemmatised "not"). */
    static final Set<String> NEGATIONS = Set.of("not", "never", "n't");

    /** True when a negation governs the word: "did not confirm", "never claimed", "not able". */
    boolean isNegated(int word) {
        for (Dependency d : s.children(word)) {
            if ((d.relation().equals("advmod") || d.relation().equals("neg"))
                    && (NEGATIONS.contains(lemma(d.dependent()))
                        || NEGATIONS.contains(token(d.dependent()).word().toLowerCase(java.util.Locale.ROOT)))) return true;
        }
        return false;
    }

    int size() { return s.tokens().size(); }
}
