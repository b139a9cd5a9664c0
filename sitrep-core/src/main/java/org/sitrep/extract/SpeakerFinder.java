package org.sitrep.extract;

import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.sitrep.model.Phrase;
import org.sitrep.model.Token;
import org.sitrep.resolve.actor.ActorMatch;
import org.sitrep.resolve.time.TimeMention;
import org.sitrep.resolve.time.TimeValue;

/**
 * Finds the speaker of a sentence: the subject of its first reporting verb ("X said", "X claimed", "X told
 * reporters"), with the time attached to that verb and the channel named in the sentence ("on its Telegram
 * channel", "in a statement"). "He said" resolves to the previous speaker, and inherits its time when the sentence
 * gives none.
 */
final class SpeakerFinder {
    private final Lexicon lexicon;

    SpeakerFinder(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Nullable Speaker find(SentenceContext c) {
        // A verb of saying in a relative clause ("one of the factions that claim attacks") describes someone; the
        // sentence's own verb of saying, if it has one, names who speaks.
        Speaker main = find(c, false);
        return main != null ? main : find(c, true);
    }

    private @Nullable Speaker find(SentenceContext c, boolean relativeClauses) {
        Parse p = c.parse;
        for (int i = 0; i < p.size(); i++) {
            Token t = p.token(i);
            if (!t.isVerb() || !lexicon.isReportingVerb(p.lemma(i))) continue;
            if (!relativeClauses && p.relation(i).equals("acl:relcl")) continue;
            int subj = p.child(i, "nsubj");
            if (subj >= 0 && p.relation(subj).equals("nsubj:pass")) continue;
            // "No group had claimed the attack": no one spoke.
            if (subj >= 0 && (p.child(subj, "det") >= 0 && p.lemma(p.child(subj, "det")).equals("no")
                    || p.lemma(subj).equals("nobody") || p.lemma(subj).equals("none"))) continue;
            // "..., killing two members of the SDF, the SDF said": a subject the parser took from before the
            // closing comma is a word of the clause said, not the one who said it.
            if (subj >= 0 && subj < i && commaBetween(p, subj, i) && p.token(subj).isNoun()
                    && c.resolveNoun(subj, false) == null) {
                Speaker trailing = trailing(c, i);
                if (trailing != null && (trailing.match() != null || trailing.official())) return trailing;
            }
            if (subj < 0 || !p.token(subj).isNoun() && !p.token(subj).tag().startsWith("PRP")) {
                Speaker trailing = trailing(c, i);
                if (trailing != null) return trailing;
                continue;
            }
            Phrase phrase = p.core(subj);
            TimeMention tm = null;
            for (TimeMention m : c.times) {
                int tok = p.sentence().tokenAt(m.phrase().start());
                if (tok >= 0 && c.verbAbove(tok) == i && m.value().isKnown()) { tm = m; break; }
            }
            TimeValue time = tm != null ? tm.value() : TimeValue.UNKNOWN;
            ActorMatch match;
            if (c.isAnaphoric(phrase.text()) && c.state.lastSpeaker != null) {
                match = c.state.lastSpeaker.match();
                phrase = new Phrase(phrase.text(), phrase.start(), phrase.end(), phrase.sentence());
                if (!time.isKnown()) time = c.state.lastSpeaker.time();
                if (match == null) {
                    return new Speaker(c.state.lastSpeaker.phrase(), null, i, p.lemma(i), time, channel(c),
                            c.state.lastSpeaker.official());
                }
                return new Speaker(phrase, match, i, p.lemma(i), time, channel(c), c.state.lastSpeaker.official());
            }
            Phrase full = p.nounPhrase(subj);
            ActorMatch resolved = c.resolveNoun(subj, false);
            // "Media outlets close to HTS", "sources close to the group": they speak for the one they are close to.
            int close = p.child(subj, "obl:close_to", "nmod:close_to");
            if (close >= 0 && (resolved == null || resolved.actor().isGeneric())) {
                ActorMatch patron = c.resolveNoun(close, false);
                if (patron != null) resolved = patron;
            }
            Phrase name = resolved == null ? c.properName(subj) : null;
            return new Speaker(name != null ? name : phrase, resolved, i, p.lemma(i), time, channel(c),
                    lexicon.isOfficialPhrase(full.text()));
        }
        return accordingTo(c);
    }

    /**
     * "..., killing three, the head of the regional military administration, Serhiy Lysak, said.": the parser often
     * takes the clause for the subject of a closing "said"; the speaker is the phrase between the commas before it,
     * with the title in front of a bare name.
     */
    private @Nullable Speaker trailing(SentenceContext c, int verb) {
        Parse p = c.parse;
        int hi = verb - 1;
        if (hi > 0 && p.token(hi).tag().equals(",")) hi--;
        if (hi < 1 || !p.token(hi).isNoun()) return null;
        int lo = hi;
        while (lo > 0 && !p.token(lo - 1).tag().equals(",")) lo--;
        if (lo == 0 || hi - lo > 12) return null;
        boolean bareName = true;
        for (int k = lo; k <= hi; k++) bareName &= p.token(k).tag().startsWith("NNP");
        if (bareName && lo >= 2) {
            int title = lo - 2;
            while (title > 0 && !p.token(title - 1).tag().equals(",") && lo - title < 12) title--;
            if (title > 0) lo = title;
        }
        Phrase phrase = p.span(lo, hi);
        return new Speaker(phrase, c.resolve(phrase, false), verb, p.lemma(verb), TimeValue.UNKNOWN, channel(c),
                lexicon.isOfficialPhrase(phrase.text()));
    }

    private static boolean commaBetween(Parse p, int from, int to) {
        for (int k = from + 1; k < to; k++) if (p.token(k).tag().equals(",")) return true;
        return false;
    }

    /** "..., according to the health ministry": the source named by "according to", as if it had said so. */
    private @Nullable Speaker accordingTo(SentenceContext c) {
        Parse p = c.parse;
        for (int i = 0; i < p.size(); i++) {
            String rel = p.relation(i);
            if (!rel.endsWith(":according_to") || !p.token(i).isNoun()) continue;
            Phrase full = p.nounPhrase(i);
            Phrase core = p.core(i);
            // The sentence tells when the event happened, not when the source spoke: the time stays unknown.
            // Resolved on the core phrase: "the health ministry in the Hamas-run territory" is not Hamas.
            return new Speaker(core, c.resolve(core, false), p.head(i), "say", TimeValue.UNKNOWN, channel(c),
                    lexicon.isOfficialPhrase(full.text()));
        }
        return null;
    }

    private @Nullable String channel(SentenceContext c) {
        String text = c.parse.sentence().text().toLowerCase(Locale.ROOT);
        String best = null;
        int at = Integer.MAX_VALUE;
        for (Map.Entry<String, String> e : lexicon.channels().entrySet()) {
            int k = indexOfWord(text, e.getKey());
            if (k >= 0 && k < at) { at = k; best = e.getValue(); }
        }
        return best;
    }

    private static int indexOfWord(String text, String word) {
        int k = text.indexOf(word);
        while (k >= 0) {
            boolean left = k == 0 || !Character.isLetter(text.charAt(k - 1));
            int e = k + word.length();
            boolean right = e >= text.length() || !Character.isLetter(text.charAt(e));
            if (left && right) return k;
            k = text.indexOf(word, k + 1);
        }
        return -1;
    }
}
