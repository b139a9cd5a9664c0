package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.sitrep.model.EventType;
import org.sitrep.model.Phrase;
import org.sitrep.model.Token;
import org.sitrep.resolve.actor.Actor;
import org.sitrep.resolve.actor.ActorMatch;
import org.sitrep.resolve.actor.ActorResolver;
import org.sitrep.resolve.place.PlaceMention;
import org.sitrep.resolve.time.TimeValue;

/**
 * Who acted on whom: the attacker and the target of a trigger, read from the dependency parse, from the words in
 * front of it ("a US drone strike") or from what was shot down; and, where no target is named, the side the dead
 * belong to, civilians, or the forces stationed at the place hit.
 */
final class RoleFinder {
    private static final String CIVILIANS = "civilians";

    private final Lexicon lexicon;
    private final ActorResolver actors;
    private final WeaponReader weapons;
    private final Garrisons garrisons = Garrisons.bundled();

    RoleFinder(Lexicon lexicon, ActorResolver actors, WeaponReader weapons) {
        this.lexicon = lexicon;
        this.actors = actors;
        this.weapons = weapons;
    }

    /** The attacker and the side attacked, each with the words that name it. */
    record Roles(@Nullable ActorMatch actor1, @Nullable Phrase actor1Phrase, @Nullable ActorMatch actor2,
                 @Nullable Phrase actor2Phrase) {
    }

    /**
     * Verbs and nouns of fighting each other: their "between A and B", or a subject "A and B", names both sides, and
     * the other side follows "with" ("clashed with", "fought with").
     */
    private static final Set<String> RECIPROCAL = Set.of("clash", "fight", "fighting", "battle", "skirmish", "gunfight",
            "firefight");

    /** The two sides of a fight named as "between A and B" or as the subject "A and B clashed", or null. */
    private static int @Nullable [] reciprocalSides(Parse p, int i, int subj) {
        if (!RECIPROCAL.contains(p.lemma(i))) return null;
        List<Integer> between = p.children(i, "nmod:between");
        if (p.token(i).isNoun() && subj < 0 && !between.isEmpty()) {
            int first = between.get(0);
            int second = between.size() > 1 ? between.get(1) : p.child(first, "conj:and", "conj");
            return second >= 0 ? new int[] {first, second} : null;
        }
        if (p.token(i).isVerb() && subj >= 0 && p.child(i, "obj") < 0 && p.child(i, "obl:with") < 0) {
            int second = p.child(subj, "conj:and");
            return second >= 0 ? new int[] {subj, second} : null;
        }
        return null;
    }

