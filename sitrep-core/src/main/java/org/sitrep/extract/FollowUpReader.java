package org.sitrep.extract;

import java.util.List;
import java.util.Set;
import org.sitrep.model.Claim;
import org.sitrep.model.ClaimKind;
import org.sitrep.model.EventType;
import org.sitrep.model.Phrase;
import org.sitrep.resolve.actor.Actor;
import org.sitrep.resolve.actor.ActorMatch;
import org.sitrep.resolve.actor.ActorResolver;
import org.sitrep.resolve.time.TimeMention;

/**
 * Reads a sentence for what it adds to the event just told rather than for an event of its own: a toll with no
 * trigger ("There were no casualties"), the attacker blamed, a claim of responsibility, an official's rebuttal.
 */
final class FollowUpReader {
    private final Lexicon lexicon;
    private final ActorResolver actors;
    private final OutcomeFinder outcomes = new OutcomeFinder();
    private final ClaimFinder claimFinder;
    private final WeaponReader weapons;

    FollowUpReader(Lexicon lexicon, ActorResolver actors, WeaponReader weapons) {
        this.lexicon = lexicon;
        this.actors = actors;
        this.weapons = weapons;
        this.claimFinder = new ClaimFinder(lexicon);
    }

    /**
     * A sentence with no trigger that states an outcome ("There were no casualties, the army said") adds it to the
     * event of the sentence just before, if there is one.
     */
    void outcomeOnly(SentenceContext c, String report) {
        List<EventMention> ms = c.state.mentions;
        // A revised toll ("The toll later rose to 12") may follow a paragraph on the damage or the rescue.
        int reach = OutcomeFinder.revisesToll(c.parse.sentence().text()) ? 2 : 1;
        if (ms.isEmpty() || ms.get(ms.size() - 1).lastSentence() < c.parse.sentence().index() - reach) return;
        OutcomeFinder.Outcome o = outcomes.find(c.parse.sentence().text());
        if (o.isEmpty()) return;
        // "73 people had been killed across the Strip since the deal was announced": a running total, not this
        // event's toll, even where no tally was read from it.
        for (int k = 0; k < c.parse.size(); k++) if (c.parse.lemma(k).equals("since")) return;
        EventMention last = ms.get(ms.size() - 1);
        // "The Somali army said five soldiers had died": who tells the toll vouches for the event as a speaker of a
        // trigger's sentence would.
        int told = 0;
        while (told < c.parse.size() - 1 && !lexicon.isOutcomeVerb(c.parse.lemma(told))) told++;
        List<Claim> claims = claimFinder.claims(c, told, last.actor1(), last.actor2(), report);
        ms.set(ms.size() - 1, last.absorb(claims, o.outcomes(), OutcomeFinder.added(c.parse.sentence().text(), last.fatalities(), o.fatalities()), o.injuries(),
                List.of(c.parse.sentenceEvidence(report, "outcome"))));
    }

    /**
     * "A base came under attack, an official said. Three rockets landed inside the perimeter.": a sentence that tells
     * no event of its own but names a weapon gives it to the event of the sentence before (or the one before that),
     * when that event had none; so does the attacker's claim ("the group said it had used a drone"). Not a sentence
     * on the defence ("shot down most of the drones with Patriot missiles"), whose weapons are not the attack's.
     */
    void weaponNamed(SentenceContext c, String report) {
        List<EventMention> ms = c.state.mentions;
        Parse p = c.parse;
        if (ms.isEmpty() || ms.get(ms.size() - 1).sentence() < p.sentence().index() - 2) return;
        EventMention last = ms.get(ms.size() - 1);
        if (last.weapon() != null || last.type() == EventType.ARREST || ProtestRules.isProtest(last.type())) return;
        for (int k = 0; k < p.size(); k++) {
            if (lexicon.isInterception(p.lemma(k)) || lexicon.isInterception(TriggerFinder.phrasalLemma(p, k))) return;
        }
        WeaponReader.Armament arms = weapons.firstNamed(p);
        // "troops arrived in trucks and a helicopter": an aircraft named later need not have struck.
        List<String> words = arms == null ? List.of() : arms.nearest().words();
        if (arms == null || lexicon.isPlatform(words.get(words.size() - 1))) return;
        // The kind stays: a battle in which shells were fired is still a battle, as ACLED codes it.
        ms.set(ms.size() - 1, last.armed(arms.name(), List.of(p.sentenceEvidence(report, "weapon"))));
    }

