package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sitrep.model.Claim;
import org.sitrep.model.ClaimKind;
import org.sitrep.model.EventType;
import org.sitrep.model.Evidence;
import org.sitrep.model.Phrase;
import org.sitrep.resolve.actor.Actor;
import org.sitrep.resolve.actor.ActorResolver;
import org.sitrep.resolve.place.PlaceMention;
import org.sitrep.resolve.time.TimeValue;

/**
 * Assembles an event mention from a trigger the {@link MentionFinder} kept: its type and weapon, its sides as
 * combatants, its toll, date, claims and evidence; or adds a sentence's toll and claims to a mention already made.
 */
final class MentionBuilder {
    /** Events ending more than this many years before publication are history, not news. */
    static final int HISTORY_YEARS = 2;

    private final Lexicon lexicon;
    private final ActorResolver actors;
    private final OutcomeFinder outcomes = new OutcomeFinder();
    private final WeaponReader weapons;
    private final SideHitFinder sideHits;
    private final ProtestRules protests;
    private final ClaimFinder claimFinder;
    private final SoleAttackers soleAttackers = SoleAttackers.bundled();

    MentionBuilder(Lexicon lexicon, ActorResolver actors, WeaponReader weapons, SideHitFinder sideHits, ProtestRules protests,
                   ClaimFinder claimFinder) {
        this.lexicon = lexicon;
        this.actors = actors;
        this.weapons = weapons;
        this.sideHits = sideHits;
        this.protests = protests;
        this.claimFinder = claimFinder;
    }