    /** The roles of the trigger at {@code i}. */
    Roles roles(SentenceContext c, int i) {
        Parse p = c.parse;
        int subj = -1, obj = -1, repeller = -1;
        if (p.token(i).isVerb()) {
            int pass = p.child(i, "nsubj:pass");
            // "A Russian drone hit a minibus" parsed with "drone" as the passive's auxiliary: no "be" or "get", and
            // an object, make it the active verb it is.
            int auxPass = p.child(i, "aux:pass");
            if (pass >= 0 && auxPass >= 0 && p.child(i, "obj") >= 0 && !p.lemma(auxPass).equals("be")
                    && !p.lemma(auxPass).equals("get")) {
                subj = pass;
                obj = p.child(i, "obj");
            } else if (pass >= 0) {
                obj = pass;
                subj = p.child(i, "obl:agent", "obl:by");
                // "two drones were launched at the base": the weapon is the subject, the target follows "at".
                if (weapons.weaponHead(p, pass)) {
                    int aimed = p.child(i, "obl:at", "obl:on", "obl:toward", "obl:towards", "obl:against", "obl:upon");
                    obj = aimed;
                }
            } else {
                subj = p.child(i, "nsubj", "nsubj:xsubj");
                obj = p.child(i, "obj");
                // "targeted the American aircraft carrier Eisenhower": a name after the object can make the parser
                // read the object as an indirect one; no attack verb has one of its own.
                if (obj < 0) obj = p.child(i, "iobj");
                // "fired rockets at a Turkish base": the weapon is the object, the target follows "at" or "on".
                // "fired a salvo of ballistic and cruise missiles at the carrier": the parser may hang the "at"
                // inside the weapon's words; it is still where the verb aimed.
                int inside = obj >= 0 ? aimedInside(p, obj) : -1;
                // "opened fire on a patrol": the fire is no target either.
                boolean openFire = TriggerFinder.phrasalLemma(p, i).equals("open fire");
                if (obj < 0 || weapons.weaponHead(p, obj) || inside >= 0 || openFire) {
                    int aimed = p.child(i, "obl:at", "obl:on", "obl:toward", "obl:towards", "obl:against", "obl:upon");
                    if (aimed < 0) aimed = inside;
                    // Not "on Tuesday": a time is no target.
                    if (aimed >= 0 && !isTime(c, aimed)) obj = aimed;
                    else if (openFire) obj = -1;
                }
                // "Fano militiamen clashed with the Ethiopian army": the other side of a fight follows "with".
                if (obj < 0 && RECIPROCAL.contains(p.lemma(i))) {
                    int with = p.child(i, "obl:with");
                    if (with >= 0 && !isTime(c, with)) obj = with;
                }
            }
            if (subj < 0) {
                int h = p.head(i);
                if (h >= 0 && p.token(h).isVerb() && !lexicon.isReportingVerb(p.lemma(h))) subj = p.child(h, "nsubj");
                // "Militants believed to be ISWAP fighters stormed a village": the parser makes "believed" the verb
                // and hangs the attack on the noun it is believed of, which names the attacker.
                if (h >= 0 && p.token(h).isNoun() && p.relation(i).equals("acl") && p.relation(h).equals("xcomp")
                        && p.head(h) >= 0 && lexicon.isAffiliation(p.lemma(p.head(h)))) {
                    subj = h;
                }
            }
            // "A missile fired by the Houthis struck the carrier": the parser makes "fired" the verb and hangs
            // "struck" on it; what was struck is the target.
            if (obj < 0) {
                for (int d : p.children(i, "dep")) {
                    if (p.token(d).isVerb() && p.child(d, "obj") >= 0) {
                        obj = p.child(d, "obj");
                        break;
                    }
                }
            }
        } else {
            subj = p.child(i, "nmod:by", "nmod:agent");
            obj = nounTarget(c, i);
            // "militants launched an attack": the subject of a verb that carries out the noun. Not "troops were
            // killed in an attack" or "the minister condemned the attack".
            int h = p.head(i);
            // "Mortar fire hit a Turkish base", "the strike destroyed a house": the attack's own verb names its target.
            if (obj < 0 && h >= 0 && p.token(h).isVerb() && p.relation(i).equals("nsubj")
                    && lexicon.trigger(TriggerFinder.phrasalLemma(p, h), false) != null) {
                obj = p.child(h, "obj");
            }
            if (subj < 0 && h >= 0 && p.token(h).isVerb() && p.relation(i).equals("obj")
                    && lexicon.isAgentive(p.lemma(h))) {
                subj = p.child(h, "nsubj", "nsubj:xsubj");
                // "The military denied carrying out an air strike", "admitted carrying out the raid": the one who
                // denies or admits doing it is who is said to have done it.
                int g = p.head(h);
                if (subj < 0 && g >= 0 && p.token(g).isVerb() && lexicon.claimCue(p.lemma(g)) != null
                        && Set.of("dep", "xcomp", "ccomp", "advcl").contains(p.relation(h))) {
                    subj = p.child(g, "nsubj");
                }
            }
            // "beat back an assault by the RSF": the parser hangs the noun's "by" on the verb; an active verb's
            // "by" right after its object names who made the attack.
            if (subj < 0 && h >= 0 && p.token(h).isVerb() && p.relation(i).equals("obj") && p.child(h, "nsubj:pass") < 0) {
                int by = p.child(h, "obl:by");
                if (by > i && p.token(by).isNoun()) subj = by;
            }
            // "the army beat back an assault": the one who repelled it was the side attacked.
            if (h >= 0 && p.token(h).isVerb() && p.relation(i).equals("obj")
                    && lexicon.isRepelling(TriggerFinder.phrasalLemma(p, h))) {
                repeller = p.child(h, "nsubj", "nsubj:xsubj");
            }
            // "Israeli forces killed three men during a raid on the camp": the one who killed carried out the raid;
            // so did the one by whom "two men were shot dead during a raid".
            if (subj < 0 && h >= 0 && p.token(h).isVerb() && lexicon.isTollVerb(p.lemma(h))
                    && p.relation(i).startsWith("obl")) {
                if (p.child(h, "nsubj:pass") < 0 && p.child(h, "obj") >= 0) subj = p.child(h, "nsubj");
                else if (p.child(h, "nsubj:pass") >= 0) subj = p.child(h, "obl:agent", "obl:by");
            }
            // "US forces at Green Village came under rocket attack": the subject of "came" is the target.
            // Found by the words, as the parser often hangs "under attack" on a later verb of saying.
            int under = p.child(i, "case");
            if (obj < 0 && under > 0 && p.lemma(under).equals("under")
                    && (p.lemma(under - 1).equals("come") || p.lemma(under - 1).equals("be"))) {
                obj = p.child(under - 1, "nsubj");
            }
            // "fired a barrage of rockets at Ukrainian positions": the noun carries the event, the verb the target.
            if (obj < 0 && h >= 0 && p.token(h).isVerb() && p.relation(i).equals("obj") && lexicon.isAimed(p.lemma(h))) {
                int aimed = p.child(h, "obl:at", "obl:toward", "obl:towards", "obl:against", "obl:on", "obl:upon");
                if (aimed < 0) aimed = aimedInside(p, i);
                if (aimed >= 0 && !isTime(c, aimed)) obj = aimed;
            }
            if (obj < 0) {
                int acl = p.child(i, "acl");
                if (acl >= 0 && (p.lemma(acl).equals("target") || p.lemma(acl).equals("hit"))) obj = p.child(acl, "obj");
            }
        }
        // "Two soldiers were killed in clashes with PKK militants": the ones the fighting was with.
        if (subj < 0 && p.token(i).isVerb()) {
            for (int in : p.children(i, "obl:in")) {
                if (RECIPROCAL.contains(p.lemma(in)) && p.child(in, "nmod:with") >= 0) {
                    subj = p.child(in, "nmod:with");
                    break;
                }
            }
        }
        // "Two men were killed when Russian aircraft dropped bombs": the toll verb's attacker is the subject of its
        // "when" clause.
        if (subj < 0 && p.token(i).isVerb()) {
            for (int adv : p.children(i, "advcl")) {
                int mark = p.child(adv, "mark", "advmod");
                if (mark >= 0 && (p.lemma(mark).equals("when") || p.lemma(mark).equals("as"))) {
                    subj = p.child(adv, "nsubj");
                    break;
                }
            }
        }
        // "clashes between government forces and Houthi fighters", "the army and the SDF clashed": two sides that
        // fight each other, the first named first.
        if (subj < 0 || obj < 0) {
            int[] sides = reciprocalSides(p, i, subj);
            if (sides != null) {
                subj = sides[0];
                obj = sides[1];
            }
        }
        int shotDown = -1;
        if (lexicon.isInterception(TriggerFinder.phrasalLemma(p, i))) {
            // The one who shoots down is the side attacked; the attacker may be named on what was shot down
            // ("two Houthi drones", "drones fired by the Houthis").
            shotDown = p.token(i).isVerb() ? p.child(i, "obj") : -1;
            obj = subj;
            subj = -1;
        }
        Phrase a1 = subj >= 0 ? p.nounPhrase(subj) : null;
        Phrase a2 = obj >= 0 ? p.nounPhrase(obj) : null;
        if (a1 == null && p.token(i).isNoun() && !lexicon.isInterception(TriggerFinder.phrasalLemma(p, i))) {
            ActorMatch byModifier = modifierActor(c, i);
            if (byModifier != null) return new Roles(byModifier, modifierPhrase(c, i), a2 == null ? null
                    : resolveTarget(c, obj, a2), a2);
        }
        ActorMatch m1 = a1 == null ? null : c.resolve(a1, true);
        // "Gunmen believed to belong to Islamic State Sahel Province killed 20", "fighters loyal to the RSF": the
        // group the armed men are said to belong to, where their own words name none.
        if (subj >= 0 && (m1 == null || m1.actor().isGeneric()) && p.token(subj).isNoun()) {
            int group = affiliatedGroup(p, subj);
            ActorMatch g = group < 0 ? null : c.resolve(p.nounPhrase(group), false);
            if (g != null && !g.actor().isGeneric() && (g.actor().isArmedGroup()
                    || g.actor().type() == Actor.Type.STATE_MILITARY)) {
                m1 = g;
                a1 = p.nounPhrase(group);
            }
        }
        ActorMatch m2 = a2 == null ? null : resolveTarget(c, obj, a2);
        if (m2 == null && repeller >= 0) {
            Phrase side = p.nounPhrase(repeller);
            boolean pronoun = p.token(repeller).tag().startsWith("PRP");
            m2 = pronoun && c.speaker != null && c.speaker.match() != null ? c.speaker.match() : c.resolve(side, true);
            if (m2 != null) a2 = side;
        }
        // "US warplanes struck", "struck by a Russian missile": the side named by the subject's modifier.
        if (m1 == null && subj >= 0 && p.token(subj).isNoun()) m1 = modifierActor(c, subj);
        // "shells fired from RSF positions": the weapon is the subject; the side it came from fired it. Not a
        // country or government ("rockets fired from Lebanon" were not the Lebanese army's).
        // "Artillery shells fired by the RSF hit a market": the weapon's own "fired by", also where the parser
        // makes "fired" the verb the weapon is the subject of.
        if (m1 == null && subj >= 0 && weapons.weaponHead(p, subj)) {
            int acl = p.child(subj, "acl");
            int agent = acl >= 0 ? p.child(acl, "obl:agent", "obl:by") : -1;
            int gov = p.head(subj);
            if (agent < 0 && gov >= 0 && p.token(gov).isVerb() && p.token(gov).tag().equals("VBN")) {
                agent = p.child(gov, "obl:agent", "obl:by");
            }
            ActorMatch by = agent < 0 ? null : c.resolve(p.nounPhrase(agent), false);
            if (by != null) {
                m1 = by;
                a1 = p.nounPhrase(agent);
            }
        }
        if (m1 == null && subj >= 0 && weapons.weaponHead(p, subj) && p.token(i).isVerb()) {
            int from = p.child(i, "obl:from");
            ActorMatch origin = from < 0 ? null : c.resolve(p.nounPhrase(from), false);
            if (origin != null && origin.actor().type() != Actor.Type.COUNTRY
                    && origin.actor().type() != Actor.Type.GOVERNMENT) {
                m1 = origin;
                a1 = p.nounPhrase(from);
            }
        }
        // "the army said its aircraft had struck": the speaker's own forces.
        if (m1 == null && subj >= 0 && hasPossessivePronoun(p, subj)) {
            if (c.speaker != null && c.speaker.match() != null) m1 = c.speaker.match();
            else if (c.state.lastActor != null) m1 = new ActorMatch(c.state.lastActor, null, a1.text());
        }
        if (m1 == null && shotDown >= 0) {
            m1 = modifierActor(c, shotDown);
            int acl = p.child(shotDown, "acl");
            int agent = acl >= 0 ? p.child(acl, "obl:agent", "obl:by") : -1;
            if (m1 == null && agent >= 0) m1 = c.resolve(p.nounPhrase(agent), false);
        }
        // The parser often misreads the subject ("A US drone strike" with "drone" as a verb; "Malian soldiers
        // accompanied by ... killed"): read the attacker off the surface words before the trigger instead.
        // So where it made an adjective the subject ("A Turkish drone struck", with "drone" as a verb).
        boolean adjectiveSubject = subj >= 0 && p.token(subj).tag().startsWith("JJ");
        if (m1 == null && (subj < 0 || adjectiveSubject) && shotDown < 0
                && !lexicon.isInterception(TriggerFinder.phrasalLemma(p, i))) {
            Phrase surface = surfaceAttacker(c, i);
            if (surface != null) {
                m1 = c.resolve(surface, false);
                a1 = surface;
            }
        }
        return new Roles(m1, a1, m2, a2);
    }