    /**
     * "Drones struck a fuel depot in Kosti, the state government said. It blamed the RSF.": an official or the side
     * hit blaming an armed actor names the attacker of the event just told, when the report names none.
     */
    void blame(SentenceContext c, String report) {
        List<EventMention> ms = c.state.mentions;
        Parse p = c.parse;
        if (ms.isEmpty()) return;
        EventMention last = ms.get(ms.size() - 1);
        // "Gunmen killed 21 villagers ... Survivors blamed the RSF": an unnamed attacker ("gunmen") gives way too.
        // "No casualties were reported. The state government blamed the RSF": one sentence on the toll may come between.
        if (last.actor1() != null && !last.actor1().isGeneric() || last.lastSentence() < p.sentence().index() - 2
                || ProtestRules.isProtest(last.type())) return;
        for (int k = 0; k < p.size(); k++) {
            if (!p.token(k).isVerb() || !lexicon.isBlaming(p.lemma(k))) continue;
            int accuser = p.child(k, "nsubj");
            int accused = p.child(k, "obj");
            // "blamed the attack on the RSF", "attributed the shelling to the RSF": the attack is the object, the
            // attacker follows "on" or "to".
            // The parser often hangs "on the RSF" on the attack noun instead of the verb.
            if (accused >= 0 && isAttack(p, accused)) {
                int onVerb = p.child(k, "obl:on", "obl:to");
                accused = onVerb >= 0 ? onVerb : p.child(accused, "nmod:on", "nmod:to");
            }
            // "an attack blamed on JNIM", "the shelling was attributed to the RSF": the report's own attribution of
            // the attack its participle describes or its passive subject names.
            boolean attributed = accuser < 0 && accused < 0 && (p.relation(k).equals("acl") && p.head(k) >= 0
                    && isAttack(p, p.head(k)) || p.child(k, "nsubj:pass") >= 0 && isAttack(p, p.child(k, "nsubj:pass")));
            if (attributed) accused = p.child(k, "obl:on", "obl:to");
            // "..., the defence ministry said, blaming the PKK": the one who said it blames.
            if (accuser < 0 && accused >= 0 && !attributed && p.head(k) >= 0
                    && Set.of("dep", "advcl", "xcomp", "conj").contains(p.relation(k).replaceAll(":.*", ""))) {
                accuser = p.child(p.head(k), "nsubj");
            }
            if (!attributed && accuser < 0 || accused < 0 || p.isIrrealis(k)) continue;
            ActorMatch by = null;
            if (!attributed) {
                // "It blamed ...": the one speaking in this sentence or, failing that, in the one before.
                Speaker speaker = c.speaker != null ? c.speaker : c.state.priorSentenceSpeaker;
                boolean anaphoric = c.isAnaphoric(p.nounPhrase(accuser).text()) && speaker != null;
                by = anaphoric ? speaker.match() : c.resolveNoun(accuser, true);
                // Who names the attacker need not vouch for the attack: officials of any level, a police spokesman,
                // residents and survivors attribute it ("The officials blamed the Islamic State").
                String accuserText = p.nounPhrase(accuser).text();
                boolean official = by != null && (by.actor().isState() || by.actor().type() == Actor.Type.IGO
                        || last.actor2() != null && by.actor().id().equals(last.actor2().id()))
                        || anaphoric && speaker.official()
                        || by == null && (lexicon.isOfficialPhrase(accuserText) || lexicon.isUnofficialPhrase(accuserText));
                if (!official) continue;
            }
            ActorMatch who = c.resolveNoun(accused, false);
            if (who == null || !(who.actor().isArmedGroup() || who.actor().type() == Actor.Type.STATE_MILITARY
                    || who.actor().isState())) continue;
            Actor attacker = actors.asCombatant(who.actor());
            if (last.actor2() != null && attacker.id().equals(last.actor2().id())) continue;
            if (by != null && attacker.id().equals(by.actor().id())) continue;
            ms.set(ms.size() - 1, last.retyped(last.type(), attacker, last.actor2(),
                    List.of(p.nounPhrase(accused).evidence(report, "actor1"), p.sentenceEvidence(report, "sentence"))));
            return;
        }
    }