    void build(SentenceContext c, TriggerFinder.Candidate cand, RoleFinder.Roles roles, @Nullable PlaceMention place, TimeValue time,
                       String report) {
        Parse p = c.parse;
        int i = cand.token();
        WeaponReader.Armament arms = weapons.armament(p, i);
        Lexicon.Weapon w = arms == null ? null : arms.nearest();
        Lexicon.Trigger tr = cand.trigger();
        EventType type = tr.type() != null ? tr.type() : w != null ? w.type() : tr.fallback();
        String weapon = arms != null ? arms.name() : tr.defaultWeapon();
        // "In a separate strike ..., a house was hit": a bare "hit" takes its kind from the sentence's "strike".
        if (tr.type() == null && w == null && weapon == null) {
            for (TriggerFinder.Candidate other : c.candidates) {
                Lexicon.Trigger ot = other.trigger();
                // Not across an "after"/"before" clause, which tells another event.
                if (EventTimeChooser.relativeMark(c, other.token()) != EventTimeChooser.relativeMark(c, i)) continue;
                if (other.token() != i && ot.type() == null && ot.defaultWeapon() != null) {
                    type = ot.fallback();
                    weapon = ot.defaultWeapon();
                    break;
                }
            }
        }
        // "... days after a drone strike on the hospital. The strike hit the maternity ward": "the strike" names again
        // the attack one of the two sentences before told with its weapon, and takes that weapon, not its default.
        if (arms == null && weapon != null && weapon.equals(tr.defaultWeapon()) && definite(p, i)) {
            WeaponReader.Armament told = null;
            for (Parse prior : c.state.priorParses) if (told == null) told = toldBefore(prior, p.lemma(i), type);
            if (told != null) weapon = told.name();
        }
        // "detained six people in house raids": an arrest is coded without a weapon, whatever the raid's default.
        if (type == EventType.ARREST) weapon = null;
        // "a woman blew herself up outside the hospital": a suicide bombing.
        if (p.token(i).isVerb() && p.child(i, "obj") >= 0 && lexicon.isReflexive(p.lemma(p.child(i, "obj")))
                && tr.fallback() == EventType.REMOTE_EXPLOSIVE) {
            type = EventType.SUICIDE_BOMB;
            weapon = "suicide vest";
        }
        // "the raid on Aitaroun flattened a house": a raid that hits or destroys something came from the air. Not an
        // "attack", whose kind follows its weapon: "the heaviest attack hit Djibo" names none, and stays a battle.
        if (type == EventType.ARMED_CLASH && tr.type() == EventType.ARMED_CLASH && w == null && p.token(i).isNoun()
                && p.relation(i).startsWith("nsubj")
                && p.head(i) >= 0 && lexicon.isAirborne(p.lemma(p.head(i)))) {
            type = EventType.AIR_DRONE_STRIKE;
            weapon = "airstrike";
        }
        Actor a1 = roles.actor1() == null ? null : actors.asCombatant(roles.actor1().actor());
        Actor a2 = roles.actor2() == null ? null : actors.asCombatant(roles.actor2().actor());
        // Each event of a sentence that joins several keeps its own toll.
        // "Protesters stormed the provincial council building": a crowd that storms or attacks riots.
        if (a1 != null && a1.type() == Actor.Type.PROTESTERS && w == null
                && (type == EventType.ARMED_CLASH || type == EventType.ATTACK_ON_CIVILIANS)) {
            type = EventType.VIOLENT_DEMONSTRATION;
            weapon = null;
        }
        OutcomeFinder.Outcome o = c.candidates.size() > 1 ? outcomes.findInClause(p, i) : outcomes.find(p);
        Actor named2 = a2;
        a2 = sideHits.sideHit(c, i, roles, a1, a2, place, time, type, o);
        // "11 people were killed when two militias clashed", "fighting between the army and the rebels": armed
        // sides fighting each other are a battle, whoever the dead were; civilians are not its side.
        if (a2 != null && a2.type() == Actor.Type.CIVILIANS && named2 == null && type == EventType.ARMED_CLASH
                && RoleFinder.isReciprocal(p.lemma(i)) && fightersFight(p, i, roles)) a2 = null;
        if (a2 != null && a2.type() == Actor.Type.CIVILIANS && type == EventType.ARMED_CLASH) type = EventType.ATTACK_ON_CIVILIANS;
        // "forces killed 12 al-Shabaab fighters": killing fighters is a battle, not violence against civilians.
        if (type == EventType.ATTACK_ON_CIVILIANS && roles.actor2Phrase() != null
                && lexicon.mentionsCombatants(roles.actor2Phrase().text())) type = EventType.ARMED_CLASH;
        if (ProtestRules.isProtest(type)) {
            type = protests.protestKind(p, type);
            // The crowd is the protest's actor, named by its country as ACLED does ("Protesters (Niger)"), unless
            // the sentence names an organised group that marched.
            boolean riot = type.family().equals("Riots");
            // "police dispersed the crowd": the state's forces are the ones who intervened, never the protest's actor.
            // Of the roles read for an attack only a state's force can be the protest's other side; the crowd
            // read as a target ("dispersed students outside the parliament") is the protest itself.
            Actor force = protests.interveningForce(c, i, place);
            if (force == null && a1 != null && a1.isState()) force = a1;
            if (force == null && a2 != null && a2.isState() && !protests.namesCrowd(p, roles.actor2Phrase())) force = a2;
            if (a1 != null && a1.isState()) a1 = null;
            a2 = force;
            // "several hundred residents marched": the civilians who march are the crowd, named as the crowd.
            if (a1 == null || a1.type() == Actor.Type.PROTESTERS || a1.type() == Actor.Type.CIVILIANS) {
                a1 = actors.crowdOf(place == null ? null : place.place().country(), riot).orElse(a1);
            }
        }
        List<Evidence> ev = new ArrayList<>();
        Phrase trig = p.span(i, i);
        ev.add(trig.evidence(report, "trigger"));
        ev.add(p.sentenceEvidence(report, "sentence"));
        if (roles.actor1Phrase() != null && a1 != null) ev.add(roles.actor1Phrase().evidence(report, "actor1"));
        if (roles.actor2Phrase() != null && a2 != null) ev.add(roles.actor2Phrase().evidence(report, "actor2"));
        if (place != null) ev.add(place.phrase().evidence(report, "place"));
        List<String> outcomeList = withFailure(p, i, o.outcomes());
        TimeValue resolved = c.anchorOr(time);
        if (!resolved.isKnown()) resolved = EventTimeChooser.undated(c, i);
        // An event years before the report ("the attack on December 16, 2014 remains the deadliest") is history
        // the report recalls, not news it brings.
        if (resolved.isKnown() && c.published != null
                && resolved.to().isBefore(c.published.minusYears(HISTORY_YEARS))) return;
        List<Claim> claims = claimFinder.claims(c, i, a1, a2, report);
        // The group that claims an attack carried it out.
        if (a1 == null) {
            for (Claim cl : claims) {
                if (cl.kind() == ClaimKind.CLAIM && cl.byId() != null) a1 = actors.actor(cl.byId()).orElse(null);
            }
        }
        // "Drones struck a fuel depot in Kosti" in a report whose earlier attacks of the kind were the RSF's: with
        // no attacker named, the one the report has been telling of, unless it is this event's target.
        if (a1 == null && !ProtestRules.isProtest(type)) {
            for (int k = c.state.mentions.size() - 1; k >= 0; k--) {
                EventMention m = c.state.mentions.get(k);
                // "Turkish jets bombed Qandil ... A roadside bomb struck a convoy near Diwaniyah": a weapon of another
                // kind is another attacker's; an attack that names no weapon of its own is of the kind told. A verb
                // of a kind ("a bomb exploded" after "navy vessels shelled the coast") names its own; a noun ("heavy
                // explosions at the sites" after the strikes) may tell what the strikes did.
                if (m.actor1() == null || !m.type().family().equals(type.family())
                        || (w != null || tr.type() != null && p.token(i).isVerb()) && m.type() != type) continue;
                // "Israeli jets struck Hodeidah, hours after a drone hit Tel Aviv": forces told striking abroad are
                // not the ones who hit their own country (an army at war at home, as Sudan's, still may be).
                String here = place == null ? null : place.place().country();
                boolean home = m.actor1().isState() && here != null && here.equals(m.actor1().country())
                        && m.place() != null && !here.equals(m.place().country());
                if (!home && (a2 == null || !m.actor1().id().equals(a2.id()))) a1 = m.actor1();
                break;
            }
        }
        // A bare trigger with a place and a date but no one acting or hit, no weapon, no toll and no one vouching
        // for it ("the drone hits the weeds", "a battle for the title") is too thin to be an event.
        // An arrest's sentence counts no dead of its own ("neutralised 48 terrorists ... and arrested 63 suspects").
        boolean toll = o.fatalities() != null && type != EventType.ARREST;
        if (a1 == null && a2 == null && weapon == null && !toll && o.injuries() == null
                && claims.isEmpty() && !(heldBySomeone(type, roles) && withinDays(resolved))
                && !hitsNamedPlace(p, i, place)) return;
        // "A drone strike on a tent in al-Mawasi killed two": where one side alone strikes from the air, theirs. Not
        // before the test above: a place's usual attacker does not make a bare word an event.
        java.time.LocalDate day = EventTimeChooser.resolvedDay(c, resolved);
        if (a1 == null && place != null && day != null) {
            String sole = soleAttackers.of(place.place().country(), type, weapon, day).orElse(null);
            Actor side = sole == null ? null : actors.actor(sole).orElse(null);
            if (side != null && (a2 == null || !a2.id().equals(side.id()))) a1 = side;
        }
        String id = report + "-m" + c.state.mentions.size();
        c.told = true;
        EventMention made = new EventMention(id, report, p.sentence().index(), type, weapon, a1, a2,
                place == null ? null : place.place(), place == null ? null : place.precision(), resolved,
                o.fatalities(), o.injuries(), outcomeList, claims, ev);
        // A bare attack word typed by default may retell a strike the report has told ("the fourth Israeli attack").
        if (tr.type() == null && w == null) made = Retellings.asRetold(made, c.state.mentions);
        c.state.mentions.add(made);
        if (a1 != null && !a1.isState()) c.state.lastActor = a1;
    }