    /**
     * The target's own words before its prepositional modifiers: "an attack on a Turkish base in northern Iraq" hit
     * Turkey's forces, not Iraq's; the whole phrase only when its core names no one ("positions of the PMF").
     */
    private @Nullable ActorMatch resolveTarget(SentenceContext c, int head, Phrase target) {
        Parse p = c.parse;
        // "Ayn al-Assad air base": a word of a town's or site's name is no actor's alias there.
        Phrase whole = withoutPointNames(c, target);
        Phrase core = withoutPointNames(c, p.core(head));
        // Also where the phrase reaches back before its own words: the parser makes "the Belize-flagged Rubymar" the
        // root of "The first vessel lost to the Houthis was the Belize-flagged Rubymar, which was hit ...".
        boolean wider = core.end() < whole.end() || core.start() > whole.start();
        ActorMatch m = wider ? c.resolve(core, false) : null;
        if (m == null && wider && p.token(head).isNoun()) {
            Phrase modifier = modifierPhrase(c, head);
            if (modifier != null && !inPointName(c, modifier)) m = modifierActor(c, head);
        }
        if (m != null) return m;
        m = c.resolve(whole, false);
        // "the destroyer USS Mason": the name the parser hangs beside the noun.
        int named = p.child(head, "appos", "dep");
        if (m == null && named >= 0 && p.token(named).tag().startsWith("NNP") && !inPointName(c, p.span(named, named))) {
            m = c.resolve(p.nounPhrase(named), false);
        }
        // "a car carrying Hezbollah members", "a vehicle belonging to the SDF", "a building used by Hamas": the side
        // it carries, belongs to or serves.
        if (m == null) {
            for (int acl : p.children(head, "acl")) {
                if (!lexicon.isCarrying(p.lemma(acl))) continue;
                int held = p.child(acl, "obj", "obl:to", "obl:agent", "obl:by");
                if (held >= 0) m = c.resolve(p.nounPhrase(held), false);
                if (m != null) return m;
            }
        }
        // "on his car in southern Lebanon", "on the southern suburbs of Beirut": a country or capital named only as
        // where the target was is no side of the fight.
        if (m != null && (m.actor().type() == Actor.Type.COUNTRY || m.actor().type() == Actor.Type.GOVERNMENT)) {
            int at = p.token(head).start();
            for (PlaceMention pm : c.places) {
                if (pm.phrase().start() >= whole.start() && pm.phrase().end() <= whole.end()
                        && (at < pm.phrase().start() || at >= pm.phrase().end()
                        || pm.place().kind() != org.sitrep.resolve.place.Place.Kind.COUNTRY)) return null;
            }
        }
        return m;
    }

