package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.sitrep.model.Claim;
import org.sitrep.model.DatePrecision;
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
 * the previous event and adds its claims and outcome there. Background references are not events: a trigger
 * running "since" a date or an event ("has been targeted repeatedly since October"), marked as habitual
 * ("repeatedly", "a frequent target of") or counted in times ("attacked dozens of times").
 */
final class MentionFinder {
    private static final Set<String> THREAT_VERBS = Set.of("threaten", "vow", "warn", "plan", "pledge", "promise",
            "intend", "seek", "try", "prepare", "urge", "call", "demand", "order", "prompt", "provoke", "force",
            "push", "allow", "argue", "want", "aim", "hope", "keep", "continue", "resume", "consider", "propose");

    /** Events ending more than this many years before publication are history, not news. */
    static final int HISTORY_YEARS = 2;
    private static final String CIVILIANS = "civilians";
    private static final java.util.regex.Pattern CIVILIAN_WORDS = java.util.regex.Pattern.compile(
            "\\b(?:civilians?|people|residents|child(?:ren)?|wom[ae]n|girls?|boys?|bab(?:y|ies)|famil(?:y|ies)|passengers|workers|pupils|patients|"
            + "worshippers|shoppers|villagers|displaced)\\b", java.util.regex.Pattern.CASE_INSENSITIVE);
    private static final java.util.regex.Pattern COMBATANT_WORDS = java.util.regex.Pattern.compile(
            "\\b(?:soldiers?|troops|fighters|militants|servicem(?:e|a)n|service members|officers|commanders?|"
            + "gunmen|personnel|policem(?:e|a)n|guards)\\b", java.util.regex.Pattern.CASE_INSENSITIVE);