    /**
     * "A drone struck a car near the border, killing two men. ... Both men were members of the PKK.": the dead or
     * wounded of the event just told (this sentence or one of the two before), said to be members or fighters of an
     * armed side, name the side hit where the event names none or only civilians. The victims are the subject of the
     * copula: counted ("the two men", "both men") or victim words ("the victims").
     */
    void victimsSide(SentenceContext c, String report) {
        List<EventMention> ms = c.state.mentions;
        Parse p = c.parse;
        if (ms.isEmpty()) return;
        EventMention last = ms.get(ms.size() - 1);
        // The toll is not counted yet here; the counted people of the copula are the event's dead or wounded.
        if (last.lastSentence() < p.sentence().index() - 2 || last.type() == EventType.ARREST
                || ProtestRules.isProtest(last.type())) return;
        if (last.actor2() != null && last.actor2().type() != Actor.Type.CIVILIANS && !last.actor2().isGeneric()) return;
        for (int k = 0; k < p.size(); k++) {
            if (!p.token(k).isNoun() || p.child(k, "cop") < 0 || p.isIrrealis(k)) continue;
            int victims = p.child(k, "nsubj");
            if (victims < 0 || !countedPeople(p, victims)) continue;
            // "members of the PKK", "commanders of Kata'ib Hezbollah"; "PKK fighters".
            int of = lexicon.isMemberWord(p.lemma(k)) ? p.child(k, "nmod:of") : -1;
            ActorMatch m = of >= 0 ? c.resolveNoun(of, false) : lexicon.isVictim(p.lemma(k)) ? c.resolveNoun(k, false) : null;
            if (m == null || !(m.actor().isArmedGroup() || m.actor().type() == Actor.Type.STATE_MILITARY)) continue;
            Actor side = actors.asCombatant(m.actor());
            if (last.actor1() != null && side.id().equals(last.actor1().id())) return;
            // Every mention the event's sentence gave ("were killed when a drone struck"), so that they still merge.
            List<org.sitrep.model.Evidence> why = List.of(p.nounPhrase(of >= 0 ? of : k).evidence(report, "actor2"),
                    p.sentenceEvidence(report, "sentence"));
            for (int j = ms.size() - 1; j >= 0 && ms.get(j).sentence() == last.sentence(); j--) {
                EventMention e = ms.get(j);
                boolean open = e.actor2() == null || e.actor2().type() == Actor.Type.CIVILIANS || e.actor2().isGeneric();
                if (open) ms.set(j, e.retyped(e.type(), e.actor1(), side, why));
            }
            return;
        }
    }

    /** People named as victims: "the two men", "both men", "the victims", "those killed" counted or victim words. */
    private boolean countedPeople(Parse p, int noun) {
        if (!p.token(noun).isNoun()) return false;
        if (lexicon.isVictim(p.lemma(noun)) && !lexicon.isMemberWord(p.lemma(noun))) return true;
        int det = p.child(noun, "det");
        return p.child(noun, "nummod") >= 0 || det >= 0 && p.lemma(det).equals("both");
    }

    /** An attack noun ("the attack", "the shelling") or a pronoun for the attack just told ("blamed it on"). */
    private boolean isAttack(Parse p, int k) {
        return lexicon.trigger(p.lemma(k), true) != null || Set.of("it", "this").contains(p.lemma(k));
    }

    /**
     * "Militants attacked a checkpoint in Bannu, killing three policemen. The Pakistani Taliban claimed responsibility
     * in a statement.": an armed group claiming responsibility, in a sentence that tells no event of its own, claims
     * the event just told (in this sentence or one of the two before) and, where that names no attacker or only an
     * unnamed one, is its attacker.
     */
    void claimResponsibility(SentenceContext c, String report) {
        List<EventMention> ms = c.state.mentions;
        Parse p = c.parse;
        if (ms.isEmpty() || c.told) return;
        EventMention last = ms.get(ms.size() - 1);
        if (last.sentence() < p.sentence().index() - 2 || ProtestRules.isProtest(last.type())) return;
        for (int k = 0; k < p.size(); k++) {
            if (!p.token(k).isVerb() || p.isIrrealis(k) || lexicon.claimCue(p.lemma(k)) != ClaimKind.CLAIM) continue;
            int what = p.child(k, "obj");
            int subj = p.child(k, "nsubj");
            if (what < 0 || !p.lemma(what).equals("responsibility") || subj < 0) continue;
            ActorMatch m = c.resolveNoun(subj, true);
            if (m == null || !m.actor().isArmedGroup()) continue;
            Actor group = actors.asCombatant(m.actor());
            if (last.actor2() != null && group.id().equals(last.actor2().id())) return;
            TimeMention tm = c.timeFor(k);
            Claim claim = new Claim(ClaimKind.CLAIM, m.actor().name(), m.actor().id(), tm != null ? tm.value().iso() : null,
                    c.speaker != null ? c.speaker.channel() : null, p.sentenceEvidence(report, "claim"));
            EventMention claimed = last.absorb(List.of(claim), List.of(), null, null, List.of());
            if (last.actor1() == null || last.actor1().isGeneric()) {
                claimed = claimed.retyped(last.type(), group, last.actor2(),
                        List.of(p.nounPhrase(subj).evidence(report, "actor1")));
            }
            ms.set(ms.size() - 1, claimed);
            return;
        }
    }

