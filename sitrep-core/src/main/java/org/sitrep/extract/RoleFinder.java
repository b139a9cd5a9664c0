package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.sitrep.model.Phrase;
import org.sitrep.model.Token;
import org.sitrep.resolve.actor.Actor;
import org.sitrep.resolve.actor.ActorMatch;
import org.sitrep.resolve.place.PlaceMention;

/**
 * Who acted on whom: the attacker and the target of a trigger, read from the dependency parse, from the words in
 * front of it ("a US drone strike") or from what was shot down. Where no target is named, {@link SideHitFinder}
 * reads the side hit from the victims and the place.
 */
final class RoleFinder {
    private final Lexicon lexicon;
    private final WeaponReader weapons;
    private final SurfaceActors surface;

    RoleFinder(Lexicon lexicon, WeaponReader weapons, SurfaceActors surface) {
        this.lexicon = lexicon;
        this.weapons = weapons;
        this.surface = surface;
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

    /** Whether the lemma is a verb or noun of fighting each other ("clash", "fight", "battle"). */
    static boolean isReciprocal(String lemma) { return RECIPROCAL.contains(lemma); }

    /** The two sides of a fight named as "between A and B" or as the subject "A and B clashed", or null. */
    private static int @Nullable [] reciprocalSides(Parse p, int i, int subj) {
        if (!RECIPROCAL.contains(p.lemma(i))) return null;
        // A gerund ("Fighting between A and B went on") stands for the noun; the subject found for it is then the
        // gerund itself, taken from the verb it is the subject of.
        boolean nominal = p.token(i).isNoun() || p.token(i).tag().equals("VBG") && p.relation(i).startsWith("nsubj");
        if (nominal && (subj < 0 || subj == i)) {
            List<Integer> between = between(p, i);
            if (between.isEmpty()) return null;
            int first = between.get(0);
            int second = between.size() > 1 ? between.get(1) : p.child(first, "conj:and", "conj");
            return second >= 0 && second != first ? new int[] {first, second} : null;
        }
        if (p.token(i).isVerb() && subj >= 0 && p.child(i, "obj") < 0 && p.child(i, "obl:with") < 0) {
            int second = p.child(subj, "conj:and");
            return second >= 0 ? new int[] {subj, second} : null;
        }
        return null;
    }

    /**
     * The distinct words after a fight's "between", in order. "Heavy fighting broke out on Monday and continued
     * through Tuesday between the rebels and the militias": where the fight is the subject of a verb of breaking out
     * or going on, the parser hangs the "between" on that verb, or on the verb joined to it.
     */
    static List<Integer> between(Parse p, int i) {
        List<Integer> between = new ArrayList<>(p.children(i, "nmod:between"));
        between.addAll(p.children(i, "obl:between"));
        int h = p.head(i);
        if (between.isEmpty() && h >= 0 && p.token(h).isVerb() && p.relation(i).equals("nsubj")) {
            between.addAll(p.children(h, "obl:between"));
            for (int v : p.children(h, "conj")) if (between.isEmpty() && p.token(v).isVerb()) between.addAll(p.children(v, "obl:between"));
        }
        return between.stream().distinct().sorted().toList();
    }

    /** The roles of the trigger at {@code i}. */
    Roles roles(SentenceContext c, int i) {
        Parse p = c.parse;
        Args args = p.token(i).isVerb() ? verbArgs(c, i) : nounArgs(c, i);
        int subj = args.subj(), obj = args.obj(), repeller = args.repeller();
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
            ActorMatch byModifier = surface.modifierActor(c, i);
            if (byModifier != null) return new Roles(byModifier, SurfaceActors.modifierPhrase(c, i), a2 == null ? null
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
        if (m1 == null && subj >= 0 && p.token(subj).isNoun()) m1 = surface.modifierActor(c, subj);
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
            m1 = surface.modifierActor(c, shotDown);
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
            Phrase before = surface.surfaceAttacker(c, i);
            if (before != null) {
                m1 = c.resolve(before, false);
                a1 = before;
            }
        }
        return new Roles(m1, a1, m2, a2);
    }

    /** The subject, object and repeller words of a verb, as indexes (-1: none). */
    private record Args(int subj, int obj, int repeller) {
    }

    /** The attacker and target words of a verb trigger: its subject and object, or where it aimed. */
    private Args verbArgs(SentenceContext c, int i) {
        Parse p = c.parse;
        int subj = -1, obj = -1;
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
                obj = aimedAt(c, i);
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
                int aimed = aimedAt(c, i);
                if (aimed < 0 && inside >= 0 && !isTime(c, inside)) aimed = inside;
                if (aimed >= 0) obj = aimed;
                else if (openFire) obj = -1;
            }
            // "Fano militiamen clashed with the Ethiopian army": the other side of a fight follows "with"; so it does
            // after "exchanged fire" ("police exchanged fire with gunmen"), whose object is the fire.
            boolean exchange = TriggerFinder.phrasalLemma(p, i).equals("exchange fire");
            if ((obj < 0 || exchange && p.lemma(obj).equals("fire")) && (exchange || RECIPROCAL.contains(p.lemma(i)))) {
                int with = p.child(i, "obl:with");
                if (with >= 0 && !isTime(c, with)) obj = with;
                else if (exchange) obj = -1;
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
        // "Two soldiers were killed in clashes with PKK militants": the ones the fighting was with.
        if (subj < 0) {
            for (int in : p.children(i, "obl:in")) {
                if (RECIPROCAL.contains(p.lemma(in)) && p.child(in, "nmod:with") >= 0) {
                    subj = p.child(in, "nmod:with");
                    break;
                }
            }
        }
        // "Two men were killed when Russian aircraft dropped bombs": the toll verb's attacker is the subject of its
        // "when" clause.
        if (subj < 0) {
            for (int adv : p.children(i, "advcl")) {
                int mark = p.child(adv, "mark", "advmod");
                if (mark >= 0 && (p.lemma(mark).equals("when") || p.lemma(mark).equals("as"))) {
                    subj = p.child(adv, "nsubj");
                    break;
                }
            }
        }
        return new Args(subj, obj, -1);
    }

    /** The attacker, target and repeller words of a noun trigger ("an attack by X on Y", "X launched an attack"). */
    private Args nounArgs(SentenceContext c, int i) {
        Parse p = c.parse;
        int subj, obj, repeller = -1;
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
            int aimed = aimedAt(c, h);
            if (aimed < 0 && aimedInside(p, i) >= 0 && !isTime(c, aimedInside(p, i))) aimed = aimedInside(p, i);
            if (aimed >= 0) obj = aimed;
        }
        if (obj < 0) {
            int acl = p.child(i, "acl");
            if (acl >= 0 && (p.lemma(acl).equals("target") || p.lemma(acl).equals("hit"))) obj = p.child(acl, "obj");
        }
        return new Args(subj, obj, repeller);
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
            Phrase modifier = SurfaceActors.modifierPhrase(c, head);
            if (modifier != null && !inPointName(c, modifier)) m = surface.modifierActor(c, head);
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

    private static final List<String> AIMED = List.of("obl:at", "obl:on", "obl:toward", "obl:towards", "obl:against", "obl:upon");

    /**
     * Where the verb at {@code v} aimed: its first "at"/"on"/"against" argument that is not a time. "opened fire at
     * dawn on Tuesday on residents" names the hour and the day before the target, under the same relations.
     */
    private static int aimedAt(SentenceContext c, int v) {
        for (org.sitrep.model.Dependency d : c.parse.sentence().children(v)) {
            int k = d.dependent();
            if (AIMED.contains(d.relation()) && !isTime(c, k) && !EventTimeChooser.isTimeOfDay(c.parse.lemma(k))) return k;
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