    /**
     * What an attack noun was made on: its "on", "against", "targeting" or "at", passing over a time ("a missile
     * attack on Monday on the bulk carrier Kestrel Point").
     */
    private static int nounTarget(SentenceContext c, int i) {
        Parse p = c.parse;
        for (String rel : new String[] {"nmod:on", "nmod:against", "nmod:targeting", "nmod:at"}) {
            for (org.sitrep.model.Dependency d : p.sentence().children(i)) {
                String r = d.relation();
                if ((r.equals(rel) || r.startsWith(rel + ":")) && !isTime(c, d.dependent())) return d.dependent();
            }
        }
        return -1;
    }

    /**
     * The noun after an "at", "toward" or "against" that follows the object at {@code weapon} and a weapon word with
     * no verb or comma between, or -1: the parser garbles long weapon phrases and hangs the "at" anywhere.
     */
    private int aimedInside(Parse p, int weapon) {
        boolean armed = false;
        for (int k = weapon; k < p.size(); k++) {
            Token t = p.token(k);
            if (t.isVerb() || t.tag().equals(",") || t.tag().equals(":")) return -1;
            armed |= lexicon.weaponAt(p.sentence().tokens(), k) != null;
            String w = t.word().toLowerCase(java.util.Locale.ROOT);
            if (!w.equals("at") && !w.equals("toward") && !w.equals("towards") && !w.equals("against")) continue;
            int n = p.head(k);
            return armed && n > k && p.token(n).isNoun() ? n : -1;
        }
        return -1;
    }

    private static boolean isTime(SentenceContext c, int token) {
        int at = c.parse.token(token).start();
        for (org.sitrep.resolve.time.TimeMention tm : c.times) {
            if (tm.phrase().start() <= at && at < tm.phrase().end()) return true;
        }
        return false;
    }

    private static boolean inPointName(SentenceContext c, Phrase words) {
        for (PlaceMention pm : c.places) {
            if (pm.place().isPoint() && pm.phrase().start() <= words.start() && words.end() <= pm.phrase().end()) return true;
        }
        return false;
    }

    /** The phrase with the names of towns and sites in it blanked out, offsets kept. */
    private static Phrase withoutPointNames(SentenceContext c, Phrase phrase) {
        char[] text = null;
        for (PlaceMention pm : c.places) {
            int from = pm.phrase().start() - phrase.start(), to = pm.phrase().end() - phrase.start();
            if (!pm.place().isPoint() || from < 0 || to > phrase.text().length()) continue;
            if (text == null) text = phrase.text().toCharArray();
            java.util.Arrays.fill(text, from, to, ' ');
        }
        return text == null ? phrase : new Phrase(new String(text), phrase.start(), phrase.end(), phrase.sentence());
    }

