package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sitrep.model.Claim;
import org.sitrep.model.ClaimKind;
import org.sitrep.model.Evidence;
import org.sitrep.resolve.actor.Actor;
import org.sitrep.resolve.actor.ActorMatch;
import org.sitrep.resolve.time.TimeMention;
import org.sitrep.resolve.time.TimeValue;

/**
 * Who vouches for an event and how: a claim of responsibility, an official confirmation or a denial, read from a
 * verb of claiming above the trigger or from who is speaking and which side they are on.
 */
final class ClaimFinder {
    private final Lexicon lexicon;

    ClaimFinder(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * Whether the relative clause of saying at {@code said} tells an event of its own: the attack noun it describes
     * ("a blast that officials said ...") or a trigger or toll verb inside it ("... said had killed hundreds").
     */
    private boolean tellsOwnEvent(SentenceContext c, int said, int i) {
        Parse p = c.parse;
        int noun = p.head(said);
        for (TriggerFinder.Candidate k : c.candidates) if (k.token() != i && k.token() == noun) return true;
        for (int k = 0; k < p.size(); k++) {
            if (k == i || k == said || !c.ancestors(k).contains(said)) continue;
            final int tok = k;
            if (c.candidates.stream().anyMatch(x -> x.token() == tok) || p.token(k).isVerb() && lexicon.isTollVerb(p.lemma(k))) return true;
        }
        return false;
    }

    /** Claims, confirmations and denials the sentence makes about the event at token {@code i}, and its dispute. */
    List<Claim> claims(SentenceContext c, int i, @Nullable Actor a1, @Nullable Actor a2, String report) {
        List<Claim> out = vouching(c, i, a1, a2, report);
        int b = mutualBlame(c, i);
        if (b < 0) return out;
        Parse p = c.parse;
        int subj = p.child(b, "nsubj");
        String by = subj >= 0 ? p.nounPhrase(subj).text() : p.token(b).word();
        TimeMention tm = c.timeFor(b);
        List<Claim> all = new ArrayList<>(out);
        all.add(new Claim(ClaimKind.DISPUTE, by, null, tm != null ? tm.value().iso() : null,
                c.speaker != null ? c.speaker.channel() : null, p.sentenceEvidence(report, "claim")));
        return all;
    }

    /**
     * "..., with the army and the rebels blaming each other", "drone hits plant as Kyiv and Moscow trade blame": the
     * token of sides blaming each other for the attack at {@code i}, told before it in the same clause (clauses
     * parted by semicolons), or in the clause before where theirs tells no attack ("blast kills 11; army and rebels
     * trade blame"); -1 if there is none.
     */
    private int mutualBlame(SentenceContext c, int i) {
        Parse p = c.parse;
        for (int b = i + 1; b < p.size(); b++) {
            if (!isMutualBlame(p, b)) continue;
            final int at = b;
            int start = clauseStart(p, b);
            if (i >= start) return b;
            boolean own = c.candidates.stream().anyMatch(k -> k.token() >= start && k.token() < at);
            return !own && start > 0 && i >= clauseStart(p, start - 1) ? b : -1;
        }
        return -1;
    }

    /** A blaming or trading verb whose next words are a mutual object: "blamed each other", "traded accusations". */
    private boolean isMutualBlame(Parse p, int b) {
        String lemma = p.lemma(b);
        if (!lexicon.isBlaming(lemma) && !lexicon.isMutualVerb(lemma)) return false;
        if (b + 1 >= p.size()) return false;
        String next = p.token(b + 1).word().toLowerCase(java.util.Locale.ROOT);
        if (lexicon.isMutualObject(next) || lexicon.isMutualObject(p.lemma(b + 1))) return true;
        return b + 2 < p.size() && lexicon.isMutualObject(next + " " + p.token(b + 2).word().toLowerCase(java.util.Locale.ROOT));
    }

    /** The first token of the semicolon-parted clause holding token {@code k}. */
    private static int clauseStart(Parse p, int k) {
        while (k > 0 && !p.token(k - 1).word().equals(";")) k--;
        return k;
    }

    private List<Claim> vouching(SentenceContext c, int i, @Nullable Actor a1, @Nullable Actor a2, String report) {
        Parse p = c.parse;
        List<Claim> out = new ArrayList<>();
        List<Integer> chain = c.ancestors(i);
        Evidence sentence = p.sentenceEvidence(report, "claim");
        String channel = c.speaker != null ? c.speaker.channel() : null;
        for (int a : chain) {
            ClaimKind kind = lexicon.claimCue(p.lemma(a));
            if (kind == null || !p.token(a).isVerb() || negated(p, a)) continue;
            int subj = p.child(a, "nsubj");
            if (subj < 0) continue;
            ActorMatch m = c.resolve(p.nounPhrase(subj), true);
            if (m == null) continue;
            TimeMention tm = c.timeFor(a);
            TimeValue when = tm != null ? tm.value() : c.speaker != null && c.speaker.verb() == a ? c.speaker.time() : TimeValue.UNKNOWN;
            out.add(new Claim(kind, m.actor().name(), m.actor().id(), when.iso(), channel, sentence));
            return out;
        }
        // A sentence of a state body's own release that names no speaker is the body's account.
        Speaker speaker = c.speaker != null ? c.speaker : c.state.voice;
        if (speaker == null) return out;
        if (speaker != c.speaker) channel = speaker.channel();
        // "... hours after a blast that Palestinian officials said had killed hundreds": a speaker in a relative
        // clause on another attack noun vouches for that attack, not for the sentence's other events.
        int said = speaker.verb();
        if (said >= 0 && said < p.size() && p.relation(said).equals("acl:relcl") && !chain.contains(said)
                && tellsOwnEvent(c, said, i)) return out;
        Actor s = speaker.match() == null ? null : speaker.match().actor();
        // "The Houthis said they had targeted a tanker ... The group's military spokesman said the vessel was hit":
        // the group's own spokesman, or its media arm, speaks for the armed group the sentence names as attacker.
        if (a1 != null && a1.isArmedGroup() && ownedByGroup(c, speaker.phrase().text())) s = a1;
        // "The Houthis fired a missile at the airport, the group said": "the group" is the armed group the sentence
        // names as the attacker, before any earlier sentence has named one.
        // Not "he" or "she": a person told of before (an army spokesman at a briefing) is no group, and an officer
        // telling that "troops repelled an attack by ISWAP" does not make ISWAP the claimant.
        if (s == null && a1 != null && a1.isArmedGroup() && c.isAnaphoric(speaker.phrase().text())
                && !PERSONS.contains(speaker.phrase().text().toLowerCase(java.util.Locale.ROOT).trim())) s = a1;
        // "A Turkish drone struck ..., killing two SDF fighters, the Kurdish-led group said": a group described, not
        // named, in a sentence whose attacker is a state is the armed side hit.
        else if (s == null && (a1 == null || !a1.isArmedGroup()) && a2 != null && a2.isArmedGroup()
                && describesGroup(speaker.phrase().text())) s = a2;
        // States and intergovernmental bodies (a UN mission, UKMTO) are official sources (RECORD.md's "confirmed");
        // not where the speaker's own words name a third party ("Gaza's civil defence agency").
        boolean official = s != null && (s.isState() || s.type() == Actor.Type.IGO)
                && !lexicon.isUnofficialPhrase(speaker.phrase().text()) || speaker.official();
        ClaimKind kind = null;
        if (speaker.verbLemma().equals("deny") && (s != null || official)) kind = ClaimKind.DENY;
        // The side hit telling of the attack on it ("UNIFIL says a projectile hit its headquarters") confirms it.
        else if (s != null && a2 != null && s.id().equals(a2.id()) && (s.isState() || s.isArmedGroup()
                || s.type() == Actor.Type.IGO)) kind = ClaimKind.CONFIRM;
        // A group telling of its own attack claims it; a state announcing its own strike is an official source.
        // Not a group that tells, with no attacker named, of drones its side's defences brought down ("one drone was
        // brought down by the base's defences and the other fell inside the compound"): it speaks for the side hit.
        else if (s != null && s.isArmedGroup() && (a1 != null && (a1.id().equals(s.id()) || a1.isGeneric())
                || a1 == null && !tellsInterception(c))) kind = ClaimKind.CLAIM;
        // An army, ministry, governor or other official telling of an attack, on its side or the other's, confirms
        // it; residents, witnesses, monitors and media only report it.
        else if (official) kind = ClaimKind.CONFIRM;
        if (kind != null) {
            out.add(new Claim(kind, s != null ? s.name() : speaker.phrase().text(), s != null ? s.id() : null,
                    speaker.time().iso(), channel, sentence));
        }
        return out;
    }

    /**
     * "could not confirm the attack", "we have not been able to confirm it": a cue that is negated, on itself or on
     * the word whose complement it is, asserts nothing. A modal alone does not hedge it ("I can confirm that ...").
     */
    static boolean negated(Parse p, int cue) {
        if (p.isNegated(cue)) return true;
        int head = p.head(cue);
        return p.relation(cue).equals("xcomp") && head >= 0 && p.isNegated(head);
    }

    private boolean tellsInterception(SentenceContext c) {
        for (TriggerFinder.Candidate k : c.candidates) {
            if (lexicon.isInterception(TriggerFinder.phrasalLemma(c.parse, k.token()))) return true;
        }
        return false;
    }

    private static final java.util.Set<String> PERSONS = java.util.Set.of("he", "she", "i", "him", "her");

    private static final java.util.Set<String> VOICES = java.util.Set.of("spokesman", "spokeswoman", "spokesperson",
            "arm", "wing", "outlet", "agency", "channel", "commander", "leader");

    /** "the group's military spokesman", "its media arm", "the rebels' spokesman": one who speaks for a group. */
    private static boolean ownedByGroup(SentenceContext c, String text) {
        String t = text.toLowerCase(java.util.Locale.ROOT).trim();
        if (!VOICES.contains(t.substring(t.lastIndexOf(' ') + 1))) return false;
        if (t.startsWith("its ") || t.startsWith("their ")) return true;
        int poss = t.indexOf("'s ");
        if (poss < 0) poss = t.indexOf("s' ") + 1;
        return poss > 0 && c.isAnaphoric(t.substring(0, poss));
    }

    /** "the group", "the Kurdish-led group", "the jihadist movement": an armed group told by a description. */
    private boolean describesGroup(String text) {
        String[] w = text.toLowerCase(java.util.Locale.ROOT).trim().split("\\s+");
        return w.length >= 2 && w.length <= 4 && w[0].equals("the") && lexicon.isGroupNoun(w[w.length - 1]);
    }
}