    /**
     * "A drone killed two men near the border. ... The health ministry later confirmed the two deaths.": an official
     * source confirming the attack or its toll, in a sentence that tells no event of its own, vouches for the event
     * told in this sentence or one of the two before, as it would as the speaker of that event's own sentence.
     */
    void confirmation(SentenceContext c, String report) {
        List<EventMention> ms = c.state.mentions;
        Parse p = c.parse;
        if (ms.isEmpty()) return;
        EventMention last = ms.get(ms.size() - 1);
        if (last.lastSentence() < p.sentence().index() - 2 || ProtestRules.isProtest(last.type())) return;
        for (int k = 0; k < p.size(); k++) {
            if (!p.token(k).isVerb() || lexicon.claimCue(p.lemma(k)) != ClaimKind.CONFIRM || ClaimFinder.negated(p, k)) continue;
            int subj = p.child(k, "nsubj");
            int what = p.child(k, "obj");
            if (subj < 0 || what < 0 || !confirmable(p, what)) continue;
            Phrase by = p.nounPhrase(subj);
            ActorMatch m = c.resolveNoun(subj, true);
            boolean official = m != null && (m.actor().isState() || m.actor().type() == Actor.Type.IGO)
                    && !lexicon.isUnofficialPhrase(by.text()) || m == null && lexicon.isOfficialPhrase(by.text());
            if (!official) continue;
            TimeMention tm = c.timeFor(k);
            Claim confirm = new Claim(ClaimKind.CONFIRM, m != null ? m.actor().name() : by.text(), m != null ? m.actor().id() : null,
                    tm != null ? tm.value().iso() : null, c.speaker != null ? c.speaker.channel() : null,
                    p.sentenceEvidence(report, "claim"));
            ms.set(ms.size() - 1, last.absorb(List.of(confirm), List.of(), null, null, List.of()));
            return;
        }
    }

    /** A state's forces or government, or a UN-type body, not named as its unofficial voice ("a source in the army"). */
    private boolean officialBody(Actor a, String phrase) {
        return (a.isState() || a.type() == Actor.Type.IGO) && !lexicon.isUnofficialPhrase(phrase);
    }

    /** Whether the actor is the event's attacker or the side it hit. */
    private static boolean isSide(EventMention m, Actor side) {
        return m.actor1() != null && side.id().equals(m.actor1().id()) || m.actor2() != null && side.id().equals(m.actor2().id());
    }

    /**
     * "A strike hit a tent in Muwasi, killing six, the hospital said. The Israeli military said it had targeted a
     * militant.": a state's forces or government, one of the sides of the event just told (this sentence or one of
     * the two before), giving their account in a sentence that tells no event of its own are an official source for
     * it, as they would be as the speaker of the event's own sentence (RECORD.md's "confirmed"). The sentence may
     * tell the event again without a place ("said it had targeted a militant"): such a mention, from index
     * {@code made} on, joins no placed event of another kind, so the account goes to the event told before it.
     */
    void sideAccount(SentenceContext c, int made, String report) {
        List<EventMention> ms = c.state.mentions;
        Speaker speaker = c.speaker;
        if (made == 0 || speaker == null || speaker.match() == null) return;
        int at = made - 1;
        EventMention last = ms.get(at);
        Parse p = c.parse;
        if (last.lastSentence() < p.sentence().index() - 2 || ProtestRules.isProtest(last.type())) return;
        Actor s = speaker.match().actor();
        if (!officialBody(s, speaker.phrase().text())) return;
        // "The army did not comment", "denied": no account, or a rebuttal that rebut() reads.
        int verb = speaker.verb();
        if (verb >= 0 && verb < p.size() && ClaimFinder.negated(p, verb) || lexicon.claimCue(speaker.verbLemma()) == ClaimKind.DENY) return;
        if (!isSide(last, actors.asCombatant(s))) return;
        Claim confirm = new Claim(ClaimKind.CONFIRM, s.name(), s.id(), speaker.time().iso(), speaker.channel(),
                p.sentenceEvidence(report, "claim"));
        ms.set(at, last.absorb(List.of(confirm), List.of(), null, null, List.of()));
    }

