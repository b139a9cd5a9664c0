package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.sitrep.model.Claim;
import org.sitrep.model.ClaimKind;
import org.sitrep.model.EventType;
import org.sitrep.model.Evidence;
import org.sitrep.model.GeoPrecision;
import org.sitrep.model.Phrase;
import org.sitrep.model.Token;
import org.sitrep.resolve.actor.Actor;
import org.sitrep.resolve.actor.ActorMatch;
import org.sitrep.resolve.actor.ActorResolver;
import org.sitrep.resolve.place.PlaceMention;
import org.sitrep.resolve.time.TimeMention;
import org.sitrep.resolve.time.TimeValue;

/**
 * Turns trigger words into event mentions with roles read from the dependency parse. A trigger becomes an event
 * only when it names a specific instance: a verb that is neither negated, modal nor threatened; a singular noun;
 * or a plural noun anchored by a place and by a date or an actor ("carried out airstrikes ... in eastern Syria").
 * Plurals under "a series of", "a string of" are generic; "the assault" without a place of its own refers back to
 * the previous event and adds its claims and outcome there.
 */
final class MentionFinder {
    private static final Set<String> THREAT_VERBS = Set.of("threaten", "vow", "warn", "plan", "pledge", "promise",
            "intend", "seek", "try", "prepare", "urge", "call", "demand", "order");

    private final Lexicon lexicon;
    private final ActorResolver actors;
    private final OutcomeFinder outcomes = new OutcomeFinder();

    MentionFinder(Lexicon lexicon, ActorResolver actors) {
        this.lexicon = lexicon;
        this.actors = actors;
    }

    record Candidate(int token, Lexicon.Trigger trigger) {
    }

    /** Trigger candidates of the sentence, secondary ones dropped where a primary one is present. */
    List<Candidate> candidates(Parse p) {
        List<Candidate> all = new ArrayList<>();
        for (int i = 0; i < p.size(); i++) {
            Token t = p.token(i);
            if (!t.isNoun() && !t.isVerb()) continue;
            String lemma = p.lemma(i);
            int prt = p.child(i, "compound:prt");
            Lexicon.Trigger tr = null;
            if (prt >= 0) tr = lexicon.trigger(lemma + " " + p.lemma(prt), t.isNoun());
            if (tr == null) tr = lexicon.trigger(lemma, t.isNoun());
            if (tr != null) all.add(new Candidate(i, tr));
        }
        boolean primary = all.stream().anyMatch(c -> !lexicon.isSecondary(c.trigger().lemma()));
        if (primary) all.removeIf(c -> lexicon.isSecondary(c.trigger().lemma()));
        return all;
    }

    /** Adds the sentence's event mentions to the report state, or details to the previous mention. */
    void find(SentenceContext c, List<Candidate> candidates, List<PlaceMention> eventPlaces, String report) {
        Parse p = c.parse;
        for (Candidate cand : candidates) {
            int i = cand.token();
            Token t = p.token(i);
            int head = p.head(i);
            if (t.isVerb()) {
                if (p.isIrrealis(i)) continue;
                if (head >= 0 && THREAT_VERBS.contains(p.lemma(head)) && p.relation(i).startsWith("xcomp")) continue;
                if (head >= 0 && p.token(head).isNoun() && lexicon.trigger(p.lemma(head), true) != null) continue;
                if (t.tag().equals("VBG") && p.relation(i).startsWith("amod")) continue;
            } else if (isGeneric(p, i)) {
                continue;
            }
            PlaceMention place = placeFor(p, i, eventPlaces);
            if (t.isNoun() && isDefinite(p, i) && place == null) {
                // "the assault" refers back to the previous event; "the attacks" to attacks in general.
                if (!t.isPlural() && !c.state.mentions.isEmpty()) absorb(c, i, report);
                continue;
            }
            Roles roles = roles(c, i);
            TimeValue time = timeFor(c, i);
            if (t.isPlural() && p.child(i, "nummod") < 0 && (place == null || (!time.isKnown() && roles.actor1 == null))) continue;
            if (t.isNoun() && place == null && !time.isKnown() && roles.actor1 == null) continue;
            build(c, cand, roles, place, time, report);
        }
    }

    private boolean isGeneric(Parse p, int i) {
        // "a string of assaults", "a series of ongoing and mostly unsuccessful attacks": a quantifier noun then "of".
        for (int k = i - 1; k >= Math.max(0, i - 6); k--) {
            if (p.lemma(k).equals("of")) {
                if (k > 0 && lexicon.isGenericWord(p.lemma(k - 1))) return true;
                break;
            }
            if (!p.token(k).tag().startsWith("JJ") && !p.token(k).tag().startsWith("RB") && !p.token(k).tag().equals("CC")
                    && !p.token(k).tag().startsWith("NN") && !p.token(k).tag().startsWith("VBG")) break;
        }
        int head = p.head(i);
        for (int k = 0; k < 2 && head >= 0; k++) {
            if (lexicon.isGenericWord(p.lemma(head))) return true;
            head = p.head(head);
        }
        return false;
    }

