package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sitrep.resolve.time.TimeMention;

/**
 * Whether a trigger tells of no particular event: background activity ("has been targeted repeatedly since
 * October", "attacked dozens of times"), a generic series ("a string of assaults"), a metaphor ("a barrage of
 * fireworks") or a sentence off the topic of war (sport, markets, entertainment).
 */
final class BackgroundFilter {
    private static final Set<String> DAY_PARTS = Set.of("day", "night", "morning", "evening", "week", "month", "year");
    private static final Set<String> SPAN_WORDS = Set.of("recent", "past", "last", "previous", "coming");
    private static final Set<String> DURATIONS = Set.of("year", "month", "decade", "week");

    private final Lexicon lexicon;
    private final WeaponReader weapons;

    BackgroundFilter(Lexicon lexicon, WeaponReader weapons) {
        this.lexicon = lexicon;
        this.weapons = weapons;
    }

    /** "carried out a series of air strikes": the quantifier in front of the noun is what an agentive verb does. */
    boolean carriedOut(Parse p, int i) {
        int quantifier = p.head(i);
        // "carried out a series of strikes" with "a series of" parsed as the noun's quantifier.
        if (quantifier >= 0 && p.relation(i).equals("obj") && p.token(quantifier).isVerb()) return lexicon.isAgentive(p.lemma(quantifier));
        if (quantifier < 0 || !p.relation(i).startsWith("nmod:of")) return false;
        int verb = p.head(quantifier);
        return verb >= 0 && p.relation(quantifier).equals("obj") && lexicon.isAgentive(p.lemma(verb));
    }

    /** The agentive verb that carries the noun out ("carried out strikes", "carried out a series of strikes"), or -1. */
    int carriedOutVerb(Parse p, int i) {
        if (!carriedOut(p, i)) return -1;
        int quantifier = p.head(i);
        return p.token(quantifier).isVerb() ? quantifier : p.head(quantifier);
    }

    /** Words that make the clause they open a condition: "if rockets are fired again", "unless the attacks stop". */
    private static final Set<String> CONDITIONS = Set.of("if", "unless");
    /** Determiners that make an attack noun no particular attack: "any attack on our towns", "no strike". */
    private static final Set<String> NO_PARTICULAR = Set.of("any", "every", "no");

    /**
     * An attack that is only supposed: a trigger in the condition of what would or will happen ("would strike Beirut
     * if rockets were fired again at the north"), or a noun under "any", "every" or "no" ("any attack will be
     * answered"). A condition of knowing is no supposition: "it was not clear if anyone was killed in the strike".
     */
    boolean isHypothetical(Parse p, int i) {
        if (p.token(i).isNoun()) {
            for (int d : p.children(i, "det")) if (NO_PARTICULAR.contains(p.lemma(d))) return true;
        }
        int clause = p.clauseVerb(i);
        if (clause < 0) return false;
        int mark = p.child(clause, "mark");
        if (mark < 0 || !CONDITIONS.contains(p.lemma(mark)) || !p.relation(clause).startsWith("advcl")) return false;
        int consequence = p.head(clause);
        return consequence >= 0 && p.isIrrealis(consequence);
    }