    /**
     * "The week's heaviest attack hit Djibo on Monday": an attack noun whose verb of hitting has the named place for
     * object tells where the blow fell; a roundup's lead of this kind is an event even before its details follow.
     */
    private boolean hitsNamedPlace(Parse p, int i, @Nullable PlaceMention place) {
        if (place == null || !p.token(i).isNoun() || !p.relation(i).startsWith("nsubj")) return false;
        int verb = p.head(i);
        if (verb < 0 || !lexicon.isAirborne(p.lemma(verb))) return false;
        int obj = p.child(verb, "obj");
        if (obj < 0) return false;
        // The place may be the object or named in its apposition ("hit Djibo, the capital of Soum province").
        for (int k = p.headOf(place.phrase()); k >= 0; k = p.head(k)) {
            if (k == obj) return true;
            if (k == verb) return false;
        }
        return false;
    }

    void absorbInto(SentenceContext c, int index, int i, String report) {
        c.told = true;
        List<EventMention> ms = c.state.mentions;
        EventMention last = ms.get(index);
        Parse p = c.parse;
        OutcomeFinder.Outcome o = outcomes.find(p);
        List<Claim> claims = claimFinder.claims(c, i, last.actor1(), last.actor2(), report);
        List<Evidence> ev = List.of(p.span(i, i).evidence(report, "trigger"),
                p.sentenceEvidence(report, "sentence"));
        EventMention absorbed = last.absorb(claims, withFailure(p, i, o.outcomes()),
                OutcomeFinder.added(p.sentence().text(), last.fatalities(), o.fatalities()), o.injuries(), ev);
        // "Three rockets were fired at Sderot. Islamic Jihad said it had fired the rockets.": the armed group that
        // claims an attack told without a named attacker is its attacker.
        if (last.actor1() == null || last.actor1().isGeneric()) {
            for (Claim k : claims) {
                Actor group = k.kind() == ClaimKind.CLAIM && k.byId() != null ? actors.actor(k.byId()).orElse(null) : null;
                if (group == null || !group.isArmedGroup()) continue;
                Actor attacker = actors.asCombatant(group);
                if (last.actor2() != null && attacker.id().equals(last.actor2().id())) continue;
                absorbed = absorbed.retyped(last.type(), attacker, last.actor2(), List.of());
                break;
            }
        }
        ms.set(index, absorbed);
    }