    private static boolean isDefinite(Parse p, int i) {
        int det = p.child(i, "det");
        if (det < 0) return false;
        String d = p.lemma(det);
        return d.equals("the") || d.equals("this") || d.equals("that");
    }

    private record Roles(@Nullable ActorMatch actor1, @Nullable Phrase actor1Phrase, @Nullable ActorMatch actor2,
                         @Nullable Phrase actor2Phrase) {
    }

    private Roles roles(SentenceContext c, int i) {
        Parse p = c.parse;
        int subj = -1, obj = -1;
        if (p.token(i).isVerb()) {
            int pass = p.child(i, "nsubj:pass");
            if (pass >= 0) {
                obj = pass;
                subj = p.child(i, "obl:agent", "obl:by");
            } else {
                subj = p.child(i, "nsubj", "nsubj:xsubj");
                obj = p.child(i, "obj");
            }
            if (subj < 0) {
                int h = p.head(i);
                if (h >= 0 && p.token(h).isVerb() && !lexicon.isReportingVerb(p.lemma(h))) subj = p.child(h, "nsubj");
            }
        } else {
            subj = p.child(i, "nmod:by", "nmod:agent");
            obj = p.child(i, "nmod:on", "nmod:against", "nmod:targeting", "nmod:at");
            int h = p.head(i);
            for (int k = 0; subj < 0 && h >= 0 && k < 3; k++) {
                if (p.token(h).isVerb()) {
                    subj = p.child(h, "nsubj", "nsubj:xsubj");
                    break;
                }
                h = p.head(h);
            }
            if (obj < 0) {
                int acl = p.child(i, "acl");
                if (acl >= 0 && (p.lemma(acl).equals("target") || p.lemma(acl).equals("hit"))) obj = p.child(acl, "obj");
            }
        }
        Phrase a1 = subj >= 0 ? p.nounPhrase(subj) : null;
        Phrase a2 = obj >= 0 ? p.nounPhrase(obj) : null;
        ActorMatch m1 = a1 == null ? null : c.resolve(a1, true);
        ActorMatch m2 = a2 == null ? null : c.resolve(a2, false);
        return new Roles(m1, a1, m2, a2);
    }

    /** The first event place after the trigger, else the last one before it. */
    private static @Nullable PlaceMention placeFor(Parse p, int i, List<PlaceMention> places) {
        int at = p.token(i).start();
        PlaceMention before = null;
        for (PlaceMention pm : places) {
            if (pm.phrase().start() >= at) return pm;
            before = pm;
        }
        return before;
    }

    private TimeValue timeFor(SentenceContext c, int i) {
        TimeMention tm = c.timeFor(i);
        if (tm != null) return tm.value();
        if (c.speaker != null && c.speaker.time().isKnown() && c.ancestors(i).contains(c.speaker.verb())) return c.speaker.time();
        for (TimeMention m : c.times) if (m.value().isKnown()) return m.value();
        return TimeValue.UNKNOWN;
    }

    private void build(SentenceContext c, Candidate cand, Roles roles, @Nullable PlaceMention place, TimeValue time,
                       String report) {
        Parse p = c.parse;
        int i = cand.token();
        Lexicon.Weapon w = weaponNear(p, i);
        Lexicon.Trigger tr = cand.trigger();
        EventType type = tr.type() != null ? tr.type() : w != null ? w.type() : tr.fallback();
        String weapon = w != null ? w.weapon() : tr.defaultWeapon();
        Actor a1 = roles.actor1 == null ? null : actors.asCombatant(roles.actor1.actor());
        Actor a2 = roles.actor2 == null ? null : actors.asCombatant(roles.actor2.actor());
        if (a2 != null && a2.type() == Actor.Type.CIVILIANS && type == EventType.ARMED_CLASH) type = EventType.ATTACK_ON_CIVILIANS;
        List<Evidence> ev = new ArrayList<>();
        Phrase trig = p.span(i, i);
        ev.add(trig.evidence(report, "trigger"));
        ev.add(p.sentenceEvidence(report, "sentence"));
        if (roles.actor1Phrase != null && a1 != null) ev.add(roles.actor1Phrase.evidence(report, "actor1"));
        if (roles.actor2Phrase != null && a2 != null) ev.add(roles.actor2Phrase.evidence(report, "actor2"));
        if (place != null) ev.add(place.phrase().evidence(report, "place"));
        OutcomeFinder.Outcome o = outcomes.find(p.sentence().text());
        List<String> outcomeList = withFailure(p, i, o.outcomes());
        TimeValue resolved = c.anchorOr(time);
        List<Claim> claims = claims(c, i, a1, a2, report);
        String id = report + "-m" + c.state.mentions.size();
        c.state.mentions.add(new EventMention(id, report, p.sentence().index(), type, weapon, a1, a2,
                place == null ? null : place.place(), place == null ? null : place.precision(), resolved,
                o.fatalities(), o.injuries(), outcomeList, claims, ev));
        if (a1 != null && !a1.isState()) c.state.lastActor = a1;
    }

