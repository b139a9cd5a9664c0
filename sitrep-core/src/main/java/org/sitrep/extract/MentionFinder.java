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
 * the previous event and adds its claims and outcome there. Background references are not events: a trigger
 * running "since" a date or an event ("has been targeted repeatedly since October"), marked as habitual
 * ("repeatedly", "a frequent target of") or counted in times ("attacked dozens of times").
 *
 * <p>This class runs the flow (which candidates to keep, when to add to the previous mention, how to assemble one);
 * the rules it asks live in {@link BackgroundFilter}, {@link RoleFinder}, {@link EventPlaceChooser},
 * {@link EventTimeChooser}, {@link ProtestRules}, {@link ClaimFinder} and {@link WeaponReader}.
 */
final class MentionFinder {
    /** "planned attacks", "planning attacks" parsed as a compound, "a threatened offensive". */
    private boolean isPlannedModifier(Parse p, int i) {
        for (int k : p.children(i, "compound")) if (lexicon.isPlannedForm(p.token(k).word())) return true;
        for (int k : p.children(i, "amod")) if (lexicon.isPlannedForm(p.token(k).word())) return true;
        return false;
    }

    /** Events ending more than this many years before publication are history, not news. */
    static final int HISTORY_YEARS = 2;

    private static final Set<String> MONTHS = Set.of("March", "May");

    private final Lexicon lexicon;
    private final ActorResolver actors;
    private final OutcomeFinder outcomes = new OutcomeFinder();
    private final WeaponReader weapons;
    private final BackgroundFilter background;
    private final RoleFinder roleFinder;
    private final EventPlaceChooser places;
    private final EventTimeChooser times;
    private final ProtestRules protests;
    private final ClaimFinder claimFinder;
    private final SoleAttackers soleAttackers = SoleAttackers.bundled();

    MentionFinder(Lexicon lexicon, ActorResolver actors) {
        this.lexicon = lexicon;
        this.actors = actors;
        this.weapons = new WeaponReader(lexicon);
        this.background = new BackgroundFilter(lexicon, weapons);
        this.roleFinder = new RoleFinder(lexicon, actors, weapons);
        this.places = new EventPlaceChooser(lexicon);
        this.times = new EventTimeChooser(lexicon);
        this.protests = new ProtestRules(lexicon, actors);
        this.claimFinder = new ClaimFinder(lexicon);
    }

    record Candidate(int token, Lexicon.Trigger trigger) {
    }

    /** Trigger candidates of the sentence, secondary ones dropped where a primary one is present. */
    List<Candidate> candidates(Parse p) {
        List<Candidate> all = triggers(p);
        // "a drone launched from Yemen hit a hotel": an aiming verb with no weapon aimed shadows nothing.
        List<Candidate> primaries = all.stream()
                .filter(c -> !lexicon.isSecondary(c.trigger().lemma()) && !aimsNoWeapon(p, c.token())).toList();
        // "Turkish drones struck a village on Tuesday, hours after fighters attacked an outpost": a primary trigger
        // across a span's "after" or "before" tells another event and leaves the secondary its own.
        all.removeIf(c -> lexicon.isSecondary(c.trigger().lemma())
                && primaries.stream().anyMatch(o -> !EventTimeChooser.acrossSpan(p, o.token(), c.token())));
        // "raided a house and arrested two men": a raid that ends in arrests is coded as the arrests.
        if (all.stream().anyMatch(c -> c.trigger().type() == EventType.ARREST)) all.removeIf(c -> c.trigger().lemma().equals("raid"));
        return all;
    }

