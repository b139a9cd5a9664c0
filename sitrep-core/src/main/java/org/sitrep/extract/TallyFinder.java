package org.sitrep.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Evidence;
import org.sitrep.model.Phrase;
import org.sitrep.model.Tally;
import org.sitrep.resolve.place.PlaceMention;
import org.sitrep.resolve.time.TimeMention;
import org.sitrep.resolve.time.TimeValue;

/**
 * Official counts: a trigger verb counted in "times" ("attacked ... 16 times"), or a counted plural trigger noun
 * with a window ("more than 150 attacks since October 17"). A tally is kept as a count with its window, places,
 * source and speaker; the trigger it uses is consumed, so a tally never becomes events.
 */
final class TallyFinder {
    private static final Set<String> QUALIFIERS = Set.of("least", "more", "over", "about", "nearly", "almost", "some",
            "around", "approximately", "roughly");

    record Found(Tally tally, int trigger) {
    }

    private final Lexicon lexicon;

    TallyFinder(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** People counted in casualty and displacement tallies ("at least 196 civilians were killed in September"). */
    private static final Set<String> VICTIMS = Set.of("people", "civilian", "person", "palestinian", "soldier",
            "child", "woman", "fighter", "resident", "worker", "israeli", "ukrainian", "sudanese", "lebanese",
            "syrian", "iraqi", "yemeni", "militant", "member", "personnel", "troop");
    private static final Set<String> HARM_VERBS = Set.of("kill", "injure", "wound", "detain", "arrest", "displace",
            "die", "force", "drive", "abduct", "uproot");

    /**
     * Counted casualties over a window ("196 civilians were killed in September", "more than 46,700 people have
     * been killed in Gaza since the war began"): a tally, never an event. Returns the harm verb used, so that it
     * makes no event, with each tally.
     */
    List<Found> casualties(SentenceContext c, String report, int ordinal) {
        Parse p = c.parse;
        TimeMention window = window(c);
        boolean since = false;
        for (int k = 0; k < p.size(); k++) since |= p.lemma(k).equals("since") || p.lemma(k).equals("past");
        if (window == null && !since) return List.of();
        List<Found> out = new ArrayList<>();
        for (int k = 0; k < p.size(); k++) {
            if (!VICTIMS.contains(p.lemma(k)) || !p.token(k).isPlural() && !p.lemma(k).equals("people")) continue;
            int num = p.child(k, "nummod");
            if (num < 0) continue;
            Integer count = Numbers.parse(p.token(num).word());
            if (count == null || count < 10) continue;
            int verb = p.head(k);
            if (verb < 0 || !HARM_VERBS.contains(p.lemma(verb))) continue;
            String what = p.token(k).word().toLowerCase(Locale.ROOT) + " " + p.token(verb).word().toLowerCase(Locale.ROOT);
            out.add(new Found(build(c, what, num, count, window, report, ordinal + out.size()), verb));
        }
        return out;
    }

    /** "counted at least 856 militant attacks": the object of a verb of counting. */
    private boolean countedBy(Parse p, int i) {
        int head = p.head(i);
        return head >= 0 && p.relation(i).equals("obj") && lexicon.isCounting(p.lemma(head));
    }

    /** "times" as in "66 times", also where the tagger took it for a verb. */
    private static boolean isTimes(Parse p, int k) {
        return p.token(k).word().equalsIgnoreCase("times") && p.child(k, "nummod") >= 0;
    }

    @Nullable Found find(SentenceContext c, List<MentionFinder.Candidate> candidates, String report, int ordinal) {
        Parse p = c.parse;
        TimeMention window = window(c);
        for (MentionFinder.Candidate cand : candidates) {
            int i = cand.token();
            int num = -1;
            // "attacked 16 times", "came under attack at least 41 times": the count hangs on the trigger or its verb.
            boolean counted = false;
            for (int k = 0; k < p.size() && !counted; k++) {
                counted = isTimes(p, k) && p.head(k) >= 0
                        && (p.head(k) == i || p.token(i).isNoun() && p.head(k) == p.head(i));
            }
            if (p.token(i).isVerb() || counted) {
                for (int k = 0; k < p.size(); k++) {
                    // The first count is the total ("66 times - 32 in Iraq and 34 in Syria").
                    if (isTimes(p, k) && (p.head(k) == i || p.head(k) == p.head(i))) {
                        num = p.child(k, "nummod");
                        break;
                    }
                }
            } else if (p.token(i).isPlural() && (window != null || countedBy(p, i))) {
                num = p.child(i, "nummod");
            }
            if (num < 0) continue;
            Integer count = Numbers.parse(p.token(num).word());
            if (count == null || count < 2) continue;
            return new Found(tally(c, cand, i, num, count, window, report, ordinal), i);
        }
        return null;
    }

    /** The sentence's first dated span longer than a day ("since October 17", "in September"), or null. */
    private static @Nullable TimeMention window(SentenceContext c) {
        for (TimeMention t : c.times) {
            // "on Sunday and Monday" dates one event over two days; a count needs a longer window.
            if (t.value().isKnown() && t.value().precision() != DatePrecision.DAY
                    && t.value().to().toEpochDay() - t.value().from().toEpochDay() > 2) return t;
        }
        return null;
    }

    private Tally tally(SentenceContext c, MentionFinder.Candidate cand, int i, int num, int count,
                        @Nullable TimeMention window, String report, int ordinal) {
        Parse p = c.parse;
        StringBuilder what = new StringBuilder(cand.trigger().noun() && p.token(i).isPlural()
                ? p.token(i).word().toLowerCase(Locale.ROOT) : pluralOf(cand.trigger().lemma()));
        int with = p.child(i, "obl:with", "nmod:with");
        if (with >= 0) what.append(" with ").append(conjoined(p, with).replaceFirst("^(?i)with\\s+", ""));
        int target = p.token(i).isVerb() ? p.child(i, "nsubj:pass", "obj") : p.child(i, "nmod:on", "nmod:against");
        if (target >= 0) what.append(" on ").append(p.core(target).text());
        return build(c, what.toString(), num, count, window, report, ordinal);
    }

    private Tally build(SentenceContext c, String what, int num, int count, @Nullable TimeMention window,
                        String report, int ordinal) {
        Parse p = c.parse;
        String qualifier = "exactly";
        for (int k = Math.max(0, num - 2); k < num; k++) {
            String w = p.lemma(k);
            if (QUALIFIERS.contains(w)) {
                qualifier = w.equals("least") ? "at least" : w.equals("more") || w.equals("over") ? "more than" : "about";
            }
        }
        Set<String> where = new LinkedHashSet<>();
        for (PlaceMention pm : c.places) where.add(pm.place().country());
        Speaker sp = c.speaker;
        String source = sp != null && sp.match() != null ? sp.match().actor().name() : sp != null ? sp.phrase().text() : null;
        String speaker = sp != null && sp.match() != null && sp.match().person() != null ? sp.match().person().name() : null;
        TimeValue w = window != null ? window.value() : TimeValue.UNKNOWN;
        List<Evidence> ev = new ArrayList<>();
        ev.add(p.sentenceEvidence(report, "sentence"));
        ev.add(p.span(num, num).evidence(report, "count"));
        if (window != null) ev.add(window.phrase().evidence(report, "window"));
        return new Tally(report + "-t" + ordinal, report, count, qualifier, w.isKnown() ? w.from().toString() : null,
                w.isKnown() ? w.to().toString() : null, what, List.copyOf(where), source, speaker,
                sp != null ? sp.time().iso() : null, ev);
    }

    /** "suicide drones and rockets": the head with its coordinated nouns. */
    private static String conjoined(Parse p, int head) {
        Phrase core = p.core(head);
        int hi = head;
        for (int k : p.children(head, "conj")) hi = Math.max(hi, k);
        if (hi == head) return core.text();
        int lo = p.sentence().tokenAt(core.start());
        return p.span(lo, hi).text();
    }

    private static String pluralOf(String lemma) {
        if (lemma.endsWith("sh") || lemma.endsWith("s")) return lemma + "es";
        return lemma.endsWith("y") ? lemma.substring(0, lemma.length() - 1) + "ies" : lemma + "s";
    }
}