    boolean isGeneric(Parse p, int i) {
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

    /**
     * Repeated or ongoing activity, told as background rather than as one event; also a trigger in a clause that
     * hangs on such a one ("... since October, although most drones were shot down").
     */
    boolean isBackground(SentenceContext c, int i) {
        Parse p = c.parse;
        for (int a : c.ancestors(i)) {
            if (isBackgroundClause(c, a)) return true;
            // "Fano, the militia network that has fought the army since 2023, said its fighters had attacked ...": the
            // parser may hang the saying by a bare "dep" under the relative clause about the speaker; what that clause
            // tells of the group's past does not reach what the speaker says happened.
            if (a != i && p.relation(a).equals("dep") && lexicon.isReportingVerb(p.lemma(a))) break;
            for (org.sitrep.model.Dependency d : p.sentence().dependencies()) {
                if (d.dependent() == a && d.relation().startsWith("conj") && isBackgroundClause(c, d.governor())) return true;
            }
        }
        return false;
    }

    private boolean isBackgroundClause(SentenceContext c, int i) {
        Parse p = c.parse;
        if (!p.token(i).isVerb() && !p.token(i).isNoun()) return false;
        TimeMention tm = c.timeFor(i);
        if (tm != null && p.sentence().text().regionMatches(true, tm.phrase().start() - p.sentence().start(),
                "since", 0, 5)) {
            return true;
        }
        List<Integer> scope = new ArrayList<>(List.of(i));
        int head = p.head(i);
        if (p.token(i).isNoun() && head >= 0) scope.add(head);
        // "as fighting raged on for a third week": the noun's own clause (the tagger may take "fighting" for a verb).
        scope.addAll(p.children(i, "acl"));
        if (isPastAttacks(p, i) || p.token(i).isVerb() && pastAttacksSubject(p, i) || goesOnFor(p, i)) return true;
        if (p.token(i).isVerb() && duringWhich(p, i)) return true;
        for (int k : scope) {
            for (org.sitrep.model.Dependency d : p.sentence().children(k)) {
                int child = d.dependent();
                String rel = d.relation();
                if (rel.endsWith(":since")) return true;
                if (lexicon.isHabitual(p.lemma(child)) && (rel.startsWith("advmod") || rel.startsWith("amod"))) return true;
                // "attacked dozens of times", "struck three times"
                if (p.lemma(child).equals("time") && p.token(child).isPlural()) return true;
                // "fired on almost every day", "shelled each night"
                int det = p.token(child).isNoun() ? p.child(child, "det", "nummod") : -1;
                if (det >= 0 && (p.lemma(det).equals("every") || p.lemma(det).equals("each"))
                        && DAY_PARTS.contains(p.lemma(child))) return true;
                // "have fought the army ... for years": a duration, not a day's event.
                if (rel.equals("obl:for") && DURATIONS.contains(p.lemma(child))) return true;
                // "have brought down dozens of drones in recent months", "over the past weeks": a span, not a day.
                if ((rel.equals("obl:in") || rel.equals("obl:over") || rel.equals("obl:during")) && p.token(child).isPlural()
                        && DURATIONS.contains(p.lemma(child)) && p.child(child, "amod") >= 0
                        && SPAN_WORDS.contains(p.lemma(p.child(child, "amod")))) return true;
                if (rel.startsWith("advcl") && p.child(child, "mark") >= 0 && p.lemma(p.child(child, "mark")).equals("since")) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "more than a year of cross-border fire, during which Hezbollah launched thousands of rockets": what a period's
     * own clause tells happened over the period, not on a day.
     */
    private static boolean duringWhich(Parse p, int i) {
        for (org.sitrep.model.Dependency d : p.sentence().children(i)) {
            if (d.relation().startsWith("obl:during") && p.lemma(d.dependent()).equalsIgnoreCase("which")) return true;
        }
        return false;
    }

    /**
     * "as fighting raged on for a third week", "clashes that have continued for days": read off the words up to the
     * clause's end, as the parser hangs the verb on whatever noun is near.
     */
    private boolean goesOnFor(Parse p, int i) {
        for (int k = i + 1; k < Math.min(p.size(), i + 12); k++) {
            String w = p.token(k).word();
            if (w.equals(",") || w.equals(";") || w.equals(".")) return false;
            if (!p.token(k).isVerb() || !lexicon.isOngoing(p.lemma(k))) continue;
            for (int m = k + 1; m < Math.min(p.size(), k + 4); m++) {
                if (!p.lemma(m).equals("for")) continue;
                for (int n = m + 1; n < Math.min(p.size(), m + 4); n++) {
                    if (DURATIONS.contains(p.lemma(n)) || p.lemma(n).equals("day")) return true;
                }
            }
        }
        return false;
    }

    /** "earlier strikes", "previous attacks": a plural that speaks of past attacks in general. */
    private boolean isPastAttacks(Parse p, int noun) {
        if (!p.token(noun).isNoun() || !p.token(noun).isPlural() || p.child(noun, "nummod") >= 0
                || lexicon.trigger(p.lemma(noun), true) == null) return false;
        for (org.sitrep.model.Dependency d : p.sentence().children(noun)) {
            if ((d.relation().equals("amod") || d.relation().equals("advmod")) && isRetrospective(p, d.dependent())) {
                return true;
            }
        }
        return false;
    }

    /** The word as written, since the lemmatiser makes "earlier" "early". */
    private boolean isRetrospective(Parse p, int k) {
        return lexicon.isRetrospective(p.token(k).word().toLowerCase(java.util.Locale.ROOT));
    }

    /** "All of Washington's earlier strikes had targeted sites in eastern Syria": the verb's doer is past attacks. */
    private boolean pastAttacksSubject(Parse p, int verb) {
        int subject = p.child(verb, "nsubj");
        if (subject < 0) return false;
        if (isPastAttacks(p, subject)) return true;
        int of = p.child(subject, "nmod:of");
        return of >= 0 && isPastAttacks(p, of);
    }

    /** "a barrage of fireworks", "a hail of criticism": the noun's "of" names something other than a weapon; "a mock
     * assault", "simulated strikes": a stand-in for one. */
    boolean isFigurative(Parse p, int i) {
        if (isPretend(p, i) || isWalkout(p, i)) return true;
        // "an explosion at a fireworks factory", "a blast at a boiler plant": an accident where no weapon is named.
        for (int at : p.children(i, "nmod:at")) {
            for (int k : p.children(at, "compound")) if (isHazardWord(p, k) && weapons.weaponNear(p, 0) == null) return true;
        }
        // "a fireworks explosion", "a boiler blast": what blew up was no weapon.
        for (org.sitrep.model.Dependency d : p.sentence().children(i)) {
            if (d.relation().equals("compound") && isHazardWord(p, d.dependent())
                    && !Character.isUpperCase(p.token(d.dependent()).word().charAt(0))) return true;
        }
        int of = p.child(i, "nmod:of");
        if (of < 0 || !p.token(of).tag().startsWith("NN") || p.token(of).tag().startsWith("NNP")) return false;
        for (Lexicon.Weapon w : lexicon.weapons()) if (w.words().contains(p.lemma(of))) return false;
        // "the shelling of the village of Bilozerka", "the bombing of a military post": the "of" names the target.
        String target = p.lemma(of);
        if (lexicon.isPlaceHead(target) || lexicon.isMilitarySite(target) || lexicon.isWeaponTarget(target)) return false;
        return lexicon.trigger(p.lemma(of), true) == null;
    }

    /** Subordinators that tie an accident to a toll: "killed when a train derailed", "died after the bus overturned". */
    private static final Set<String> WHEN = Set.of("when", "after", "as");

    /** "went on strike", "a general strike", "the dockers' strike": a stoppage of work, not an attack. */
    private boolean isWalkout(Parse p, int i) {
        if (!p.lemma(i).equals("strike") || p.token(i).isPlural()) return false;
        int det = p.child(i, "det");
        if (det < 0 && p.children(i, "case").stream().anyMatch(k -> p.lemma(k).equals("on"))) return true;
        for (org.sitrep.model.Dependency d : p.sentence().children(i)) {
            String rel = d.relation();
            int k = d.dependent();
            if ((rel.equals("compound") || rel.startsWith("amod") || rel.equals("nmod:poss")) && (lexicon.isWalkout(p.lemma(k))
                    || lexicon.isWalkout(p.token(k).word().toLowerCase(java.util.Locale.ROOT)))) return true;
        }
        return false;
    }

    /**
     * Whether the verb at {@code i} strikes, fights or kills nothing that war is made on: its object is harmless
     * ("crews fought the fire", "the drone hits the weeds"), a stand-in ("fired rockets at mock vehicles"), aimed at
     * what nothing can hurt ("fired back at critics") or with no weapon ("bombarded the sky with light"), or its
     * doer is a natural force or a disease ("an earthquake struck", "a cholera outbreak has struck camps, killing
     * 12", "killed by floods").
     */
    boolean isHarmless(Parse p, int i) {
        int target = target(p, i);
        if (target >= 0 && (lexicon.isHarmlessObject(p.lemma(target)) || isPretend(p, target))) return true;
        for (org.sitrep.model.Dependency d : p.sentence().children(i)) {
            String rel = d.relation();
            if ((rel.equals("obl:at") || rel.equals("obl:on") || rel.equals("obl:against") || rel.equals("obl:into"))
                    && (isPretend(p, d.dependent()) || lexicon.isNoTarget(p.lemma(d.dependent())))) return true;
            // "bombarded the sky with light", "targeted young farmers with a free trial": no weapon is used. Not
            // "shelled positions with artillery fire": a weapon in the phrase makes the fire the weapon's.
            if (rel.equals("obl:with") && lexicon.isHarmlessObject(p.lemma(d.dependent())) && !ofWeapons(p, d.dependent())
                    && !weapons.weaponHead(p, d.dependent())) return true;
            if ((rel.equals("obl:agent") || rel.equals("obl:by")) && isHazard(p, d.dependent())) return true;
        }
        int doer = activeSubject(p, i);
        // "has struck camps ..., killing at least 12": a participle or a joined verb shares its head's doer.
        int head = p.head(i);
        if (doer < 0 && head >= 0 && p.token(head).isVerb() && (p.relation(i).startsWith("conj")
                || p.token(i).tag().equals("VBG") && !p.relation(i).startsWith("amod"))) doer = activeSubject(p, head);
        if (doer >= 0 && isHazard(p, doer)) return true;
        // "a bus overturned on the highway, killing seven", "a wall collapsed, killing two": the toll of an accident,
        // where the sentence names no weapon.
        // "seven passengers were killed when a train derailed": the accident in the toll's own clause.
        boolean mishap = head >= 0 && lexicon.isMishap(p.lemma(head));
        for (int k = 0; k < p.size() && !mishap; k++) {
            mishap = lexicon.isMishap(p.lemma(k)) && p.token(k).isVerb() && (p.children(k, "advmod").stream()
                    .anyMatch(m -> p.lemma(m).equals("when")) || p.children(k, "mark").stream().anyMatch(m -> WHEN.contains(p.lemma(m))));
        }
        return lexicon.isOutcomeVerb(p.lemma(i)) && mishap && weapons.weaponNear(p, 0) == null && !hasOtherTrigger(p, i);
    }

    /** Whether the sentence holds a trigger besides the outcome verb at {@code i} ("shelling caused a house to collapse"). */
    private boolean hasOtherTrigger(Parse p, int i) {
        for (int k = 0; k < p.size(); k++) {
            if (k == i || lexicon.isOutcomeVerb(p.lemma(k))) continue;
            if (lexicon.trigger(p.lemma(k), p.token(k).isNoun()) != null) return true;
        }
        return false;
    }

    private static int activeSubject(Parse p, int verb) {
        for (org.sitrep.model.Dependency d : p.sentence().children(verb)) if (d.relation().equals("nsubj")) return d.dependent();
        return -1;
    }

    /** The verb's object, or where the parse gave it none, the noun phrase right after it ("hits the weeds"). */
    private static int target(Parse p, int i) {
        int obj = p.child(i, "obj");
        // "opened fire on a bus stop": the fire is the shooting, not a blaze put out.
        if (obj >= 0 && TriggerFinder.phrasalLemma(p, i).equals("open fire")) return -1;
        if (obj >= 0) return obj;
        int noun = -1;
        for (int k = i + 1; k < p.size(); k++) {
            String tag = p.token(k).tag();
            if (tag.startsWith("NN")) noun = k;
            else if (noun >= 0 || !(tag.equals("DT") || tag.startsWith("JJ") || tag.equals("PRP$") || tag.equals("CD"))) break;
        }
        return noun;
    }

    /** A noun that stands in for a target or an attack: "mock vehicles", "dummy positions", "a simulated strike". */
    private boolean isPretend(Parse p, int noun) {
        for (org.sitrep.model.Dependency d : p.sentence().children(noun)) {
            if ((d.relation().startsWith("amod") || d.relation().equals("compound")) && (lexicon.isPretend(p.lemma(d.dependent()))
                    || lexicon.isPretend(p.token(d.dependent()).word().toLowerCase(java.util.Locale.ROOT)))) return true;
        }
        return false;
    }

    /**
     * A common noun of a natural force or disease, itself or its modifier ("the earthquake", "a cholera outbreak"),
     * or "a fire": counted, it is a blaze; weapon fire is not counted ("Israeli fire killed two").
     */
    private boolean isHazard(Parse p, int noun) {
        // "a flood of drones", "a rain of rockets", "an outbreak of fighting": the weapons or the fighting did it.
        if (ofWeapons(p, noun)) return false;
        if (isHazardWord(p, noun)) return true;
        // "Cyclone Mocha", "Hurricane Helene": a hazard word in front of a name; not "Storm Shadow", since a hazard
        // word that is also a war verb may name a weapon.
        if (p.token(noun).tag().startsWith("NNP")) {
            for (org.sitrep.model.Dependency d : p.sentence().children(noun)) {
                String l = p.lemma(d.dependent()).toLowerCase(java.util.Locale.ROOT);
                if (d.relation().equals("compound") && p.token(d.dependent()).tag().startsWith("NNP") && lexicon.isHazard(l)
                        && lexicon.trigger(l, false) == null) return true;
            }
        }
        int det = p.child(noun, "det");
        if (p.lemma(noun).equals("fire") && det >= 0 && (p.lemma(det).equals("a") || p.lemma(det).equals("an"))) return true;
        for (org.sitrep.model.Dependency d : p.sentence().children(noun)) {
            // A capitalised modifier may be a name even at the start of a sentence ("Storm Shadow missiles").
            if (d.relation().equals("compound") && isHazardWord(p, d.dependent())
                    && !Character.isUpperCase(p.token(d.dependent()).word().charAt(0))) return true;
        }
        return false;
    }

    /** Whether the noun is "of" weapons or of fighting: "a flood of drones", "a campaign of missile strikes". */
    private boolean ofWeapons(Parse p, int noun) {
        int of = p.child(noun, "nmod:of");
        if (of < 0) return false;
        String l = p.lemma(of);
        for (Lexicon.Weapon w : lexicon.weapons()) if (w.words().contains(l)) return true;
        return lexicon.trigger(l, true) != null || lexicon.trigger(l, false) != null;
    }

    private boolean isHazardWord(Parse p, int k) {
        // "Storm Shadow missiles", "Tornado rocket launchers": a capitalised name is a weapon, not the weather.
        if (!p.token(k).isNoun() || p.token(k).tag().startsWith("NNP")) return false;
        String w = p.token(k).word();
        if (k > 0 && !w.isEmpty() && Character.isUpperCase(w.charAt(0))) return false;
        return lexicon.isHazard(p.lemma(k));
    }

    /** Sports, markets, entertainment, drills: war words used as metaphors or in practice, in a sentence that
     * names no weapon (or, for sport and drills, hurts no one). */
    boolean isOffTopic(Parse p) {
        boolean offTopic = false, sport = false, harm = false, rehearsal = false;
        for (int k = 0; k < p.size(); k++) {
            offTopic |= lexicon.isOffTopic(p.lemma(k));
            sport |= lexicon.isSport(p.lemma(k));
            harm |= lexicon.isOutcomeVerb(p.lemma(k));
            rehearsal |= p.token(k).isNoun() && lexicon.isRehearsal(p.lemma(k));
        }
        // "the winger launched a rocket from 25 metres": plain words of sport outweigh a weapon's name, unless
        // someone was hurt ("a footballer was killed by a rocket"). "During the drill, warships fired missiles at
        // targets at sea": practice, unless someone was killed or wounded.
        if ((sport || rehearsal) && !harm) return true;
        return offTopic && weapons.weaponNear(p, 0) == null;
    }
}