    /** Every word of the sentence the lexicon lists as a trigger, primary or secondary. */
    private List<Candidate> triggers(Parse p) {
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
            // "demonstrators stormed out of the meeting": a verb that goes out or off, at no one, is leaving.
            String next = i + 1 < p.size() ? p.token(i + 1).word().toLowerCase(java.util.Locale.ROOT) : "";
            if (t.isVerb() && LEAVING.contains(next) && p.child(i, "obj") < 0 && lexicon.trigger(lemma + " " + next, false) == null) continue;
            if (tr == null && !phrasal.equals(lemma)) tr = lexicon.trigger(lemma, t.isNoun());
            // "came under mortar fire"; not "a fire broke out" or "returned fire".
            if (tr != null && t.isNoun() && lexicon.isWeaponed(lemma) && !weapons.weaponHead(p, i)) continue;
            // "rockets landed inside the base"; not "the plane landed".
            if (tr != null && t.isVerb() && lexicon.isImpact(lemma) && !weapons.weaponHead(p, p.child(i, "nsubj"))) continue;
            if (tr != null) all.add(new Candidate(i, tr));
        }
        return all;
    }

    /** Particles that make a verb of attack one of leaving: "stormed out", "stormed off". */
    private static final Set<String> LEAVING = Set.of("out", "off");

    /** The secondary verbs ("struck", "killed") {@link #candidates} set aside for a primary trigger of the sentence. */
    private List<Candidate> secondaries(Parse p, List<Candidate> kept) {
        List<Candidate> out = triggers(p);
        out.removeIf(c -> !p.token(c.token()).isVerb() || !lexicon.isSecondary(c.trigger().lemma())
                || kept.stream().anyMatch(k -> k.token() == c.token()));
        return out;
    }

    /**
     * Adds the sentence's event mentions to the report state, or details to the previous mention. When none of the
     * sentence's primary triggers tells of an event ("a bulk carrier was struck twice ..., in one of the most damaging
     * attacks on shipping in months", where "attacks" is general), its secondary ones are read instead.
     */
    void find(SentenceContext c, List<Candidate> candidates, List<PlaceMention> eventPlaces, String report) {
        c.told = false;
        findAmong(c, candidates, eventPlaces, report);
        if (c.told || candidates.isEmpty()) return;
        // Only general plurals shadow a sentence's verbs ("attacks on shipping"); "the raids had hit the Hodeidah
        // area" refers to events told before, and a singular trigger left unused was judged on its own.
        for (Candidate k : candidates) {
            Token t = c.parse.token(k.token());
            // "... killing two fighters, as fighting raged on for a third week": ongoing fighting shadows nothing.
            if (background.isBackground(c, k.token())) continue;
            if (!t.isNoun() || !t.isPlural() || isDefinite(c.parse, k.token())) return;
        }
        List<Candidate> second = secondaries(c.parse, candidates);
        if (!second.isEmpty()) findAmong(c, second, eventPlaces, report);
    }

    private void findAmong(SentenceContext c, List<Candidate> candidates, List<PlaceMention> eventPlaces, String report) {
        Parse p = c.parse;
        c.candidates = List.copyOf(candidates);
        int before = c.state.mentions.size();
        if (background.isOffTopic(p)) return;
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
            if (t.isNoun() && lexicon.isCrowd(p.lemma(i)) && protests.continuesProtest(c, i, eventPlaces, report)) continue;
            // "killed in the strike": the outcome of another trigger of the sentence, not an event of its own.
            if (t.isVerb() && isOutcomeOf(p, i, candidates)) continue;
            // "a missile hit the block, killing three"; "two men were killed when a drone struck their car": the
            // deaths belong to the other trigger's event.
            if (t.isVerb() && lexicon.isOutcomeVerb(p.lemma(i)) && tiedToOtherTrigger(c, i, candidates)) continue;
            // "settlers stormed the village, setting fire to houses, and a man was shot dead": a passive joined to
            // the attack just told, with no doer of its own, is that attack's harm.
            if (t.isVerb() && c.state.mentions.size() > before && p.child(i, "nsubj:pass") >= 0
                    && p.child(i, "obl:agent", "obl:by") < 0 && joinedTo(p, i, candidates)) {
                absorb(c, i, report);
                continue;
            }
            if (t.isVerb()) {
                // "visited the wounded": a participle made a noun is no act (parsed with the article as its
                // determiner, or as a modifier of the bare article).
                if (p.child(i, "det") >= 0 || (p.relation(i).startsWith("amod") && head >= 0
                        && p.token(head).tag().equals("DT"))) continue;
                // "a roadside bomb wounded two soldiers", "were injured by a drone": harm short of death tells an
                // attack only when a weapon does it; "wounded" alone is a toll, whoever tells it.
                if (WEAPON_HARM.contains(p.lemma(i)) && !harmedByWeapon(p, i)) continue;
                // "executed 15 civilians", "beheaded five villagers"; not "executed a plan" or "executed the order".
                if (PERSON_ONLY.contains(p.lemma(i)) && !harmsPeople(p, i)) continue;
                // "11 people had been killed and 14 wounded in the strikes": the toll joined to another toll verb
                // of the sentence is part of that one's.
                if (lexicon.isOutcomeVerb(p.lemma(i)) && candidates.stream().anyMatch(o -> o.token() != i
                        && lexicon.isOutcomeVerb(p.lemma(o.token())) && p.children(o.token(), "conj").contains(i))) continue;
                if (p.isIrrealis(i)) continue;
                // "would keep striking", "could prompt the Houthis to strike": the clause above is not real either.
                if (head >= 0 && p.relation(i).startsWith("xcomp") && (lexicon.isUnrealising(p.lemma(head))
                        || p.isIrrealis(head))) continue;
                if (t.tag().equals("VBG") && head >= 0 && lexicon.isUnrealising(p.lemma(head))) continue;
                // "an Israeli strike ... killed five": the verb is the outcome of the noun trigger that is its subject.
                int subject = p.child(i, "nsubj");
                // Not "protesters stormed the council building": a crowd is no attack whose outcome the verb tells.
                if (subject >= 0 && !lexicon.isCrowd(p.lemma(subject))
                        && candidates.stream().anyMatch(o -> o.token() == subject)) continue;
                if (head >= 0 && p.token(head).isNoun() && lexicon.trigger(p.lemma(head), true) != null) continue;
                // "attacking drones", "forces fighting the remnants of IS": a participle describing a noun.
                if (t.tag().equals("VBG") && (p.relation(i).startsWith("amod") || p.relation(i).startsWith("acl"))) continue;
                // "shooting down most of the drones launched overnight": the launch describes the weapons of the
                // sentence's other event.
                if (p.child(i, "nsubj", "nsubj:pass", "aux", "aux:pass") < 0 && lexicon.isAimed(p.lemma(i))
                        && candidates.stream().anyMatch(o -> o.token() != i)) continue;
            } else if (background.isGeneric(p, i) && !(background.carriedOut(p, i) && times.datedToDay(c, i))) {
                // "a string of assaults" is background; "carried out a series of air strikes ... on Sunday" is one
                // day's raid.
                continue;
            }
            if (background.isBackground(c, i)) continue;
            if (background.isHypothetical(p, i)) continue;
            // "residents marched", "hundreds gathered"; not "Iran protested the decision" or "gathered evidence".
            if (t.isVerb() && cand.trigger().type() != null && ProtestRules.isProtest(cand.trigger().type()) && !protests.isProtestVerb(p, i, cand)) {
                continue;
            }
            // "a rally against the government"; not "a rally in oil prices" or "a demonstration of the new drone".
            if (t.isNoun() && cand.trigger().type() != null && ProtestRules.isProtest(cand.trigger().type()) && !protests.hasDissent(p)
                    && !protests.hasCrowd(p)) continue;
            // "fired rockets", "fired on the city"; not "fired the coach" or "fired up the crowd".
            if (aimsNoWeapon(p, i)) continue;
            // "launched an attack on", "fired a barrage of rockets at": the noun carries the event.
            if (t.isVerb() && lexicon.isAimed(p.lemma(i)) && p.child(i, "obj") >= 0
                    && candidates.stream().anyMatch(o -> o.token() == p.child(i, "obj"))) continue;
            // "opened fire in the air", "opened fire" alone: shots at no one. "police opened fire on protesters":
            // the protest's breaking up, which the protest's own event tells.
            if (t.isVerb() && phrasalLemma(p, i).equals("open fire") && (p.child(i, "obl:on", "obl:at", "obl:upon") < 0
                    || candidates.stream().anyMatch(o -> o.token() != i && o.trigger().type() != null
                            && ProtestRules.isProtest(o.trigger().type())))) continue;
            // "crews fought the fire", "the drone hits the weeds", "an earthquake struck": nothing war is made on.
            if (t.isVerb() && background.isHarmless(p, i)) continue;
            // "condemned the strikes", "denied the attack": what is said about an event told elsewhere.
            // But "Al-Shabaab claimed a car bomb attack on a police station": a claim of an attack not told before
            // tells it.
            boolean claimsNew = head >= 0 && lexicon.claimCue(p.lemma(head)) == ClaimKind.CLAIM && isIndefinite(p, i);
            if (t.isNoun() && head >= 0 && p.token(head).isVerb() && p.relation(i).equals("obj") && !claimsNew
                    && (lexicon.statementCues().containsKey(p.lemma(head)) || lexicon.claimCue(p.lemma(head)) != null)) {
                if (!t.isPlural() && !c.state.mentions.isEmpty()) absorb(c, i, report);
                continue;
            }
            if (t.isNoun() && background.isFigurative(p, i)) continue;
            // "arrested 12 people after clashes with protesters": the protest's own scuffle, not a battle.
            if (cand.trigger().type() == EventType.ARMED_CLASH) {
                int with = p.child(i, "nmod:with", "obl:with");
                if (with >= 0 && lexicon.isCrowd(p.lemma(with))) continue;
            }
            // "suspected of planning attacks", "vowed new strikes": what is planned or threatened has not happened.
            if (t.isNoun() && head >= 0 && p.relation(i).equals("obj") && lexicon.isPlanning(p.lemma(head))) continue;
            if (t.isNoun() && isPlannedModifier(p, i)) continue;
            // "in one of the most damaging attacks on shipping in months": a comparison with attacks in general.
            if (t.isNoun() && t.isPlural() && (head >= 0 && p.lemma(head).equals("one") && p.relation(i).startsWith("nmod")
                    || p.child(i, "det:qmod") >= 0 && p.lemma(p.child(i, "det:qmod")).equals("one"))) continue;
            PlaceMention place = places.placeFor(p, i, eventPlaces);
            // "The attack was the latest in a string of strikes on bases in Iraq": a definite noun names a new event
            // only with a place of its own; otherwise it refers back.
            if (t.isNoun() && isDefinite(p, i) && place != null && !EventPlaceChooser.ownsPlace(p, i, place)) place = null;
            if (t.isNoun() && isDefinite(p, i) && place == null) {
                // "the assault" refers back to the previous event; "the attacks" to attacks in general.
                if (!t.isPlural() && !c.state.mentions.isEmpty()) absorb(c, i, report);
                continue;
            }
            RoleFinder.Roles roles = roleFinder.roles(c, i);
            if (place == null) place = places.placeReferredTo(c, roles.actor2Phrase());
            // "... said that its fighters had struck the base with two drones", "said it had fired a large rocket
            // salvo at the town": an attack whose target is a definite common noun ("the base", "the ship", "the
            // town"), in a sentence that names no place for it, tells again the event just told and adds who
            // claims it.
            int target = roles.actor2Phrase() != null ? p.headOf(roles.actor2Phrase()) : t.isVerb() ? p.child(i, "obj") : -1;
            if (place == null && !c.state.mentions.isEmpty() && refersBack(p, target)) {
                absorb(c, i, report);
                continue;
            }
            TimeValue time = times.timeFor(c, i);
            // "The strike near Qaladze came four months after ...": a definite noun with no date of its own, at the
            // place of an event the report has told, is that event again.
            if (t.isNoun() && !t.isPlural() && isDefinite(p, i) && place != null && !time.isKnown()) {
                int earlier = mentionAt(c, place, null);
                if (earlier >= 0) {
                    absorbInto(c, earlier, i, report);
                    continue;
                }
            }
            // "US jets struck two sites south of Baghdad ... The strikes near Jurf al-Sakhar killed seven": a
            // definite noun with no date of its own, at a named place near the vaguer place of an event of its kind
            // just told, is that event, now placed more precisely.
            if (t.isNoun() && isDefinite(p, i) && place != null && !time.isKnown()) {
                // "the attack" follows its weapon, so it may be any kind of attack; "the raid" is a raid.
                int earlier = vaguerMention(c, place, cand.trigger().type());
                if (earlier >= 0) {
                    absorbInto(c, earlier, i, report);
                    List<EventMention> ms = c.state.mentions;
                    ms.set(earlier, ms.get(earlier).relocated(place.place(), place.precision(),
                            List.of(place.phrase().evidence(report, "place"))));
                    continue;
                }
            }
            // A plural names specific events only when counted ("two airstrikes") or dated to a day ("airstrikes on
            // Friday"); otherwise it speaks of attacks in general ("their attacks", "drone attacks on shipping").
            if (t.isPlural() && p.child(i, "nummod") < 0
                    && (place == null || !(times.datedToDay(c, i) || times.crowdDated(c, i) || undatedRaid(c, i))
                        || RoleFinder.hasPossessivePronoun(p, i))) continue;
            if (t.isNoun() && place == null && !time.isKnown() && roles.actor1() == null) continue;
            // "Iraq says 16 people were killed near al-Qaim": deaths at the place of an event the report already
            // has are that event's toll, not a new event.
            if (t.isVerb() && lexicon.isOutcomeVerb(p.lemma(i)) && roles.actor1() == null && place != null) {
                int earlier = mentionAt(c, place, null);
                if (earlier >= 0) {
                    absorbInto(c, earlier, i, report);
                    continue;
                }
            }
            // "Myanmar's junta said its aircraft struck a school. Residents said 20 people were killed.": deaths a
            // source counts with no place and no doer of their own, in the sentence after an event that had no toll,
            // are that event's toll (not "..., killing five", which tells its own clause's event).
            if (t.isVerb() && !t.tag().equals("VBG") && lexicon.isOutcomeVerb(p.lemma(i)) && roles.actor1() == null
                    && place == null && c.speaker != null && c.state.mentions.size() == before && before > 0
                    && c.state.mentions.get(before - 1).sentence() == p.sentence().index() - 1
                    && c.state.mentions.get(before - 1).fatalities() == null && counted(outcomes.find(p).fatalities())) {
                absorb(c, i, report);
                continue;
            }
            build(c, cand, roles, place, time, report);
        }
    }

    /**
     * "Israeli air strikes killed 11 civilians in Rafah, a medical source said", "US forces carried out air strikes on
     * ... in eastern Syria": in a lead that names no time at all, told in the past, a plural that is carried out or
     * that kills a counted toll is one day's raid, as it would be with "on Monday"; not "air strikes have killed
     * thousands" (a perfect, a running total) nor "drone attacks on shipping" (nothing done, nothing counted).
     */
    private boolean undatedRaid(SentenceContext c, int i) {
        Parse p = c.parse;
        boolean done = background.carriedOut(p, i);
        int head = p.head(i);
        boolean kills = head >= 0 && p.relation(i).equals("nsubj") && p.token(head).tag().equals("VBD")
                && lexicon.isOutcomeVerb(p.lemma(head)) && p.child(head, "obj") >= 0
                && p.child(p.child(head, "obj"), "nummod") >= 0;
        if (done) {
            int verb = background.carriedOutVerb(p, i);
            done = verb >= 0 && p.token(verb).tag().equals("VBD");
        }
        return (done || kills) && EventTimeChooser.undated(c, i).isKnown();
    }

    /** Verbs of harm short of death, triggers only when a weapon does the harm. */
    private static final Set<String> WEAPON_HARM = Set.of("wound", "injure");

    /** Verbs that tell an attack only when people are what they are done to. */
    private static final Set<String> PERSON_ONLY = Set.of("execute", "behead", "massacre");

    /**
     * The verb's object (or passive subject) is people: a counted noun ("15 civilians", "dozens of villagers"), a
     * word for victims or armed men, or a person's name.
     */
    private boolean harmsPeople(Parse p, int i) {
        List<Integer> done = new ArrayList<>(p.children(i, "obj"));
        done.addAll(p.children(i, "nsubj:pass"));
        for (int k : done) {
            Token o = p.token(k);
            if ("PERSON".equals(o.ner())) return true;
            if (lexicon.isHarmlessObject(p.lemma(k))) continue;
            if (p.child(k, "nummod") >= 0 || lexicon.isVictim(p.lemma(k)) || lexicon.isMemberWord(p.lemma(k))) return true;
            if (lexicon.isExecuted(p.lemma(k))) return true;
            // "dozens of villagers": the count heads the phrase.
            for (int n : p.children(k, "nmod:of")) if (p.token(n).isNoun() && (lexicon.isVictim(p.lemma(n)) || lexicon.isExecuted(p.lemma(n)))) return true;
            if (o.tag().equals("CD")) return true;
        }
        return false;
    }

    /** The verb's doer (its subject, or its "by" agent in the passive) is a weapon. */
    private boolean harmedByWeapon(Parse p, int i) {
        for (int k : p.children(i, "nsubj")) if (weapons.weaponHead(p, k)) return true;
        for (int k : p.children(i, "obl:agent")) if (weapons.weaponHead(p, k)) return true;
        for (int k : p.children(i, "obl:by")) if (weapons.weaponHead(p, k)) return true;
        return false;
    }

    /** "fired the coach", "launched from Yemen": an aiming verb with no weapon aimed, which tells no attack. */
    private boolean aimsNoWeapon(Parse p, int i) {
        return p.token(i).isVerb() && lexicon.isAimed(p.lemma(i)) && !weapons.isAimed(p, i);
    }

    /** Whether the verb at {@code i} is coordinated under another trigger of the sentence. */
    private static boolean joinedTo(Parse p, int i, List<Candidate> candidates) {
        for (Candidate o : candidates) {
            if (o.token() == i) continue;
            for (org.sitrep.model.Dependency d : p.sentence().children(o.token())) {
                if (d.dependent() == i && d.relation().startsWith("conj")) return true;
            }
        }
        return false;
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

    /**
     * The latest mention of this report at the same place (or within 25 km) on an overlapping date (on any date when
     * {@code time} is null), or -1.
     */
    private static int mentionAt(SentenceContext c, PlaceMention place, @Nullable TimeValue time) {
        List<EventMention> ms = c.state.mentions;
        for (int k = ms.size() - 1; k >= 0; k--) {
            EventMention m = ms.get(k);
            if (m.place() == null) continue;
            if (time != null && (!m.time().isKnown() || !time.isKnown() || !m.time().overlaps(time))) continue;
            if (m.place().id().equals(place.place().id()) || org.sitrep.resolve.place.Place.distanceKm(m.place().lat(),
                    m.place().lon(), place.place().lat(), place.place().lon()) <= 25) return k;
        }
        return -1;
    }

    /**
     * The latest mention of this report, of the same family as {@code kind} (any attack when null), placed only near
     * a town or in a region ("south of Baghdad", "in Babil province") within reach of {@code place}, which is at least
     * as precise; or -1.
     */
    private static int vaguerMention(SentenceContext c, PlaceMention place, @Nullable EventType kind) {
        List<EventMention> ms = c.state.mentions;
        for (int k = ms.size() - 1; k >= 0; k--) {
            EventMention m = ms.get(k);
            if (m.place() == null || m.geoPrecision() == null || ProtestRules.isProtest(m.type())
                    || kind != null && !m.type().family().equals(kind.family())) continue;
            if (m.geoPrecision() == GeoPrecision.SITE || place.precision().code() > m.geoPrecision().code()) continue;
            if (m.place().id().equals(place.place().id())) continue;
            double reach = m.geoPrecision() == GeoPrecision.REGION ? 300 : 100;
            if (m.place().distanceKm(place.place()) <= reach) return k;
        }
        return -1;
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

    /** Whether the noun at {@code k} is "the" and common nouns only, naming nothing of its own ("the base"). */
    private static boolean refersBack(Parse p, int k) {
        if (k < 0 || !p.token(k).isNoun() || p.token(k).isPlural() || p.token(k).tag().startsWith("NNP") || !isDefinite(p, k)
                || !p.lemma(p.child(k, "det")).equals("the")) return false;
        Phrase core = p.core(k);
        for (int j = 0; j < p.size(); j++) {
            Token w = p.token(j);
            if (w.start() >= core.start() && w.end() <= core.end() && (w.tag().startsWith("NNP") || w.tag().equals("CD"))) return false;
        }
        return true;
    }

    private static boolean isIndefinite(Parse p, int i) {
        int det = p.child(i, "det");
        return det >= 0 && (p.lemma(det).equals("a") || p.lemma(det).equals("an"));
    }

    private static boolean isDefinite(Parse p, int i) {
        int det = p.child(i, "det");
        if (det < 0) return false;
        String d = p.lemma(det);
        return d.equals("the") || d.equals("this") || d.equals("that");
    }

    /** The verb's particle ("shot down"), also where the parser took it for an adverb. */
    static int particle(Parse p, int i) {
        int prt = p.child(i, "compound:prt");
        if (prt >= 0) return prt;
        // Any adverb right after the verb, not only its first ("USS Gravely had shot down", where the parser also
        // hangs "Gravely" on the verb as an adverb).
        for (int adv : p.children(i, "advmod")) {
            if (adv == i + 1 && (p.token(adv).tag().equals("RP") || p.lemma(adv).equals("down"))) return adv;
        }
        return -1;
    }

    /** The lemma with the verb's particle: "shoot down" for "shot down", else the lemma alone. */
    static String phrasalLemma(Parse p, int i) {
        int prt = particle(p, i);
        if (prt >= 0) return p.lemma(i) + " " + p.lemma(prt);
        // "opened fire on the convoy": the verb's object makes it one of shooting.
        if (p.lemma(i).equals("open") && p.token(i).isVerb()) {
            int o = p.child(i, "obj");
            if (o >= 0 && p.lemma(o).equals("fire")) return "open fire";
        }
        return p.lemma(i);
    }

    private void build(SentenceContext c, Candidate cand, RoleFinder.Roles roles, @Nullable PlaceMention place, TimeValue time,
                       String report) {
        Parse p = c.parse;
        int i = cand.token();
        Lexicon.Weapon w = weapons.weaponNear(p, i);
        Lexicon.Trigger tr = cand.trigger();
        EventType type = tr.type() != null ? tr.type() : w != null ? w.type() : tr.fallback();
        String weapon = w != null ? weapons.weaponName(p, i) : tr.defaultWeapon();
        // "In a separate strike ..., a house was hit": a bare "hit" takes its kind from the sentence's "strike".
        if (tr.type() == null && w == null && weapon == null) {
            for (Candidate other : c.candidates) {
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
        // "detained six people in house raids": an arrest is coded without a weapon, whatever the raid's default.
        if (type == EventType.ARREST) weapon = null;
        // "a woman blew herself up outside the hospital": a suicide bombing.
        if (p.token(i).isVerb() && p.child(i, "obj") >= 0 && lexicon.isReflexive(p.lemma(p.child(i, "obj")))
                && tr.fallback() == EventType.REMOTE_EXPLOSIVE) {
            type = EventType.SUICIDE_BOMB;
            weapon = "suicide bomb";
        }
        // "the raid on Aitaroun flattened a house": a raid that hits or destroys something came from the air.
        if (type == EventType.ARMED_CLASH && w == null && p.token(i).isNoun() && p.relation(i).startsWith("nsubj")
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
        a2 = roleFinder.sideHit(c, roles, a1, a2, place, time, type, o);
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
            if (a1 == null || a1.type() == Actor.Type.PROTESTERS) {
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
                if (m.actor1() == null || !m.type().family().equals(type.family())) continue;
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
        if (a1 == null && a2 == null && weapon == null && o.fatalities() == null && o.injuries() == null
                && claims.isEmpty()) return;
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
        // A revised toll ("The toll later rose to 12") may follow a paragraph on the damage or the rescue.
        int reach = OutcomeFinder.revisesToll(c.parse.sentence().text()) ? 2 : 1;
        if (ms.isEmpty() || ms.get(ms.size() - 1).sentence() < c.parse.sentence().index() - reach) return;
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
        ms.set(ms.size() - 1, last.absorb(claims, o.outcomes(), o.fatalities(), o.injuries(),
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
        // "Gunmen killed 21 villagers ... Survivors blamed the RSF": an unnamed attacker ("gunmen") gives way too.
        if (last.actor1() != null && !last.actor1().isGeneric() || last.sentence() < p.sentence().index() - 1 || ProtestRules.isProtest(last.type())) return;
        for (int k = 0; k < p.size(); k++) {
            if (!p.token(k).isVerb() || !lexicon.isBlaming(p.lemma(k))) continue;
            int accuser = p.child(k, "nsubj");
            int accused = p.child(k, "obj");
            // "an attack blamed on JNIM": the report's own attribution of the attack its participle describes.
            boolean attributed = accuser < 0 && accused < 0 && p.relation(k).equals("acl") && p.head(k) >= 0
                    && lexicon.trigger(p.lemma(p.head(k)), true) != null;
            if (attributed) accused = p.child(k, "obl:on");
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
     * "..., a claim a US defence official dismissed within hours as fabricated"; "The official rejected that account.":
     * an official, or the side said to be hit, rebutting a claim or an account denies the event just told (told in
     * this sentence or one of the two before).
     */
    void rebut(SentenceContext c, String report) {
        List<EventMention> ms = c.state.mentions;
        Parse p = c.parse;
        if (ms.isEmpty()) return;
        EventMention last = ms.get(ms.size() - 1);
        if (last.sentence() < p.sentence().index() - 2 || ProtestRules.isProtest(last.type())) return;
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
            if (what < 0) continue;
            final int rebutted = what;
            int who = subjects.stream().filter(x -> x != rebutted && !p.relation(x).equals("nsubj:pass")).findFirst().orElse(-1);
            if (who < 0) continue;
            Phrase by = p.nounPhrase(who);
            ActorMatch m = c.resolveNoun(who, false);
            Actor side = m == null ? null : actors.asCombatant(m.actor());
            boolean official = m != null && (m.actor().isState() || m.actor().type() == Actor.Type.IGO)
                    && !lexicon.isUnofficialPhrase(by.text()) || lexicon.isOfficialPhrase(by.text())
                    || side != null && last.actor2() != null && side.id().equals(last.actor2().id());
            // The claimant does not deny its own claim.
            if (!official || side != null && last.actor1() != null && side.id().equals(last.actor1().id())) continue;
            TimeMention tm = c.timeFor(k);
            Claim deny = new Claim(ClaimKind.DENY, m != null ? m.actor().name() : by.text(), m != null ? m.actor().id() : null,
                    tm != null ? tm.value().iso() : c.speaker != null ? c.speaker.time().iso() : null,
                    c.speaker != null ? c.speaker.channel() : null, p.sentenceEvidence(report, "claim"));
            ms.set(ms.size() - 1, last.absorb(List.of(deny), List.of(), null, null, List.of()));
            return;
        }
    }

    private void absorb(SentenceContext c, int i, String report) {
        absorbInto(c, c.state.mentions.size() - 1, i, report);
    }

    private void absorbInto(SentenceContext c, int index, int i, String report) {
        c.told = true;
        List<EventMention> ms = c.state.mentions;
        EventMention last = ms.get(index);
        Parse p = c.parse;
        OutcomeFinder.Outcome o = outcomes.find(p);
        List<Claim> claims = claimFinder.claims(c, i, last.actor1(), last.actor2(), report);
        List<Evidence> ev = List.of(p.span(i, i).evidence(report, "trigger"),
                p.sentenceEvidence(report, "sentence"));
        ms.set(index, last.absorb(claims, withFailure(p, i, o.outcomes()), o.fatalities(), o.injuries(), ev));
    }

    private static boolean counted(@Nullable Integer dead) {
        return dead != null && dead > 0;
    }

    /** "unsuccessful" counts only where it qualifies this trigger, not "mostly unsuccessful attacks" in general. */
    private List<String> withFailure(Parse p, int trigger, List<String> found) {
        List<String> out = new ArrayList<>();
        for (int k : p.children(trigger, "amod")) if (lexicon.isFailure(p.lemma(k))) out.add("unsuccessful");
        out.addAll(found);
        return out;
    }
}