    private void absorb(SentenceContext c, int i, String report) {
        List<EventMention> ms = c.state.mentions;
        EventMention last = ms.get(ms.size() - 1);
        Parse p = c.parse;
        OutcomeFinder.Outcome o = outcomes.find(p.sentence().text());
        List<Claim> claims = claims(c, i, last.actor1(), last.actor2(), report);
        List<Evidence> ev = List.of(p.span(i, i).evidence(report, "trigger"),
                p.sentenceEvidence(report, "sentence"));
        ms.set(ms.size() - 1, last.absorb(claims, withFailure(p, i, o.outcomes()), o.fatalities(), o.injuries(), ev));
    }

    private static final Set<String> FAILURE = Set.of("unsuccessful", "failed", "foiled", "thwarted", "botched");

    /** "unsuccessful" counts only where it qualifies this trigger, not "mostly unsuccessful attacks" in general. */
    private static List<String> withFailure(Parse p, int trigger, List<String> found) {
        List<String> out = new ArrayList<>();
        for (int k : p.children(trigger, "amod")) if (FAILURE.contains(p.lemma(k))) out.add("unsuccessful");
        out.addAll(found);
        return out;
    }

    /** Claims, confirmations and denials the sentence makes about the event at token {@code i}. */
    private List<Claim> claims(SentenceContext c, int i, @Nullable Actor a1, @Nullable Actor a2, String report) {
        Parse p = c.parse;
        List<Claim> out = new ArrayList<>();
        List<Integer> chain = c.ancestors(i);
        Evidence sentence = p.sentenceEvidence(report, "claim");
        String channel = c.speaker != null ? c.speaker.channel() : null;
        for (int a : chain) {
            ClaimKind kind = lexicon.claimCue(p.lemma(a));
            if (kind == null || !p.token(a).isVerb()) continue;
            int subj = p.child(a, "nsubj");
            if (subj < 0) continue;
            ActorMatch m = c.resolve(p.nounPhrase(subj), true);
            if (m == null) continue;
            TimeMention tm = c.timeFor(a);
            TimeValue when = tm != null ? tm.value() : c.speaker != null && c.speaker.verb() == a ? c.speaker.time() : TimeValue.UNKNOWN;
            out.add(new Claim(kind, m.actor().name(), m.actor().id(), when.iso(), channel, sentence));
            return out;
        }
        if (c.speaker == null || c.speaker.match() == null) return out;
        Actor s = c.speaker.match().actor();
        ClaimKind kind = null;
        if (c.speaker.verbLemma().equals("deny")) kind = ClaimKind.DENY;
        else if (s.isArmedGroup() && (a1 == null || a1.id().equals(s.id()) || a1.isGeneric())) kind = ClaimKind.CLAIM;
        else if (s.isState() && s.country() != null
                && ((a2 != null && s.country().equals(a2.country())) || (a1 != null && s.country().equals(a1.country())))) {
            kind = ClaimKind.CONFIRM;
        }
        if (kind != null) out.add(new Claim(kind, s.name(), s.id(), c.speaker.time().iso(), channel, sentence));
        return out;
    }

    /** The weapon named nearest the trigger, preferring its own compound ("drone attack"). */
    private Lexicon.@Nullable Weapon weaponNear(Parse p, int i) {
        Lexicon.Weapon best = null;
        int bestDist = Integer.MAX_VALUE;
        for (int k = 0; k < p.size(); k++) {
            for (Lexicon.Weapon w : lexicon.weapons()) {
                if (k + w.words().size() > p.size()) continue;
                boolean match = true;
                for (int j = 0; j < w.words().size() && match; j++) {
                    String word = w.words().get(j);
                    match = p.lemma(k + j).equals(word) || p.token(k + j).word().toLowerCase(java.util.Locale.ROOT).equals(word);
                }
                if (!match) continue;
                int dist = Math.abs(k - i);
                if (dist < bestDist) { bestDist = dist; best = w; }
                break;
            }
        }
        return best;
    }
}