    /**
     * "dismissed Ukrainian accounts of civilian deaths as propaganda", "rejected reports of civilian casualties": what is
     * rebutted is who the attack harmed, not that it happened; the event stays as its other sources tell it.
     */
    private boolean deniesHarmOnly(Parse p, int claimNoun) {
        int of = p.child(claimNoun, "nmod:of");
        return of >= 0 && lexicon.isCasualty(p.lemma(of));
    }

    /** What, confirmed, vouches for an attack: the attack itself, its dead or wounded, or a toll the sentence states. */
    private boolean confirmable(Parse p, int what) {
        String lemma = p.lemma(what);
        return lexicon.trigger(lemma, true) != null || lexicon.isCasualty(lemma)
                || !outcomes.find(p.sentence().text()).isEmpty();
    }

    /**
     * "..., a claim a US defence official dismissed within hours as fabricated"; "The official rejected that account.":
     * an official, or the side said to be hit, rebutting a claim or an account denies the event just told (told in
     * this sentence or one of the two before).
     */
    void rebut(SentenceContext c, String report) {
        List<EventMention> ms = c.state.mentions;
        Parse p = c.parse;
        if (ms.isEmpty()) return;
        EventMention latest = ms.get(ms.size() - 1);
        if (latest.sentence() < p.sentence().index() - 2 || ProtestRules.isProtest(latest.type())) return;
        for (int k = 0; k < p.size(); k++) {
            if (!p.token(k).isVerb() || !lexicon.isRebutting(p.lemma(k)) || p.isIrrealis(k)) continue;
            // What is rebutted: the verb's object, or the claim noun its relative clause describes, which the
            // parser sometimes makes a second subject ("a claim a US defence official dismissed").
            String rel = p.relation(k);
            int what = (rel.equals("acl:relcl") || rel.equals("acl") || rel.equals("dep")) && p.head(k) >= 0
                    && lexicon.isClaimNoun(p.lemma(p.head(k))) ? p.head(k) : p.child(k, "obj");
            List<Integer> subjects = p.children(k, "nsubj");
            if (what < 0 || !lexicon.isClaimNoun(p.lemma(what))) {
                what = subjects.stream().filter(x -> lexicon.isClaimNoun(p.lemma(x))).findFirst().orElse(-1);
            }
            if (what < 0 || deniesHarmOnly(p, what)) continue;
            final int rebutted = what;
            // "The ministry denied the report, saying its forces only target militants": a rebuttal in a clause of
            // its own answers an account told in an earlier sentence, not what its own sentence goes on to say.
            int at = ms.size() - 1;
            if (rebutted != p.head(k)) while (at > 0 && ms.get(at).sentence() == p.sentence().index()) at--;
            if (ms.get(at).sentence() < p.sentence().index() - 2 || ProtestRules.isProtest(ms.get(at).type())) return;
            final EventMention last = ms.get(at);
            int who = subjects.stream().filter(x -> x != rebutted && !p.relation(x).equals("nsubj:pass")).findFirst().orElse(-1);
            if (who < 0) continue;
            Phrase by = p.nounPhrase(who);
            ActorMatch m = c.resolveNoun(who, false);
            Actor side = m == null ? null : actors.asCombatant(m.actor());
            // A side of the event may rebut too: "The RSF denied involvement", the attacker others name rebutting
            // their account.
            boolean official = m != null && officialBody(m.actor(), by.text()) || lexicon.isOfficialPhrase(by.text())
                    || side != null && isSide(last, side);
            // The claimant does not deny its own claim; the attacker named by others does deny their account
            // ("Turkey's defence ministry denied the report").
            if (!official || side != null && last.claims().stream().anyMatch(x -> x.kind() == ClaimKind.CLAIM
                    && (side.id().equals(x.byId()) || m.actor().id().equals(x.byId())))) continue;
            TimeMention tm = c.timeFor(k);
            Claim deny = new Claim(ClaimKind.DENY, m != null ? m.actor().name() : by.text(), m != null ? m.actor().id() : null,
                    tm != null ? tm.value().iso() : c.speaker != null ? c.speaker.time().iso() : null,
                    c.speaker != null ? c.speaker.channel() : null, p.sentenceEvidence(report, "claim"));
            ms.set(at, ms.get(at).absorb(List.of(deny), List.of(), null, null, List.of()));
            return;
        }
    }
}