    /**
     * The side hit, when the roles name none or name a town: the side the dead or wounded belong to, civilians, or
     * the forces stationed at the place.
     */
    @Nullable Actor sideHit(SentenceContext c, Roles roles, @Nullable Actor a1, @Nullable Actor a2,
                            @Nullable PlaceMention place, TimeValue time, EventType type, OutcomeFinder.Outcome o) {
        Parse p = c.parse;
        // "Russia attacked Kyiv": a city named as the target is a place, not the government it is the seat of.
        if (a2 != null && roles.actor2Phrase != null && EventPlaceChooser.namesTown(c, roles.actor2Phrase)
                && (a2.type() == Actor.Type.COUNTRY || a2.type() == Actor.Type.GOVERNMENT || a2.isState())) a2 = null;
        // "a missile attack on Ukraine ..., hitting a children's hospital": a country named as the target says where;
        // the homes, hospitals or markets hit say who, as for a town.
        boolean countryHit = a2 != null && roles.actor2Phrase != null && EventPlaceChooser.namesCountry(c, roles.actor2Phrase)
                && lexicon.mentionsCivilianObject(p.sentence().text()) && !lexicon.mentionsCombatants(p.sentence().text());
        if (countryHit) a2 = null;
        // "killed a senior commander of Kata'ib Hezbollah", "three Iraqi soldiers were killed": the side the dead
        // or wounded belong to.
        // The forces stationed at the place: "killing three soldiers" at a base that hosts US troops killed theirs.
        java.time.LocalDate day = EventTimeChooser.resolvedDay(c, time);
        Actor hosted = null;
        if (place != null && day != null && !ProtestRules.isProtest(type) && type != EventType.ARREST) {
            String host = garrisons.at(place.place().id(), day).orElse(null);
            hosted = host == null ? null : actors.actor(host).orElse(null);
            if (hosted != null && a1 != null && a1.id().equals(hosted.id())) hosted = null;
        }
        if (a2 == null) a2 = victimSide(c, a1, hosted);
        // A strike that kills or wounds people, with no armed target named, hit civilians (ACLED's actor2); so does
        // one on homes, schools or markets ("hit a residential area of Dnipro").
        boolean civilianObject = countryHit || roles.actor2Phrase != null && lexicon.mentionsCivilianObject(roles.actor2Phrase.text())
                && !lexicon.mentionsCombatants(roles.actor2Phrase.text());
        // "Russian artillery shelled Nikopol ..., damaging several houses": a town itself the target, with homes or
        // other civilian places hit and no armed people named, is an attack on its civilians.
        if (!civilianObject && roles.actor2Phrase != null && townTargeted(c, roles.actor2Phrase)) {
            String sentence = p.sentence().text();
            // The attacker's own words ("Houthi fighters shelled Taiz") name no armed people hit.
            Phrase by = roles.actor1Phrase;
            String others = by == null || by.sentence() != p.sentence().index() ? sentence
                    : sentence.substring(0, by.start() - p.sentence().start()) + " " + sentence.substring(by.end() - p.sentence().start());
            civilianObject = lexicon.mentionsCivilianObject(sentence) && !lexicon.mentionsCombatants(others);
        }
        // The victims' own phrase when a toll verb names them ("gunmen killed five people": the gunmen are not
        // among the dead), else the whole sentence.
        // Read only where the sentence tells one event; a toll verb beside another trigger ("hit a minibus, killing its
        // driver") tells that event's harm, not another event.
        long eventTriggers = c.candidates.stream().filter(x -> !lexicon.isTollVerb(p.lemma(x.token()))).count();
        String victims = eventTriggers <= 1 ? victimsText(p) : null;
        String told = victims != null ? victims : p.sentence().text();
        // "gunmen abducted nine passengers": those abducted, not the whole sentence with its gunmen.
        if (type == EventType.ABDUCTION && roles.actor2Phrase != null) told = roles.actor2Phrase.text();
        // Those abducted are its victims as the dead are a strike's ("abducted at least 11 passengers").
        boolean harmed = o.fatalities() != null && o.fatalities() > 0 || o.injuries() != null && o.injuries() > 0
                || type == EventType.ABDUCTION;
        // "Hezbollah fired anti-tank missiles at an army post near Metula": a military site no side is named for,
        // attacked by an armed group, is held by the forces of the country it is in; "a police checkpoint", "a
        // police station" by its police. Not a state's strike ("Israeli jets struck a post in southern Lebanon" need
        // not have hit the Lebanese army).
        Actor siteSide = null;
        if (a2 == null && place != null && place.place().country() != null && (a1 == null || !a1.isState())
                && roles.actor2Phrase != null && unnamedMilitarySite(p, roles.actor2Phrase)) {
            siteSide = policeSite(p, roles.actor2Phrase) ? actors.policeOf(place.place().country()).orElse(null)
                    : actors.militaryOf(place.place().country()).orElse(null);
        }
        // "a bombing at a police checkpoint that killed nine people": dead told only as "people" at such a site are
        // not thereby civilians.
        boolean plainPeople = siteSide != null
                && !lexicon.mentionsCivilians(told.replaceAll("(?i)\\b(?:people|persons)\\b", " "));
        if (a2 == null && !plainPeople && (civilianObject || harmed
                && lexicon.mentionsCivilians(told) && !lexicon.mentionsCombatants(told))) {
            a2 = actors.actor(CIVILIANS).orElse(null);
        }
        // "killing its driver", "shot dead a 17-year-old Palestinian": people killed or wounded whom the report
        // calls by no armed man's word and no armed side's name are civilians, as ACLED codes unnamed victims.
        if (a2 == null && !plainPeople && harmed && victims != null && unarmedVictims(c)) {
            a2 = actors.actor(CIVILIANS).orElse(null);
        }
        // "hit the Conoco base with two drones": with no target named, the forces stationed at the site.
        if (a2 == null && type == EventType.ARREST && detainedCivilians(c, roles.actor2Phrase)) {
            a2 = actors.actor(CIVILIANS).orElse(null);
        }
        if (a2 == null) a2 = hosted;
        if (a2 == null) a2 = siteSide;
        return a2;
    }