    /** "unsuccessful" counts only where it qualifies this trigger, not "mostly unsuccessful attacks" in general. */
    private List<String> withFailure(Parse p, int trigger, List<String> found) {
        List<String> out = new ArrayList<>();
        for (int k : p.children(trigger, "amod")) if (lexicon.isFailure(p.lemma(k))) out.add("unsuccessful");
        out.addAll(found);
        return out;
    }

    /** Whether the fight's subject, its "with" side or its "between" sides name armed people. */
    private boolean fightersFight(Parse p, int i, RoleFinder.Roles roles) {
        if (roles.actor1Phrase() != null && lexicon.mentionsFighters(roles.actor1Phrase().text())) return true;
        for (String rel : List.of("nsubj", "obl:with", "nmod:with", "nmod:between")) {
            int k = p.child(i, rel);
            if (k >= 0 && lexicon.mentionsFighters(p.nounPhrase(k).text())) return true;
        }
        return false;
    }

    /**
     * "Soldiers arrested six suspects", "the intelligence agency arrested a man": an arrest whose doer and whose held
     * are both named is a specific act even when neither resolves to a known actor; the other triggers still need a
     * side, a weapon or a toll. Only when done in a day or two: "31 suspects arrested between May 3 and May 9" is a
     * week's count.
     */
    private static boolean withinDays(TimeValue t) {
        return t.isKnown() && !t.to().isAfter(t.from().plusDays(2));
    }

    private static boolean heldBySomeone(EventType type, RoleFinder.Roles roles) {
        return type == EventType.ARREST && roles.actor1Phrase() != null && roles.actor2Phrase() != null;
    }

    /** "the strike": a trigger noun with a definite article and no count of its own. */
    private static boolean definite(Parse p, int i) {
        if (!p.token(i).isNoun() || p.child(i, "nummod") >= 0) return false;
        for (int d : p.children(i, "det")) if (p.lemma(d).equalsIgnoreCase("the")) return true;
        return false;
    }

    /** The weapon a prior sentence named with a trigger of this lemma, when it makes an attack of this kind; or null. */
    private WeaponReader.@Nullable Armament toldBefore(Parse prior, String lemma, EventType type) {
        for (int k = 0; k < prior.size(); k++) {
            if (!prior.lemma(k).equals(lemma)) continue;
            WeaponReader.Armament a = weapons.armament(prior, k);
            if (a != null && a.nearest().type() == type) return a;
        }
        return null;
    }
}