    private static final java.util.regex.Pattern CIVILIAN_OBJECTS = java.util.regex.Pattern.compile(
            "\\b(?:residential|homes?|houses?|apartments?|flats?|school|hospital|clinic|market|shops?|bus|buses|"
            + "shelters?|tents?|mosque|church|farm(?:land)?|bakery|restaurant|cafe|wedding|funeral)\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    private static final Set<String> MONTHS = Set.of("March", "May");
    private static final Set<String> SPANS = Set.of("minute", "hour", "day", "week", "month");
    private static final Set<String> DAY_PARTS = Set.of("day", "night", "morning", "evening", "week", "month", "year");
    private static final Set<String> DURATIONS = Set.of("year", "month", "decade", "week");
    private static final java.util.regex.Pattern TOWN_PREFIX = java.util.regex.Pattern.compile(
            "(?:(?:the|a)(?: (?:city|town|village|port|capital|region|province|district) of)?)?");

    private final Lexicon lexicon;
    private final ActorResolver actors;
    private final OutcomeFinder outcomes = new OutcomeFinder();
    private final Garrisons garrisons = Garrisons.bundled();

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
            // "sank on March 2": a month, not a march.
            if (t.tag().startsWith("NNP") && MONTHS.contains(t.word())) continue;
            // "one-way attack drones", "a carrier strike group": a noun modifying another is no event.
            if (t.isNoun() && p.relation(i).equals("compound") && p.head(i) > i) continue;
            String lemma = p.lemma(i);
            String phrasal = phrasalLemma(p, i);
            Lexicon.Trigger tr = lexicon.trigger(phrasal, t.isNoun());
            if (tr == null && !phrasal.equals(lemma)) tr = lexicon.trigger(lemma, t.isNoun());
            if (tr != null) all.add(new Candidate(i, tr));
        }
        boolean primary = all.stream().anyMatch(c -> !lexicon.isSecondary(c.trigger().lemma()));
        if (primary) all.removeIf(c -> lexicon.isSecondary(c.trigger().lemma()));
        // "raided a house and arrested two men": a raid that ends in arrests is coded as the arrests.
        if (all.stream().anyMatch(c -> c.trigger().type() == EventType.ARREST)) all.removeIf(c -> c.trigger().lemma().equals("raid"));
        return all;
    }

    /** Adds the sentence's event mentions to the report state, or details to the previous mention. */
    void find(SentenceContext c, List<Candidate> candidates, List<PlaceMention> eventPlaces, String report) {
        Parse p = c.parse;
        c.candidates = List.copyOf(candidates);
        int before = c.state.mentions.size();
        if (isOffTopic(p)) return;
        for (Candidate cand : candidates) {
            int i = cand.token();
            Token t = p.token(i);
            int head = p.head(i);
            // "one was shot down", "most were intercepted": the outcome of the event this sentence already made.
            if (lexicon.isInterception(phrasalLemma(p, i)) && c.state.mentions.size() > before) {
                absorb(c, i, report);
                continue;
            }
            // "Some demonstrators hurled stones at riot police": the crowd of the protest just told.
            if (t.isNoun() && lexicon.isCrowd(p.lemma(i)) && continuesProtest(c, i, eventPlaces, report)) continue;
            // "killed in the strike": the outcome of another trigger of the sentence, not an event of its own.
            if (t.isVerb() && isOutcomeOf(p, i, candidates)) continue;
            // "a missile hit the block, killing three"; "two men were killed when a drone struck their car": the
            // deaths belong to the other trigger's event.
            if (t.isVerb() && lexicon.isOutcomeVerb(p.lemma(i)) && tiedToOtherTrigger(c, i, candidates)) continue;
            if (t.isVerb()) {
                if (p.isIrrealis(i)) continue;
                // "would keep striking", "could prompt the Houthis to strike": the clause above is not real either.
                if (head >= 0 && p.relation(i).startsWith("xcomp") && (THREAT_VERBS.contains(p.lemma(head))
                        || p.isIrrealis(head))) continue;
                if (t.tag().equals("VBG") && head >= 0 && THREAT_VERBS.contains(p.lemma(head))) continue;
                // "an Israeli strike ... killed five": the verb is the outcome of the noun trigger that is its subject.
                int subject = p.child(i, "nsubj");
                if (subject >= 0 && candidates.stream().anyMatch(o -> o.token() == subject)) continue;
                if (head >= 0 && p.token(head).isNoun() && lexicon.trigger(p.lemma(head), true) != null) continue;
                // "attacking drones", "forces fighting the remnants of IS": a participle describing a noun.
                if (t.tag().equals("VBG") && (p.relation(i).startsWith("amod") || p.relation(i).startsWith("acl"))) continue;
                // "shooting down most of the drones launched overnight": the launch describes the weapons of the
                // sentence's other event.
                if (p.child(i, "nsubj", "nsubj:pass", "aux", "aux:pass") < 0 && lexicon.isAimed(p.lemma(i))
                        && candidates.stream().anyMatch(o -> o.token() != i)) continue;
            } else if (isGeneric(p, i) && !(carriedOut(p, i) && datedToDay(c, i))) {
                // "a string of assaults" is background; "carried out a series of air strikes ... on Sunday" is one
                // day's raid.
                continue;
            }
            if (isBackground(c, i)) continue;
            // "residents marched", "hundreds gathered"; not "Iran protested the decision" or "gathered evidence".
            if (t.isVerb() && cand.trigger().type() != null && isProtest(cand.trigger().type()) && !isProtestVerb(p, i, cand)) {
                continue;
            }
            // "a rally against the government"; not "a rally in oil prices" or "a demonstration of the new drone".
            if (t.isNoun() && cand.trigger().type() != null && isProtest(cand.trigger().type()) && !hasDissent(p)
                    && !hasCrowd(p)) continue;
            // "fired rockets", "fired on the city"; not "fired the coach" or "fired up the crowd".
            if (t.isVerb() && lexicon.isAimed(p.lemma(i)) && !isAimed(p, i)) continue;
            // "launched an attack on", "fired a barrage of rockets at": the noun carries the event.
            if (t.isVerb() && lexicon.isAimed(p.lemma(i)) && p.child(i, "obj") >= 0
                    && candidates.stream().anyMatch(o -> o.token() == p.child(i, "obj"))) continue;
            // "crews fought the fire", "the drone hits the weeds": the verb's object is no one to fight or strike.
            if (t.isVerb() && p.child(i, "obj") >= 0 && lexicon.isHarmlessObject(p.lemma(p.child(i, "obj")))) continue;
            // "condemned the strikes", "denied the attack": what is said about an event told elsewhere.
            if (t.isNoun() && head >= 0 && p.token(head).isVerb() && p.relation(i).equals("obj")
                    && (lexicon.statementCues().containsKey(p.lemma(head)) || lexicon.claimCue(p.lemma(head)) != null)) {
                if (!t.isPlural() && !c.state.mentions.isEmpty()) absorb(c, i, report);
                continue;
            }
            if (t.isNoun() && isFigurative(p, i)) continue;
            PlaceMention place = placeFor(p, i, eventPlaces);
            // "The attack was the latest in a string of strikes on bases in Iraq": a definite noun names a new event
            // only with a place of its own; otherwise it refers back.
            if (t.isNoun() && isDefinite(p, i) && place != null && !ownsPlace(p, i, place)) place = null;
            if (t.isNoun() && isDefinite(p, i) && place == null) {
                // "the assault" refers back to the previous event; "the attacks" to attacks in general.
                if (!t.isPlural() && !c.state.mentions.isEmpty()) absorb(c, i, report);
                continue;
            }
            Roles roles = roles(c, i);
            if (place == null) place = placeReferredTo(c, roles.actor2Phrase);
            TimeValue time = timeFor(c, i);
            // A plural names specific events only when counted ("two airstrikes") or dated to a day ("airstrikes on
            // Friday"); otherwise it speaks of attacks in general ("their attacks", "drone attacks on shipping").
            if (t.isPlural() && p.child(i, "nummod") < 0
                    && (place == null || !(datedToDay(c, i) || crowdDated(c, i)) || hasPossessivePronoun(p, i))) continue;
            if (t.isNoun() && place == null && !time.isKnown() && roles.actor1 == null) continue;
            // "Iraq says 16 people were killed near al-Qaim": deaths at the place of an event the report already
            // has are that event's toll, not a new event.
            if (t.isVerb() && lexicon.isOutcomeVerb(p.lemma(i)) && roles.actor1 == null && place != null) {
                int earlier = mentionAt(c, place, c.anchorOr(time));
                if (earlier >= 0) {
                    absorbInto(c, earlier, i, report);
                    continue;
                }
            }
            build(c, cand, roles, place, time, report);
        }
    }

    /**
     * Whether the crowd noun at {@code i} is the crowd of the protest told in this sentence or the one before, at
     * no other place; if so the protest takes what the sentence adds: stones make it a riot, tear gas an
     * intervention.
     */
    private boolean continuesProtest(SentenceContext c, int i, List<PlaceMention> eventPlaces, String report) {
        List<EventMention> ms = c.state.mentions;
        Parse p = c.parse;
        int at = ms.size() - 1;
        while (at >= 0 && !isProtest(ms.get(at).type()) && ms.get(at).sentence() >= p.sentence().index() - 1) at--;
        if (at < 0 || !isProtest(ms.get(at).type()) || ms.get(at).sentence() < p.sentence().index() - 1) return false;
        EventMention last = ms.get(at);
        if (p.child(i, "nummod") >= 0) return false;
        for (PlaceMention pm : eventPlaces) if (last.place() == null || !pm.place().id().equals(last.place().id())) return false;
        EventType kind = protestKind(p, last.type());
        // A riot stays a riot; an intervention is not undone by a calm sentence.
        if (last.type().family().equals("Riots") || kind == EventType.PEACEFUL_PROTEST) kind = last.type();
        Actor a1 = last.actor1();
        if (kind != last.type() && kind.family().equals("Riots") && a1 != null && a1.type() == Actor.Type.PROTESTERS) {
            a1 = actors.crowdOf(a1.country(), true).orElse(a1);
        }
        ms.set(at, last.retyped(kind, a1, last.actor2(), List.of(p.span(i, i).evidence(report, "trigger"),
                p.sentenceEvidence(report, "sentence"))));
        return true;
    }

    /**
     * "residents marched", "hundreds gathered" against something; "police fired tear gas to disperse the crowd",
     * which tells of a protest by its breaking up. Not "Iran protested the decision" or "gathered evidence".
     */
    private boolean isProtestVerb(Parse p, int i, Candidate cand) {
        if (cand.trigger().type() == EventType.PROTEST_WITH_INTERVENTION) {
            int crowd = p.child(i, "obj", "nsubj:pass");
            return crowd >= 0 && (lexicon.isCrowd(p.lemma(crowd)) || isProtestNoun(p.lemma(crowd)));
        }
        int subj = p.child(i, "nsubj");
        if (subj < 0 || !lexicon.isCrowd(p.lemma(subj))) return false;
        return p.lemma(i).equals("protest") || p.lemma(i).equals("demonstrate") || hasDissent(p);
    }

    private boolean isProtestNoun(String lemma) {
        Lexicon.Trigger tr = lexicon.trigger(lemma, true);
        return tr != null && tr.type() != null && isProtest(tr.type());
    }

    /**
     * "Lebanese security forces fired tear gas on hundreds of protesters": the subject of the first verb above the
     * protest's word, when it is a state's force; bare "police" or "riot police" are the police of the protest's
     * country.
     */
    private @Nullable Actor interveningForce(SentenceContext c, int i, @Nullable PlaceMention place) {
        Parse p = c.parse;
        for (int k = p.token(i).isVerb() ? i : p.head(i), guard = 0; k >= 0 && guard < 20; guard++, k = p.head(k)) {
            if (!p.token(k).isVerb()) continue;
            // "fired tear gas to disperse them": the one who fired, not the gas the parser makes the subject.
            int subj = -1;
            for (org.sitrep.model.Dependency d : p.sentence().children(k)) if (d.relation().equals("nsubj")) subj = d.dependent();
            if (subj < 0) continue;
            if (subj == i || lexicon.isCrowd(p.lemma(subj))) return null;
            String country = place != null ? place.place().country() : c.state.country;
            if (p.lemma(subj).equals("police") && country != null) {
                Actor police = actors.policeOf(country).orElse(null);
                if (police != null) return police;
            }
            ActorMatch m = c.resolveNoun(subj, false);
            return m != null && m.actor().isState() ? m.actor() : null;
        }
        return null;
    }

    private boolean namesCrowd(Parse p, @Nullable Phrase phrase) {
        if (phrase == null) return false;
        int from = p.sentence().tokenAt(phrase.start()), to = p.sentence().tokenAt(phrase.end() - 1);
        for (int k = Math.max(0, from); k >= 0 && k <= to; k++) if (lexicon.isCrowd(p.lemma(k))) return true;
        return false;
    }

    private boolean hasCrowd(Parse p) {
        for (int k = 0; k < p.size(); k++) if (lexicon.isCrowd(p.lemma(k))) return true;
        return false;
    }

    private boolean hasDissent(Parse p) {
        for (int k = 0; k < p.size(); k++) if (lexicon.isDissent(p.lemma(k))) return true;
        return false;
    }

    private static java.time.@Nullable LocalDate resolvedDay(SentenceContext c, TimeValue time) {
        TimeValue t = c.anchorOr(time);
        return t.isKnown() ? t.from() : null;
    }

    private static boolean isProtest(EventType type) {
        return type.family().equals("Protests") || type.family().equals("Riots");
    }

    /** A protest whose crowd hurls stones is a riot; one the police break up with tear gas is an intervention. */
    private EventType protestKind(Parse p, EventType type) {
        if (type == EventType.MOB_VIOLENCE) return type;
        boolean riot = type == EventType.VIOLENT_DEMONSTRATION, police = false;
        for (int k = 0; k < p.size(); k++) {
            riot |= lexicon.isRiotous(p.lemma(k));
            // "police dispersed the crowd"; not "the marchers dispersed without incident".
            police |= lexicon.isIntervention(p.lemma(k)) && (!p.token(k).isVerb() || p.child(k, "obj", "nsubj:pass") >= 0);
        }
        return riot ? EventType.VIOLENT_DEMONSTRATION : police ? EventType.PROTEST_WITH_INTERVENTION : EventType.PEACEFUL_PROTEST;
    }

    /** Whether the outcome verb at {@code i} governs, or hangs under, another trigger of the sentence. */
    private boolean tiedToOtherTrigger(SentenceContext c, int i, List<Candidate> candidates) {
        Parse p = c.parse;
        for (Candidate o : candidates) {
            int j = o.token();
            if (j == i || lexicon.isOutcomeVerb(p.lemma(j))) continue;
            if (c.ancestors(i).contains(j)) return true;
            List<Integer> up = c.ancestors(j);
            if (up.contains(i) && p.token(j).isVerb() && p.relation(up.get(up.indexOf(i) - 1)).startsWith("advcl")) return true;
        }
        return false;
    }

    /** The latest mention of this report at the same place (or within 25 km) on an overlapping date, or -1. */
    private static int mentionAt(SentenceContext c, PlaceMention place, TimeValue time) {
        List<EventMention> ms = c.state.mentions;
        for (int k = ms.size() - 1; k >= 0; k--) {
            EventMention m = ms.get(k);
            if (m.place() == null || !m.time().isKnown() || !time.isKnown() || !m.time().overlaps(time)) continue;
            if (m.place().id().equals(place.place().id()) || org.sitrep.resolve.place.Place.distanceKm(m.place().lat(),
                    m.place().lon(), place.place().lat(), place.place().lon()) <= 25) return k;
        }
        return -1;
    }

    /** "carried out a series of air strikes": the quantifier in front of the noun is what an agentive verb does. */
    private boolean carriedOut(Parse p, int i) {
        int quantifier = p.head(i);
        if (quantifier < 0 || !p.relation(i).startsWith("nmod:of")) return false;
        int verb = p.head(quantifier);
        return verb >= 0 && p.relation(quantifier).equals("obj") && lexicon.isAgentive(p.lemma(verb));
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

    /**
     * Repeated or ongoing activity, told as background rather than as one event; also a trigger in a clause that
     * hangs on such a one ("... since October, although most drones were shot down").
     */
    private boolean isBackground(SentenceContext c, int i) {
        Parse p = c.parse;
        for (int a : c.ancestors(i)) {
            if (isBackgroundClause(c, a)) return true;
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
                if (rel.startsWith("advcl") && p.child(child, "mark") >= 0 && p.lemma(p.child(child, "mark")).equals("since")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "a barrage of fireworks", "a hail of criticism": the noun's "of" names something other than a weapon. */
    private boolean isFigurative(Parse p, int i) {
        int of = p.child(i, "nmod:of");
        if (of < 0 || !p.token(of).tag().startsWith("NN") || p.token(of).tag().startsWith("NNP")) return false;
        for (Lexicon.Weapon w : lexicon.weapons()) if (w.words().contains(p.lemma(of))) return false;
        return lexicon.trigger(p.lemma(of), true) == null;
    }

    /**
     * A date within a day or two ("on Friday", "hours later") attached to the trigger's own clause, not to a verb
     * of saying above it.
     */
    private boolean datedToDay(SentenceContext c, int i) {
        TimeMention tm = c.timeFor(i);
        if (tm == null || !tm.value().isKnown()
                || tm.value().to().toEpochDay() - tm.value().from().toEpochDay() > 2) return false;
        int verb = c.verbAbove(c.parse.sentence().tokenAt(tm.phrase().start()));
        return verb < 0 || verb == i || !lexicon.isReportingVerb(c.parse.lemma(verb));
    }

    /**
     * "hundreds of protesters who tried to storm the embassy late on Tuesday": the crowd's own relative clause dates
     * the protest, as a trigger's own phrase dates an attack.
     */
    private boolean crowdDated(SentenceContext c, int i) {
        if (!lexicon.isCrowd(c.parse.lemma(i))) return false;
        for (TimeMention tm : c.times) {
            int tok = c.parse.sentence().tokenAt(tm.phrase().start());
            if (tok >= 0 && tm.value().isKnown() && tm.value().to().toEpochDay() - tm.value().from().toEpochDay() <= 2
                    && c.ancestors(tok).contains(i)) return true;
        }
        return false;
    }

    /** "their attacks", "its strikes": attacks of a kind, not particular ones. */
    private static boolean hasPossessivePronoun(Parse p, int i) {
        int poss = p.child(i, "nmod:poss");
        return poss >= 0 && p.token(poss).tag().startsWith("PRP");
    }

    /** The place lies in the trigger's own phrase ("the attack on al-Asad"), or in the clause of a verb it is the
     * subject or object of ("the attack took place at al-Asad"). */
    private static boolean ownsPlace(Parse p, int i, PlaceMention place) {
        int tok = p.sentence().tokenAt(place.phrase().start());
        if (tok < 0) return false;
        int head = p.head(i);
        String rel = p.relation(i);
        boolean verbArgument = head >= 0 && p.token(head).isVerb() && (rel.startsWith("nsubj") || rel.equals("obj"));
        for (int cur = tok, guard = 0; cur >= 0 && guard < 20; guard++, cur = p.head(cur)) {
            if (cur == i || (verbArgument && cur == head)) return true;
        }
        return false;
    }

    /** A verb such as "killed" whose "in"/"during" argument is another trigger of the sentence. */
    private static boolean isOutcomeOf(Parse p, int i, List<Candidate> candidates) {
        for (org.sitrep.model.Dependency d : p.sentence().children(i)) {
            if (!(d.relation().startsWith("obl:in") || d.relation().startsWith("obl:during")
                    || d.relation().startsWith("obl:by"))) continue;
            for (Candidate other : candidates) if (other.token() == d.dependent() && p.token(other.token()).isNoun()) return true;
        }
        return false;
    }

    /** Sports, markets, entertainment: war words used as metaphors, in a sentence that names no weapon. */
    private boolean isOffTopic(Parse p) {
        boolean offTopic = false, sport = false, harm = false;
        for (int k = 0; k < p.size(); k++) {
            offTopic |= lexicon.isOffTopic(p.lemma(k));
            sport |= lexicon.isSport(p.lemma(k));
            harm |= lexicon.isOutcomeVerb(p.lemma(k));
        }
        // "the winger launched a rocket from 25 metres": plain words of sport outweigh a weapon's name, unless
        // someone was hurt ("a footballer was killed by a rocket").
        if (sport && !harm) return true;
        return offTopic && weaponNear(p, 0) == null;
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
                // "two drones were launched at the base": the weapon is the subject, the target follows "at".
                if (weaponHead(p, pass)) {
                    int aimed = p.child(i, "obl:at", "obl:on", "obl:toward", "obl:towards", "obl:against", "obl:upon");
                    obj = aimed;
                }
            } else {
                subj = p.child(i, "nsubj", "nsubj:xsubj");
                obj = p.child(i, "obj");
                // "fired rockets at a Turkish base": the weapon is the object, the target follows "at" or "on".
                if (obj < 0 || weaponHead(p, obj)) {
                    int aimed = p.child(i, "obl:at", "obl:on", "obl:toward", "obl:towards", "obl:against", "obl:upon");
                    if (aimed >= 0) obj = aimed;
                }
            }
            if (subj < 0) {
                int h = p.head(i);
                if (h >= 0 && p.token(h).isVerb() && !lexicon.isReportingVerb(p.lemma(h))) subj = p.child(h, "nsubj");
            }
        } else {
            subj = p.child(i, "nmod:by", "nmod:agent");
            obj = p.child(i, "nmod:on", "nmod:against", "nmod:targeting", "nmod:at");
            // "militants launched an attack": the subject of a verb that carries out the noun. Not "troops were
            // killed in an attack" or "the minister condemned the attack".
            int h = p.head(i);
            if (subj < 0 && h >= 0 && p.token(h).isVerb() && p.relation(i).equals("obj")
                    && lexicon.isAgentive(p.lemma(h))) {
                subj = p.child(h, "nsubj", "nsubj:xsubj");
            }
            // "US forces at Green Village came under rocket attack": the subject of "came" is the target.
            // Found by the words, as the parser often hangs "under attack" on a later verb of saying.
            int under = p.child(i, "case");
            if (obj < 0 && under > 0 && p.lemma(under).equals("under")
                    && (p.lemma(under - 1).equals("come") || p.lemma(under - 1).equals("be"))) {
                obj = p.child(under - 1, "nsubj");
            }
            if (obj < 0) {
                int acl = p.child(i, "acl");
                if (acl >= 0 && (p.lemma(acl).equals("target") || p.lemma(acl).equals("hit"))) obj = p.child(acl, "obj");
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
        int shotDown = -1;
        if (lexicon.isInterception(phrasalLemma(p, i))) {
            // The one who shoots down is the side attacked; the attacker may be named on what was shot down
            // ("two Houthi drones", "drones fired by the Houthis").
            shotDown = p.token(i).isVerb() ? p.child(i, "obj") : -1;
            obj = subj;
            subj = -1;
        }
        Phrase a1 = subj >= 0 ? p.nounPhrase(subj) : null;
        Phrase a2 = obj >= 0 ? p.nounPhrase(obj) : null;
        if (a1 == null && p.token(i).isNoun() && !lexicon.isInterception(phrasalLemma(p, i))) {
            ActorMatch byModifier = modifierActor(c, i);
            if (byModifier != null) return new Roles(byModifier, modifierPhrase(c, i), a2 == null ? null
                    : c.resolve(a2, false), a2);
        }
        ActorMatch m1 = a1 == null ? null : c.resolve(a1, true);
        ActorMatch m2 = a2 == null ? null : resolveTarget(c, obj, a2);
        // "US warplanes struck", "struck by a Russian missile": the side named by the subject's modifier.
        if (m1 == null && subj >= 0 && p.token(subj).isNoun()) m1 = modifierActor(c, subj);
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
        if (m1 == null && subj < 0 && shotDown < 0 && !lexicon.isInterception(phrasalLemma(p, i))) {
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
    private @Nullable ActorMatch resolveTarget(SentenceContext c, int head, Phrase whole) {
        Parse p = c.parse;
        Phrase core = p.core(head);
        ActorMatch m = core.end() < whole.end() ? c.resolve(core, false) : null;
        if (m == null && core.end() < whole.end() && p.token(head).isNoun()) m = modifierActor(c, head);
        return m != null ? m : c.resolve(whole, false);
    }

    private static final Set<String> AIM_WORDS = Set.of("at", "on", "toward", "towards", "into", "upon", "across");

    /**
     * A weapon or an aim in the words that follow, up to the next comma ("fired a salvo of missiles at"; the parser
     * often loses the "at"), or a weapon as the verb's passive subject or the noun it describes ("missiles fired
     * by the Houthis").
     */
    private boolean isAimed(Parse p, int i) {
        List<Token> tokens = p.sentence().tokens();
        for (int k = i + 1; k < Math.min(p.size(), i + 12); k++) {
            String w = tokens.get(k).word();
            if (w.equals(",") || w.equals(";") || w.equals(".")) break;
            if (AIM_WORDS.contains(w.toLowerCase(java.util.Locale.ROOT)) || lexicon.weaponAt(tokens, k) != null) return true;
        }
        // "shells fired from RSF positions landed ...": the parser may make the weapon an active subject.
        int subject = p.child(i, "nsubj:pass", "nsubj");
        if (subject >= 0 && weaponHead(p, subject)) return true;
        return p.relation(i).startsWith("acl") && p.head(i) >= 0 && lexicon.weaponAt(tokens, p.head(i)) != null;
    }

    /** Whether the noun at {@code k}, or a word of its phrase, names a weapon ("two rockets", "a salvo of missiles"). */
    private boolean weaponHead(Parse p, int k) {
        Phrase np = p.nounPhrase(k);
        List<Token> tokens = p.sentence().tokens();
        for (int j = 0; j < p.size(); j++) {
            Token t = tokens.get(j);
            if (t.start() >= np.start() && t.end() <= np.end() && lexicon.weaponAt(tokens, j) != null) return true;
        }
        return false;
    }

    private static final Set<String> TOLL_VERBS = Set.of("kill", "wound", "injure");

    /** The armed side named for the victims of a toll verb of the sentence, if it is not the attacker's. */
    private @Nullable Actor victimSide(SentenceContext c, @Nullable Actor attacker) {
        Parse p = c.parse;
        for (int k = 0; k < p.size(); k++) {
            if (!p.token(k).isVerb() || !TOLL_VERBS.contains(p.lemma(k))) continue;
            int v = p.child(k, "nsubj:pass");
            if (v < 0) v = p.child(k, "obj");
            if (v < 0) continue;
            List<Integer> victims = new ArrayList<>(List.of(v));
            victims.addAll(p.children(v, "conj"));
            for (int victim : victims) {
                if (!COMBATANT_WORDS.matcher(p.token(victim).word()).find() && !MEMBER_WORDS.contains(p.lemma(victim))) continue;
                ActorMatch m = null;
                int of = p.child(victim, "nmod:of");
                if (of >= 0) m = c.resolve(p.nounPhrase(of), false);
                if (m == null) m = modifierActor(c, victim);
                if (m == null) continue;
                Actor side = actors.asCombatant(m.actor());
                if (attacker == null || !attacker.id().equals(side.id())) return side;
            }
        }
        return null;
    }

    private static final Set<String> MEMBER_WORDS = Set.of("member", "leader", "commander", "official", "operative");

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
            if (!tag.equals("VBD") && !tag.equals("VBZ") && !tag.equals("VBP")) return null;
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

    /** Whether the phrase is, or ends in, a town or region the sentence names (not a country). */
    private static boolean namesTown(SentenceContext c, Phrase phrase) {
        for (PlaceMention pm : c.places) {
            if (pm.place().kind() == org.sitrep.resolve.place.Place.Kind.COUNTRY) continue;
            // The phrase is the place, give or take an article: "Kyiv", "the city of Kharkiv"; not "US forces at
            // Green Village".
            if (pm.phrase().start() < phrase.start() || pm.phrase().end() > phrase.end()
                    || phrase.end() - pm.phrase().end() > 1) continue;
            String before = phrase.text().substring(0, pm.phrase().start() - phrase.start()).trim().toLowerCase(java.util.Locale.ROOT);
            if (TOWN_PREFIX.matcher(before).matches()) return true;
        }
        return false;
    }

    /** The verb's particle ("shot down"), also where the parser took it for an adverb. */
    static int particle(Parse p, int i) {
        int prt = p.child(i, "compound:prt");
        if (prt >= 0) return prt;
        int adv = p.child(i, "advmod");
        return adv == i + 1 && p.token(adv).tag().equals("RP") || adv == i + 1 && p.lemma(adv).equals("down") ? adv : -1;
    }

    /**
     * "a Russian missile strike", "an Israeli airstrike", "a Houthi drone attack": the attacker named by an adjective
     * or a name in front of the noun (or of the weapon noun before it). The registry lists forces, not demonyms, so
     * "Russian" is also tried as "Russian forces".
     */
    private @Nullable ActorMatch modifierActor(SentenceContext c, int i) {
        Phrase m = modifierPhrase(c, i);
        if (m == null) return null;
        ActorMatch direct = c.resolve(m, false);
        if (direct != null) return direct;
        return c.resolve(new Phrase(m.text() + " forces", m.start(), m.end(), m.sentence()), false);
    }

    private static @Nullable Phrase modifierPhrase(SentenceContext c, int i) {
        Parse p = c.parse;
        List<Integer> heads = new ArrayList<>(List.of(i));
        heads.addAll(p.children(i, "compound"));
        for (int h : heads) {
            for (org.sitrep.model.Dependency d : p.sentence().children(h)) {
                String rel = d.relation();
                int k = d.dependent();
                if (k >= i) continue;
                if ((rel.equals("amod") || rel.equals("compound")) && (p.token(k).tag().startsWith("JJ")
                        || p.token(k).tag().startsWith("NNP"))) {
                    return p.span(k, k);
                }
            }
        }
        return null;
    }

    /** The lemma with the verb's particle: "shoot down" for "shot down", else the lemma alone. */
    private static String phrasalLemma(Parse p, int i) {
        int prt = particle(p, i);
        return prt >= 0 ? p.lemma(i) + " " + p.lemma(prt) : p.lemma(i);
    }

    /**
     * The first event place after the trigger, else the last one before it. A place the weapon came from ("a
     * missile fired from Yemen toward Eilat") is used only when the sentence names no other.
     */
    private @Nullable PlaceMention placeFor(Parse p, int i, List<PlaceMention> places) {
        List<PlaceMention> targets = new ArrayList<>();
        for (PlaceMention pm : places) if (!isOrigin(p, pm) && !isCause(p, pm) && !inOtherEventClause(p, i, pm)) targets.add(pm);
        // "drones from Yemen" is the place when nothing else is; the place of another event told in passing is not.
        if (targets.isEmpty()) for (PlaceMention pm : places) if (!inOtherEventClause(p, i, pm)) targets.add(pm);
        int at = p.token(i).start();
        PlaceMention before = null;
        for (int k = 0; k < targets.size(); k++) {
            PlaceMention pm = targets.get(k);
            if (pm.phrase().start() >= at) return narrowest(pm, targets.subList(k + 1, targets.size()));
            // Before the trigger, the most precise place wins ("forces at Green Village in eastern Syria came under
            // attack"); among equals, the nearest.
            if (before == null || pm.precision().code() <= before.precision().code()) before = pm;
        }
        return before;
    }

    /**
     * "air strikes on the western Idlib countryside ..., killing three civilians on the outskirts of Jisr
     * al-Shughur": a town named later in the sentence inside the area named first is the more precise place.
     */
    private static PlaceMention narrowest(PlaceMention first, List<PlaceMention> later) {
        if (first.place().isPoint()) return first;
        for (PlaceMention pm : later) if (pm.place().isPoint() && inside(pm.place(), first.place())) return pm;
        return first;
    }

    private static boolean inside(org.sitrep.resolve.place.Place point, org.sitrep.resolve.place.Place area) {
        if (!point.country().equals(area.country())) return false;
        return switch (area.kind()) {
            case COUNTRY -> false; // a country named first is rarely the event's place; a later town may be another's
            case ADMIN1, REGION -> area.admin1() == null ? area.kind() == org.sitrep.resolve.place.Place.Kind.REGION
                    : area.admin1().equals(point.admin1());
            default -> false;
        };
    }

    /** "..., hours after a deadly blast at a hospital in Gaza": the place of an earlier event told in passing. */
    private static boolean inOtherEventClause(Parse p, int trigger, PlaceMention pm) {
        int tok = p.sentence().tokenAt(pm.phrase().start());
        for (int cur = tok, guard = 0; cur >= 0 && guard < 20; guard++, cur = p.head(cur)) {
            if (cur == trigger) return false;
            // "hours after a blast at a hospital in Gaza", where the parser hangs "at a hospital" on "hours".
            if (SPANS.contains(p.lemma(cur)) && p.child(cur, "nmod:after", "nmod:before", "obl:after", "obl:before") >= 0) {
                for (int up = trigger, g = 0; up >= 0 && g < 20; g++, up = p.head(up)) if (up == cur) return false;
                return true;
            }
            if (p.relation(cur).startsWith("advcl") || p.relation(cur).startsWith("obl:after") || p.relation(cur).startsWith("nmod:after")) {
                int mark = p.child(cur, "mark", "case");
                if (mark >= 0 && (p.lemma(mark).equals("after") || p.lemma(mark).equals("before"))) {
                    for (int up = trigger, g = 0; up >= 0 && g < 20; g++, up = p.head(up)) if (up == cur) return false;
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "its fighters had struck the base": a definite place noun with no name of its own is the last event place of
     * the report that it names ("Ain al-Asad air base"), if any.
     */
    private @Nullable PlaceMention placeReferredTo(SentenceContext c, @Nullable Phrase target) {
        if (target == null) return null;
        String[] words = target.text().toLowerCase(java.util.Locale.ROOT).split("\\s+");
        if (words.length < 2 || words.length > 3 || !words[0].equals("the")) return null;
        String noun = words[words.length - 1];
        if (!lexicon.isPlaceHead(noun)) return null;
        for (int k = c.state.mentions.size() - 1; k >= 0; k--) {
            org.sitrep.resolve.place.Place pl = c.state.mentions.get(k).place();
            if (pl == null || !pl.isPoint() || c.state.mentions.get(k).geoPrecision() == null) continue;
            if (java.util.Arrays.asList(pl.name().toLowerCase(java.util.Locale.ROOT).split("[\\s-]+")).contains(noun)) {
                return new PlaceMention(target, pl, c.state.mentions.get(k).geoPrecision());
            }
        }
        return null;
    }

    /** "chanting in support of Gaza", "a march in solidarity with Ukraine": the cause, not where it happened. */
    private boolean isCause(Parse p, PlaceMention pm) {
        int tok = p.sentence().tokenAt(pm.phrase().start());
        int head = tok < 0 ? -1 : p.head(tok);
        return head >= 0 && lexicon.isCause(p.lemma(head));
    }

    private static boolean isOrigin(Parse p, PlaceMention pm) {
        int first = p.sentence().tokenAt(pm.phrase().start());
        return first > 0 && p.lemma(first - 1).equals("from");
    }

    private TimeValue timeFor(SentenceContext c, int i) {
        TimeMention tm = c.timeFor(i);
        if (tm != null) {
            int clause = relativeClause(c, i, tm);
            if (clause < 0) return tm.value();
            // "struck early on Wednesday, hours after fighters hit the base": the earlier event is dated only to
            // the day of the main clause or the day before (after the day for "before").
            TimeValue v = tm.value();
            boolean after = c.parse.lemma(clause).equals("after");
            // "two days after the group hit a ship": exactly that many days before (or after) the main clause's day.
            int days = daysBefore(c.parse, clause);
            if (days > 0 && v.from().equals(v.to())) {
                return TimeValue.day(after ? v.from().minusDays(days) : v.from().plusDays(days));
            }
            return after ? new TimeValue(v.from().minusDays(1), v.to(), DatePrecision.RANGE)
                    : new TimeValue(v.from(), v.to().plusDays(1), DatePrecision.RANGE);
        }
        if (c.speaker != null && c.speaker.time().isKnown() && c.ancestors(i).contains(c.speaker.verb())) return c.speaker.time();
        for (TimeMention m : c.times) if (m.value().isKnown()) return m.value();
        return TimeValue.UNKNOWN;
    }

    /** N in "N days after": the count of days just before the mark, or 0. */
    private static int daysBefore(Parse p, int mark) {
        for (int k = Math.max(0, mark - 3); k < mark; k++) {
            if (!p.lemma(k).equals("day")) continue;
            int num = p.child(k, "nummod");
            Integer n = num >= 0 ? Numbers.parse(p.token(num).word()) : k > 0 ? Numbers.parse(p.token(k - 1).word()) : null;
            if (n != null && n > 0 && n < 60) return n;
        }
        return 0;
    }

    /** The "after"/"before" of the adverbial clause that holds token {@code i}, or -1. */
    private static int relativeMark(SentenceContext c, int i) {
        for (int a : c.ancestors(i)) {
            int mark = afterBeforeMark(c.parse, a);
            if (mark >= 0) return mark;
        }
        return -1;
    }

    /** The "after" or "before" that marks token {@code a} as an adverbial clause, or -1. */
    private static int afterBeforeMark(Parse p, int a) {
        if (!p.relation(a).startsWith("advcl")) return -1;
        int mark = p.child(a, "mark");
        return mark >= 0 && (p.lemma(mark).equals("after") || p.lemma(mark).equals("before")) ? mark : -1;
    }

    /**
     * The "after"/"before" marking an adverbial clause that holds the trigger while the time belongs to the clause
     * above it, or -1.
     */
    private static int relativeClause(SentenceContext c, int i, TimeMention tm) {
        Parse p = c.parse;
        int timeVerb = c.verbAbove(p.sentence().tokenAt(tm.phrase().start()));
        for (int a : c.ancestors(i)) {
            if (a == timeVerb) return -1;
            int mark = afterBeforeMark(p, a);
            if (mark >= 0) return mark;
        }
        return -1;
    }

    private void build(SentenceContext c, Candidate cand, Roles roles, @Nullable PlaceMention place, TimeValue time,
                       String report) {
        Parse p = c.parse;
        int i = cand.token();
        Lexicon.Weapon w = weaponNear(p, i);
        Lexicon.Trigger tr = cand.trigger();
        EventType type = tr.type() != null ? tr.type() : w != null ? w.type() : tr.fallback();
        String weapon = w != null ? w.weapon() : tr.defaultWeapon();
        // "In a separate strike ..., a house was hit": a bare "hit" takes its kind from the sentence's "strike".
        if (tr.type() == null && w == null && weapon == null) {
            for (Candidate other : c.candidates) {
                Lexicon.Trigger ot = other.trigger();
                // Not across an "after"/"before" clause, which tells another event.
                if (relativeMark(c, other.token()) != relativeMark(c, i)) continue;
                if (other.token() != i && ot.type() == null && ot.defaultWeapon() != null) {
                    type = ot.fallback();
                    weapon = ot.defaultWeapon();
                    break;
                }
            }
        }
        Actor a1 = roles.actor1 == null ? null : actors.asCombatant(roles.actor1.actor());
        Actor a2 = roles.actor2 == null ? null : actors.asCombatant(roles.actor2.actor());
        OutcomeFinder.Outcome o = outcomes.find(p);
        // "Russia attacked Kyiv": a city named as the target is a place, not the government it is the seat of.
        if (a2 != null && roles.actor2Phrase != null && namesTown(c, roles.actor2Phrase)) a2 = null;
        // "killed a senior commander of Kata'ib Hezbollah", "three Iraqi soldiers were killed": the side the dead
        // or wounded belong to.
        if (a2 == null) a2 = victimSide(c, a1);
        // A strike that kills or wounds people, with no armed target named, hit civilians (ACLED's actor2); so does
        // one on homes, schools or markets ("hit a residential area of Dnipro").
        boolean civilianObject = roles.actor2Phrase != null && CIVILIAN_OBJECTS.matcher(roles.actor2Phrase.text()).find()
                && !COMBATANT_WORDS.matcher(roles.actor2Phrase.text()).find();
        if (a2 == null && (civilianObject || (o.fatalities() != null && o.fatalities() > 0 || o.injuries() != null && o.injuries() > 0)
                && CIVILIAN_WORDS.matcher(p.sentence().text()).find() && !COMBATANT_WORDS.matcher(p.sentence().text()).find())) {
            a2 = actors.actor(CIVILIANS).orElse(null);
        }
        // "hit the Conoco base with two drones": with no target named, the forces stationed at the site.
        java.time.LocalDate day = resolvedDay(c, time);
        if (a2 == null && place != null && day != null && !isProtest(type) && type != EventType.ARREST) {
            String host = garrisons.at(place.place().id(), day).orElse(null);
            Actor hosted = host == null ? null : actors.actor(host).orElse(null);
            if (hosted != null && (a1 == null || !a1.id().equals(hosted.id()))) a2 = hosted;
        }
        if (a2 != null && a2.type() == Actor.Type.CIVILIANS && type == EventType.ARMED_CLASH) type = EventType.ATTACK_ON_CIVILIANS;
        // "forces killed 12 al-Shabaab fighters": killing fighters is a battle, not violence against civilians.
        if (type == EventType.ATTACK_ON_CIVILIANS && roles.actor2Phrase != null
                && COMBATANT_WORDS.matcher(roles.actor2Phrase.text()).find()) type = EventType.ARMED_CLASH;
        if (isProtest(type)) {
            type = protestKind(p, type);
            // The crowd is the protest's actor, named by its country as ACLED does ("Protesters (Niger)"), unless
            // the sentence names an organised group that marched.
            boolean riot = type.family().equals("Riots");
            // "police dispersed the crowd": the state's forces are the ones who intervened, never the protest's actor.
            // Of the roles read for an attack only a state's force can be the protest's other side; the crowd
            // read as a target ("dispersed students outside the parliament") is the protest itself.
            Actor force = interveningForce(c, i, place);
            if (force == null && a1 != null && a1.isState()) force = a1;
            if (force == null && a2 != null && a2.isState() && !namesCrowd(p, roles.actor2Phrase)) force = a2;
            if (a1 != null && a1.isState()) a1 = null;
            a2 = force;
            if (a1 == null || a1.type() == Actor.Type.PROTESTERS) {
                a1 = actors.crowdOf(place == null ? null : place.place().country(), riot).orElse(a1);
            }
        }
        List<Evidence> ev = new ArrayList<>();
        Phrase trig = p.span(i, i);
        ev.add(trig.evidence(report, "trigger"));
        ev.add(p.sentenceEvidence(report, "sentence"));
        if (roles.actor1Phrase != null && a1 != null) ev.add(roles.actor1Phrase.evidence(report, "actor1"));
        if (roles.actor2Phrase != null && a2 != null) ev.add(roles.actor2Phrase.evidence(report, "actor2"));
        if (place != null) ev.add(place.phrase().evidence(report, "place"));
        List<String> outcomeList = withFailure(p, i, o.outcomes());
        TimeValue resolved = c.anchorOr(time);
        // An event years before the report ("the attack on December 16, 2014 remains the deadliest") is history
        // the report recalls, not news it brings.
        if (resolved.isKnown() && c.published != null
                && resolved.to().isBefore(c.published.minusYears(HISTORY_YEARS))) return;
        List<Claim> claims = claims(c, i, a1, a2, report);
        // The group that claims an attack carried it out.
        if (a1 == null) {
            for (Claim cl : claims) {
                if (cl.kind() == ClaimKind.CLAIM && cl.byId() != null) a1 = actors.actor(cl.byId()).orElse(null);
            }
        }
        // "Drones struck a fuel depot in Kosti" in a report whose earlier attacks of the kind were the RSF's: with
        // no attacker named, the one the report has been telling of, unless it is this event's target.
        if (a1 == null && !isProtest(type)) {
            for (int k = c.state.mentions.size() - 1; k >= 0; k--) {
                EventMention m = c.state.mentions.get(k);
                if (m.actor1() == null || !m.type().family().equals(type.family())) continue;
                if (a2 == null || !m.actor1().id().equals(a2.id())) a1 = m.actor1();
                break;
            }
        }
        // A bare trigger with a place and a date but no one acting or hit, no weapon, no toll and no one vouching
        // for it ("the drone hits the weeds", "a battle for the title") is too thin to be an event.
        if (a1 == null && a2 == null && weapon == null && o.fatalities() == null && o.injuries() == null
                && claims.isEmpty()) return;
        String id = report + "-m" + c.state.mentions.size();
        c.state.mentions.add(new EventMention(id, report, p.sentence().index(), type, weapon, a1, a2,
                place == null ? null : place.place(), place == null ? null : place.precision(), resolved,
                o.fatalities(), o.injuries(), outcomeList, claims, ev));
        if (a1 != null && !a1.isState()) c.state.lastActor = a1;
    }

    /**
     * A sentence with no trigger that states an outcome ("There were no casualties, the army said") adds it to the
     * event of the sentence just before, if there is one.
     */
    void outcomeOnly(SentenceContext c, String report) {
        List<EventMention> ms = c.state.mentions;
        if (ms.isEmpty() || ms.get(ms.size() - 1).sentence() < c.parse.sentence().index() - 1) return;
        OutcomeFinder.Outcome o = outcomes.find(c.parse.sentence().text());
        if (o.isEmpty()) return;
        // "73 people had been killed across the Strip since the deal was announced": a running total, not this
        // event's toll, even where no tally was read from it.
        for (int k = 0; k < c.parse.size(); k++) if (c.parse.lemma(k).equals("since")) return;
        EventMention last = ms.get(ms.size() - 1);
        ms.set(ms.size() - 1, last.absorb(List.of(), o.outcomes(), o.fatalities(), o.injuries(),
                List.of(c.parse.sentenceEvidence(report, "outcome"))));
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
        if (last.actor1() != null || last.sentence() < p.sentence().index() - 1 || isProtest(last.type())) return;
        for (int k = 0; k < p.size(); k++) {
            if (!p.token(k).isVerb() || !BLAMING.contains(p.lemma(k))) continue;
            int accuser = p.child(k, "nsubj");
            int accused = p.child(k, "obj");
            if (accuser < 0 || accused < 0 || p.isIrrealis(k)) continue;
            // "It blamed ...": the one speaking in this sentence or, failing that, in the one before.
            Speaker speaker = c.speaker != null ? c.speaker : c.state.priorSentenceSpeaker;
            boolean anaphoric = SentenceContext.isAnaphoric(p.nounPhrase(accuser).text()) && speaker != null;
            ActorMatch by = anaphoric ? speaker.match() : c.resolveNoun(accuser, true);
            boolean official = by != null && (by.actor().isState() || by.actor().type() == Actor.Type.IGO
                    || last.actor2() != null && by.actor().id().equals(last.actor2().id()))
                    || anaphoric && speaker.official();
            if (!official) continue;
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

    private static final Set<String> BLAMING = Set.of("blame", "accuse");

    private void absorb(SentenceContext c, int i, String report) {
        absorbInto(c, c.state.mentions.size() - 1, i, report);
    }

    private void absorbInto(SentenceContext c, int index, int i, String report) {
        List<EventMention> ms = c.state.mentions;
        EventMention last = ms.get(index);
        Parse p = c.parse;
        OutcomeFinder.Outcome o = outcomes.find(p);
        List<Claim> claims = claims(c, i, last.actor1(), last.actor2(), report);
        List<Evidence> ev = List.of(p.span(i, i).evidence(report, "trigger"),
                p.sentenceEvidence(report, "sentence"));
        ms.set(index, last.absorb(claims, withFailure(p, i, o.outcomes()), o.fatalities(), o.injuries(), ev));
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
        if (c.speaker == null) return out;
        Actor s = c.speaker.match() == null ? null : c.speaker.match().actor();
        // States and intergovernmental bodies (a UN mission, UKMTO) are official sources (RECORD.md's "confirmed").
        boolean official = s != null && (s.isState() || s.type() == Actor.Type.IGO) || c.speaker.official();
        ClaimKind kind = null;
        if (c.speaker.verbLemma().equals("deny") && (s != null || official)) kind = ClaimKind.DENY;
        // The side hit telling of the attack on it ("UNIFIL says a projectile hit its headquarters") confirms it.
        else if (s != null && a2 != null && s.id().equals(a2.id()) && (s.isState() || s.isArmedGroup()
                || s.type() == Actor.Type.IGO)) kind = ClaimKind.CONFIRM;
        // A group telling of its own attack claims it; a state announcing its own strike is an official source.
        else if (s != null && s.isArmedGroup() && (a1 == null || a1.id().equals(s.id()) || a1.isGeneric())) kind = ClaimKind.CLAIM;
        // An army, ministry, governor or other official telling of an attack, on its side or the other's, confirms
        // it; residents, witnesses, monitors and media only report it.
        else if (official) kind = ClaimKind.CONFIRM;
        if (kind != null) {
            out.add(new Claim(kind, s != null ? s.name() : c.speaker.phrase().text(), s != null ? s.id() : null,
                    c.speaker.time().iso(), channel, sentence));
        }
        return out;
    }


    /**
     * The weapon named nearest the trigger. Weapons are tried longest first at each token, and the words of a
     * match are not read again, so "suicide bomber" is not also a "bomber" one token later.
     */
    private Lexicon.@Nullable Weapon weaponNear(Parse p, int i) {
        Lexicon.Weapon best = null;
        int bestDist = Integer.MAX_VALUE;
        List<Token> tokens = p.sentence().tokens();
        for (int k = 0; k < p.size(); k++) {
            Lexicon.Weapon w = lexicon.weaponAt(tokens, k);
            if (w == null) continue;
            int first = k, last = k + w.words().size() - 1;
            k = last;
            // "anti-ship missile launchers", "a drone factory": the weapon names what was hit, not what hit.
            if (p.relation(last).equals("compound") && p.head(last) > last && lexicon.isWeaponTarget(p.lemma(p.head(last)))) continue;
            int dist = i < first ? first - i : i > last ? i - last : 0;
            if (dist < bestDist) { bestDist = dist; best = w; }
        }
        return best;
    }
}