    private static final java.util.regex.Pattern SUSPECTS = java.util.regex.Pattern.compile(
            "(?i)\\b(?:suspect\\w*|accused|wanted|charged|gunm[ae]n|attackers?|bombers?|shootout|gunfight|firefight)\\b");

    /**
     * "soldiers detained six people in house raids", "detained at least 14 Palestinians": people held who are told
     * by no armed man's word, as no suspects and as no side but a people, are civilians, as ACLED codes them.
     * "detained four people suspected of involvement in the attack" names suspects, and "arrested four men after a
     * shootout" armed men, whom it does not code as civilians.
     */
    private boolean detainedCivilians(SentenceContext c, @Nullable Phrase held) {
        if (held == null || SUSPECTS.matcher(c.parse.sentence().text()).find() || lexicon.mentionsCombatants(held.text())) return false;
        if (lexicon.mentionsCivilians(held.text())) return true;
        for (int k = 0; k < c.parse.size(); k++) {
            Token t = c.parse.token(k);
            if (t.start() >= held.start() && t.end() <= held.end() && lexicon.isMemberWord(t.lemma())) return false;
        }
        ActorMatch m = c.resolve(held, false);
        return m == null || m.actor().type() == Actor.Type.COUNTRY;
    }

    /** Whether the target is a town by its own words ("Nikopol", "Kiryat Shmona and nearby communities"). */
    private static boolean townTargeted(SentenceContext c, Phrase target) {
        Parse p = c.parse;
        int head = p.headOf(target);
        if (head < 0) return false;
        // The target's words after its preposition ("at Kiryat Shmona and nearby communities").
        Phrase core = p.core(head);
        int first = p.sentence().tokenAt(core.start()), last = p.sentence().tokenAt(core.end() - 1);
        while (first >= 0 && first < head && p.relation(first).equals("case")) first++;
        // "stormed the village of Turmus Ayya": the name hangs on the place word.
        int of = p.child(head, "nmod:of");
        if (of > head && first >= 0) last = Math.max(last, p.sentence().tokenAt(p.core(of).end() - 1));
        return first >= 0 && last >= first && EventPlaceChooser.namesTown(c, p.span(first, last));
    }

    /** Whether the site's own words make it the police's ("a police checkpoint", "a police station"). */
    private static boolean policeSite(Parse p, Phrase phrase) {
        int head = p.headOf(phrase);
        if (head < 0) return false;
        for (int k : p.children(head, "compound")) if (p.lemma(k).equals("police")) return true;
        return false;
    }

    /** Whether the phrase is a military site with nothing but side-less words in front of it ("an army post"). */
    private boolean unnamedMilitarySite(Parse p, Phrase phrase) {
        int head = p.headOf(phrase);
        if (head < 0 || !p.token(head).isNoun() || !lexicon.isMilitarySite(p.lemma(head))) return false;
        // "a police station" is a site, a bare "station" is not.
        if (p.lemma(head).equals("station") && !policeSite(p, phrase)) return false;
        for (org.sitrep.model.Dependency d : p.sentence().children(head)) {
            int k = d.dependent();
            if (k > head || !(d.relation().equals("compound") || d.relation().equals("amod"))) continue;
            // "a newly set-up command post": a participle says how the site is, not whose.
            if (p.token(k).tag().startsWith("VB")) continue;
            if (!lexicon.isSiteModifier(p.token(k).word())) return false;
        }
        return true;
    }


    /**
     * The words of the toll verbs' victims ("five people" in "gunmen killed five people"), or null when no toll verb
     * names them. Read only where the sentence tells one event: in a sentence of several, the dead may be another's.
     */
    private @Nullable String victimsText(Parse p) {
        StringBuilder out = new StringBuilder();
        for (int v : victimHeads(p)) out.append(p.nounPhrase(v).text()).append(" ; ");
        return out.length() == 0 ? null : out.toString();
    }

    /**
     * Whether the toll verbs' victims are all told by a noun ("its driver", "a shepherd"), none of them an armed man
     * or a member of a side, and none named for a side. A pronoun or a count of one ("two of them") may be anyone; a
     * bare count is of the others told.
     */
    private boolean unarmedVictims(SentenceContext c) {
        Parse p = c.parse;
        boolean told = false;
        for (int v : victimHeads(p)) {
            // "killing four passengers and wounding six": a bare count is of those told beside it.
            if (p.token(v).tag().equals("CD") && p.child(v, "nmod:of") < 0) continue;
            if (!p.token(v).isNoun() || p.token(v).tag().startsWith("PRP")) return false;
            told = true;
            Phrase np = p.nounPhrase(v);
            if (lexicon.mentionsCombatants(np.text())) return false;
            for (int k = 0; k < p.size(); k++) {
                if (p.token(k).start() >= np.start() && p.token(k).end() <= np.end() && lexicon.isMemberWord(p.lemma(k))) return false;
            }
            ActorMatch m = c.resolve(np, false);
            if (m != null && !m.actor().id().equals(actors.actor(CIVILIANS).map(Actor::id).orElse(""))) return false;
        }
        return told;
    }

    /** The head noun of each toll verb's victims, in sentence order: its passive subject, else its object. */
    private List<Integer> victimHeads(Parse p) {
        List<Integer> out = new ArrayList<>();
        for (int k = 0; k < p.size(); k++) {
            if (!p.token(k).isVerb()) continue;
            // "three people died when a mortar round landed": the subject are the dead.
            if (lexicon.isPerishVerb(p.lemma(k))) {
                int v = p.child(k, "nsubj");
                if (v >= 0) out.add(v);
                continue;
            }
            if (!lexicon.isTollVerb(p.lemma(k))) continue;
            int v = p.child(k, "nsubj:pass");
            if (v < 0) v = p.child(k, "obj");
            if (v >= 0) out.add(v);
        }
        return out;
    }

    /** The armed side named for the victims of a toll verb of the sentence, if it is not the attacker's. */
    private @Nullable Actor victimSide(SentenceContext c, @Nullable Actor attacker, @Nullable Actor hosted) {
        Parse p = c.parse;
        for (int v : victimHeads(p)) {
            List<Integer> victims = new ArrayList<>(List.of(v));
            victims.addAll(p.children(v, "conj"));
            for (int victim : victims) {
                if (!lexicon.mentionsCombatants(p.token(victim).word()) && !lexicon.isMemberWord(p.lemma(victim))) continue;
                ActorMatch m = null;
                int of = p.child(victim, "nmod:of");
                if (of >= 0) m = c.resolve(p.nounPhrase(of), false);
                if (m == null) m = modifierActor(c, victim);
                Actor side = m != null ? actors.asCombatant(m.actor()) : ownForces(c, victim, hosted);
                if (side == null) continue;
                if (attacker == null || !attacker.id().equals(side.id())) return side;
            }
        }
        return null;
    }

    /**
     * "killing 12 soldiers" with no nation named: the forces stationed at the place; else those of the state whose
     * military or government tells of them ("wounded two soldiers near Shtula, the Israeli military said"); else of
     * the country of the town or site the sentence names (not of a country it names, which may be where the fire
     * came from: "a missile fired from Lebanon"); else of the country the report is in, as ACLED codes them. Police
     * officers are that country's police.
     */
    private @Nullable Actor ownForces(SentenceContext c, int victim, @Nullable Actor hosted) {
        String lemma = c.parse.lemma(victim);
        // At a base that hosts foreign troops the soldiers killed are theirs, not the host country's.
        if (hosted != null && (lemma.equals("soldier") || lemma.equals("troop") || lemma.equals("member"))) return hosted;
        String country = forcesCountry(c);
        if (country == null) return null;
        if (lemma.equals("soldier") || lemma.equals("troop")) return actors.militaryOf(country).orElse(null);
        if (lemma.equals("policeman") || lemma.equals("policemen") || lemma.equals("police")
                || lemma.equals("officer") && c.parse.child(victim, "compound") >= 0
                && c.parse.lemma(c.parse.child(victim, "compound")).equals("police")) {
            return actors.policeOf(country).orElse(null);
        }
        return null;
    }


    /** Whose forces unnamed soldiers are: see {@link #ownForces}. */
    private static @Nullable String forcesCountry(SentenceContext c) {
        ActorMatch speaker = c.speaker == null ? null : c.speaker.match();
        if (speaker != null && speaker.actor().isState() && speaker.actor().country() != null) return speaker.actor().country();
        for (PlaceMention pm : c.places) {
            if (pm.place().kind() != org.sitrep.resolve.place.Place.Kind.COUNTRY && pm.place().country() != null) {
                return pm.place().country();
            }
        }
        return c.state.country;
    }

    private static final Set<String> CLAUSE_BREAKS = Set.of(";", ":", "--", "\u2014", "when", "as", "after", "before",
            "while", "because", "since", "which", "who", "that", "where", "said", "says");

    /**
     * The attacker named on the surface before the trigger: for a noun, a name or national adjective in its own
     * phrase ("a US drone strike"); for an active verb with no subject found, the first noun phrase of its clause
     * ("Malian soldiers accompanied by Russian fighters killed ..."), if that names an actor.
     */
    private @Nullable Phrase surfaceAttacker(SentenceContext c, int i) {
        Parse p = c.parse;
        int start = i;
        if (p.token(i).isNoun()) {
            // A weapon word the tagger took for a verb ("drone") still belongs to the phrase.
            while (start > 0 && (isNominal(p.token(start - 1))
                    || lexicon.weaponAt(p.sentence().tokens(), start - 1) != null)) start--;
        } else {
            String tag = p.token(i).tag();
            // A participle with a direct object is an active verb the parser took for a reduced relative
            // ("soldiers accompanied by Russian fighters killed 21 civilians").
            // So is one with an object that the parser made a passive ("A Russian drone hit a minibus").
            boolean activeParticiple = tag.equals("VBN") && p.child(i, "obj") >= 0
                    && (p.relation(i).equals("acl") || p.child(i, "aux:pass") >= 0);
            if (!tag.equals("VBD") && !tag.equals("VBZ") && !tag.equals("VBP") && !activeParticiple) return null;
            start = 0;
            for (int k = i - 1; k >= 0; k--) {
                if (CLAUSE_BREAKS.contains(p.token(k).word().toLowerCase(java.util.Locale.ROOT))) {
                    start = k + 1;
                    break;
                }
            }
            // The clause's first chunk only, and only when it is not led by a preposition ("In nearby Qabatiya").
            while (start < i && !isNominal(p.token(start))) {
                if (p.token(start).tag().equals("IN")) return null;
                start++;
            }
        }
        for (int k = start; k < i; k++) {
            Token t = p.token(k);
            if (!isNominal(t)) {
                if (p.token(i).isNoun()) continue;
                break;
            }
            if (!t.tag().startsWith("JJ") && !t.tag().startsWith("NNP")) continue;
            int end = k;
            while (end + 1 < i && p.token(end + 1).tag().startsWith("NNP")) end++;
            Phrase name = p.span(k, end);
            if (c.resolve(name, false) != null) return name;
            Phrase forces = new Phrase(name.text() + " forces", name.start(), name.end(), name.sentence());
            if (c.resolve(forces, false) != null) return forces;
            k = end;
        }
        return null;
    }

    private static boolean isNominal(Token t) {
        String tag = t.tag();
        return tag.startsWith("NN") || tag.startsWith("JJ") || tag.equals("DT") || tag.equals("CD") || tag.equals("HYPH")
                || tag.equals("POS");
    }

    /**
     * "a Russian missile strike", "an Israeli airstrike", "a Houthi drone attack": the attacker named by an adjective
     * or a name in front of the noun (or of the weapon noun before it). The registry lists forces, not demonyms, so
     * "Russian" is also tried as "Russian forces".
     */
    private @Nullable ActorMatch modifierActor(SentenceContext c, int i) {
        // "a senior Hezbollah commander": each modifier in turn, not only the first ("senior").
        for (Phrase m : modifierPhrases(c, i)) {
            // "a military post", "security sources": only a name or a national adjective names a side.
            if (!Character.isUpperCase(m.text().charAt(0))) continue;
            // "three Army Reserve soldiers": a bare "Army" names no nation (the report's country is not thereby theirs).
            String bare = m.text().toLowerCase(java.util.Locale.ROOT);
            if (lexicon.isOwnForces(bare) || lexicon.isOwnPolice(bare)) continue;
            ActorMatch direct = c.resolve(m, false);
            if (direct == null) direct = c.resolve(new Phrase(m.text() + " forces", m.start(), m.end(), m.sentence()), false);
            if (direct != null) return direct;
        }
        return null;
    }

    private static @Nullable Phrase modifierPhrase(SentenceContext c, int i) {
        List<Phrase> all = modifierPhrases(c, i);
        return all.isEmpty() ? null : all.get(0);
    }

    /** The adjectives, names and acronyms in front of the noun at {@code i} (or of its compounds), in parse order. */
    private static List<Phrase> modifierPhrases(SentenceContext c, int i) {
        List<Phrase> out = new ArrayList<>();
        Parse p = c.parse;
        List<Integer> heads = new ArrayList<>(List.of(i));
        heads.addAll(p.children(i, "compound"));
        for (int h : heads) {
            for (org.sitrep.model.Dependency d : p.sentence().children(h)) {
                String rel = d.relation();
                int k = d.dependent();
                if (k >= i) continue;
                // "an ISIS attack", where the tagger takes the acronym for a common noun.
                String w = p.token(k).word();
                boolean acronym = w.length() >= 2 && w.chars().allMatch(Character::isUpperCase);
                if ((rel.equals("amod") || rel.equals("compound")) && (p.token(k).tag().startsWith("JJ")
                        || p.token(k).tag().startsWith("NNP") || acronym)) {
                    out.add(p.span(k, k));
                }
            }
        }
        return out;
    }

    /**
     * The group that men at {@code noun} are said to belong to, or -1: "gunmen believed to belong to X" (also where
     * the parser makes "believed" the verb), "men thought to be members of X", "fighters loyal to X", "militants
     * linked to X".
     */
    private int affiliatedGroup(Parse p, int noun) {
        List<Integer> links = new ArrayList<>();
        for (org.sitrep.model.Dependency d : p.sentence().children(noun)) {
            if ((d.relation().equals("acl") || d.relation().equals("amod")) && d.dependent() > noun) links.add(d.dependent());
        }
        int gov = p.head(noun);
        if (gov >= 0 && p.relation(noun).startsWith("nsubj") && p.token(gov).tag().equals("VBN")) links.add(gov);
        for (int k : links) {
            if (!lexicon.isAffiliation(p.lemma(k))) continue;
            int to = p.child(k, "obl:to", "obl:with", "nmod:to", "nmod:with");
            if (to >= 0) return to;
            int x = p.child(k, "xcomp");
            if (x < 0) continue;
            if (p.lemma(x).equals("belong")) return p.child(x, "obl:to", "obl:with");
            if (!p.token(x).isNoun()) continue;
            int of = p.child(x, "nmod:of");
            return lexicon.isMemberWord(p.lemma(x)) && of >= 0 ? of : x;
        }
        return -1;
    }

    /** "their attacks", "its strikes": attacks of a kind, not particular ones. */
    static boolean hasPossessivePronoun(Parse p, int i) {
        int poss = p.child(i, "nmod:poss");
        return poss >= 0 && p.token(poss).tag().startsWith("PRP");
    }
}
