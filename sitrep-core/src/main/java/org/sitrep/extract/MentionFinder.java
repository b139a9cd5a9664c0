package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.sitrep.model.ClaimKind;
import org.sitrep.model.EventType;
import org.sitrep.model.GeoPrecision;
import org.sitrep.model.Phrase;
import org.sitrep.model.Token;
import org.sitrep.resolve.actor.Actor;
import org.sitrep.resolve.actor.ActorResolver;
import org.sitrep.resolve.place.Place;
import org.sitrep.resolve.place.PlaceMention;
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
 * <p>This class runs the flow (which candidates to keep, when to add to the previous mention); the candidates come
 * from {@link TriggerFinder}, a kept one is assembled by {@link MentionBuilder}, and the rules it asks live in
 * {@link BackgroundFilter}, {@link RoleFinder}, {@link EventPlaceChooser}, {@link EventTimeChooser} and
 * {@link ProtestRules}.
 */
final class MentionFinder {
    private final Lexicon lexicon;
    private final TriggerFinder triggers;
    private final OutcomeFinder outcomes = new OutcomeFinder();
    private final WeaponReader weapons;
    private final BackgroundFilter background;
    private final Backstory backstory;
    private final RoleFinder roleFinder;
    private final EventPlaceChooser places;
    private final EventTimeChooser times;
    private final ProtestRules protests;
    private final ClaimFinder claimFinder;
    private final MentionBuilder builder;

    MentionFinder(Lexicon lexicon, ActorResolver actors, TriggerFinder triggers, WeaponReader weapons) {
        this.lexicon = lexicon;
        this.triggers = triggers;
        this.weapons = weapons;
        this.background = new BackgroundFilter(lexicon, weapons);
        this.backstory = new Backstory(lexicon);
        SurfaceActors surface = new SurfaceActors(lexicon);
        this.roleFinder = new RoleFinder(lexicon, weapons, surface);
        this.places = new EventPlaceChooser(lexicon);
        this.times = new EventTimeChooser(lexicon);
        this.protests = new ProtestRules(lexicon, actors);
        this.claimFinder = new ClaimFinder(lexicon);
        this.builder = new MentionBuilder(lexicon, actors, weapons, new SideHitFinder(lexicon, actors, surface), protests,
                claimFinder);
    }

    /** "planned attacks", "planning attacks" parsed as a compound, "a threatened offensive". */
    private boolean isPlannedModifier(Parse p, int i) {
        for (int k : p.children(i, "compound")) if (lexicon.isPlannedForm(p.token(k).word())) return true;
        for (int k : p.children(i, "amod")) if (lexicon.isPlannedForm(p.token(k).word())) return true;
        return false;
    }

    /**
     * Adds the sentence's event mentions to the report state, or details to the previous mention. When none of the
     * sentence's primary triggers tells of an event ("a bulk carrier was struck twice ..., in one of the most damaging
     * attacks on shipping in months", where "attacks" is general), its secondary ones are read instead.
     */
    void find(SentenceContext c, List<TriggerFinder.Candidate> candidates, List<PlaceMention> eventPlaces, String report) {
        c.told = false;
        findAmong(c, candidates, eventPlaces, report);
        if (c.told || candidates.isEmpty()) return;
        // Only general plurals shadow a sentence's verbs ("attacks on shipping"); "the raids had hit the Hodeidah
        // area" refers to events told before, and a singular trigger left unused was judged on its own.
        for (TriggerFinder.Candidate k : candidates) {
            Token t = c.parse.token(k.token());
            // "... killing two fighters, as fighting raged on for a third week": ongoing fighting shadows nothing.
            if (background.isBackground(c, k.token())) continue;
            if (!t.isNoun() || !t.isPlural() || isDefinite(c.parse, k.token())) return;
        }
        List<TriggerFinder.Candidate> second = triggers.secondaries(c.parse, candidates);
        if (!second.isEmpty()) findAmong(c, second, eventPlaces, report);
    }

    private void findAmong(SentenceContext c, List<TriggerFinder.Candidate> candidates, List<PlaceMention> eventPlaces, String report) {
        Parse p = c.parse;
        c.candidates = List.copyOf(candidates);
        int before = c.state.mentions.size();
        if (background.isOffTopic(p)) return;
        for (TriggerFinder.Candidate cand : candidates) {
            int i = cand.token();
            Token t = p.token(i);
            int head = p.head(i);
            // "one was shot down", "most were intercepted": the outcome of the event this sentence already made.
            if (lexicon.isInterception(TriggerFinder.phrasalLemma(p, i)) && c.state.mentions.size() > before) {
                absorb(c, i, report);
                continue;
            }
            // "Some demonstrators hurled stones at riot police": the crowd of the protest just told.
            if (t.isNoun() && lexicon.isCrowd(p.lemma(i)) && protests.continuesProtest(c, i, eventPlaces, report)) continue;
            // "Heavy fighting broke out ... At least six civilians were killed by stray bullets and shells": fire no one
            // aimed at the dead is the toll of the battle just told, not an attack of its own.
            if (t.isVerb() && lexicon.isOutcomeVerb(p.lemma(i)) && strayFire(p, i) && foughtJustBefore(c)) {
                absorb(c, i, report);
                continue;
            }
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
                if (lexicon.isByWeapon(p.lemma(i)) && !weapons.doneByWeapon(p, i)) continue;
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
            if (background.isBackground(c, i) || backstory.isBackstory(c, i)) continue;
            if (background.isHypothetical(p, i)) continue;
            // "residents marched", "hundreds gathered"; not "Iran protested the decision" or "gathered evidence".
            if (t.isVerb() && cand.trigger().type() != null && ProtestRules.isProtest(cand.trigger().type()) && !protests.isProtestVerb(p, i, cand)) {
                continue;
            }
            // "a rally against the government"; not "a rally in oil prices" or "a demonstration of the new drone".
            // "urged all parties to respect the right to peaceful protest": a right, not a protest held.
            if (t.isNoun() && cand.trigger().type() != null && ProtestRules.isProtest(cand.trigger().type())
                    && (!protests.hasDissent(p) && !protests.hasCrowd(p) || protests.isRight(p, i))) continue;
            // "fired rockets", "fired on the city"; not "fired the coach" or "fired up the crowd".
            if (triggers.aimsNoWeapon(p, i)) continue;
            // "launched an attack on", "fired a barrage of rockets at": the noun carries the event.
            if (t.isVerb() && lexicon.isAimed(p.lemma(i)) && p.child(i, "obj") >= 0
                    && candidates.stream().anyMatch(o -> o.token() == p.child(i, "obj"))) continue;
            // "opened fire in the air", "opened fire" alone: shots at no one. "police opened fire on protesters":
            // the protest's breaking up, which the protest's own event tells.
            if (t.isVerb() && TriggerFinder.phrasalLemma(p, i).equals("open fire") && (p.child(i, "obl:on", "obl:at", "obl:upon") < 0
                    || candidates.stream().anyMatch(o -> o.token() != i && o.trigger().type() != null
                            && ProtestRules.isProtest(o.trigger().type())))) continue;
            // "crews fought the fire", "the drone hits the weeds", "an earthquake struck": nothing war is made on.
            // ("exchanged fire" has its fire for object and is shooting.)
            if (t.isVerb() && !TriggerFinder.phrasalLemma(p, i).equals("exchange fire") && background.isHarmless(p, i)) continue;
            // "condemned the strikes", "denied the attack": what is said about an event told elsewhere.
            // But "Al-Shabaab claimed a car bomb attack on a police station": a claim of an attack not told before
            // tells it.
            boolean claimsNew = head >= 0 && lexicon.claimCue(p.lemma(head)) == ClaimKind.CLAIM && isIndefinite(p, i);
            if (t.isNoun() && head >= 0 && p.token(head).isVerb() && p.relation(i).equals("obj") && !claimsNew
                    && (lexicon.statementCues().containsKey(p.lemma(head)) || lexicon.claimCue(p.lemma(head)) != null)) {
                if (!t.isPlural() && !c.state.mentions.isEmpty()) absorbInto(c, placedReferent(c), i, report);
                continue;
            }
            if (t.isNoun() && background.isFigurative(p, i)) continue;
            // "It was a massacre," "this is an attack on our sovereignty": a noun said of "it" or "this" judges what
            // the report has told (in a match report, a defeat); it tells no new event.
            if (t.isNoun() && saidOfPronoun(p, i)) {
                if (!t.isPlural() && !c.state.mentions.isEmpty()) absorb(c, i, report);
                continue;
            }
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
                if (!t.isPlural() && !c.state.mentions.isEmpty()) absorbInto(c, placedReferent(c), i, report);
                continue;
            }
            RoleFinder.Roles roles = roleFinder.roles(c, i);
            if (place == null) place = places.placeReferredTo(c, roles.actor2Phrase());
            if (place == null) place = places.localArea(c, i);
            if (place == null) place = places.frontedPlace(c, eventPlaces);
            // "... said that its fighters had struck the base with two drones", "said it had fired a large rocket
            // salvo at the town": an attack whose target is a definite common noun ("the base", "the ship", "the
            // town"), in a sentence that names no place for it, tells again the event just told and adds who
            // claims it.
            int target = roles.actor2Phrase() != null ? p.headOf(roles.actor2Phrase()) : t.isVerb() ? p.child(i, "obj") : -1;
            // "The Houthis said they had fired the missile at a military target", "said it had launched the
            // drones": the weapons told before, named again with "the", are the event just told.
            if (place == null && !c.state.mentions.isEmpty() && (refersBack(p, target)
                    || t.isVerb() && weaponToldBefore(p, p.child(i, "obj")))) {
                absorb(c, i, report);
                continue;
            }
            TimeValue time = times.timeFor(c, i);
            // "Saree said on Thursday that the group had attacked American warships in the Red Sea": an attack a speaker
            // tells with no date of its own, near an attack of its kind the report told in the days before, is that
            // attack again, now claimed; not a new one on the day of the saying.
            if (place != null && time.isKnown() && times.datedBySaying(c, i)) {
                int earlier = toldBefore(c, place, time, cand.trigger().type());
                if (earlier >= 0) {
                    absorbInto(c, earlier, i, report);
                    // "in western Iraq", then "at al-Asad air base": the attack is now placed more precisely.
                    List<EventMention> ms = c.state.mentions;
                    GeoPrecision had = ms.get(earlier).geoPrecision();
                    if (had != null && place.precision().code() < had.code()) {
                        ms.set(earlier, ms.get(earlier).relocated(place.place(), place.precision(),
                                List.of(place.phrase().evidence(report, "place"))));
                    }
                    continue;
                }
            }
            // "Fighting flared in South Kivu, officials said on Tuesday ... M23 rebels clashed on Monday near Uvira":
            // an event told only in a region and dated only by the telling, then a deed of its kind with a day of its
            // own (up to three days before the telling) at a place inside that region, is that event, now placed and
            // dated precisely; "also", "another", "separately" set a second deed apart.
            if (place != null && time.isKnown() && times.datedToDay(c, i) && !times.datedBySaying(c, i)) {
                int earlier = regionToldBySaying(c, place, time, cand.trigger().type());
                if (earlier >= 0) {
                    absorbAt(c, earlier, i, report, place);
                    continue;
                }
            }
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
                    absorbAt(c, earlier, i, report, place);
                    continue;
                }
            }
            // "A jet bombed a village in northern Kachin State late on Monday ... Two bombs struck houses in Man Wing,
            // 20 km east of Bhamo, shortly before 11 p.m.": the sentence right after an event placed only in a region,
            // telling a deed of its kind with no day of its own at a town inside that region, tells that event again at
            // its precise place; "also", "another", "separately" set a second deed apart.
            if (t.isVerb() && place != null && !time.isKnown()) {
                int earlier = regionOfLastEvent(c, place, cand.trigger().type());
                if (earlier >= 0) {
                    absorbAt(c, earlier, i, report, place);
                    continue;
                }
            }
            // A plural names specific events only when counted ("two airstrikes") or dated to a day ("airstrikes on
            // Friday"); otherwise it speaks of attacks in general ("their attacks", "drone attacks on shipping").
            if (t.isPlural() && p.child(i, "nummod") < 0
                    && (place == null || !(times.datedToDay(c, i) || times.crowdDated(c, i) || undatedRaid(c, i) || times.doneOnSayingDay(c, i))
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
                    && c.state.mentions.get(before - 1).lastSentence() == p.sentence().index() - 1
                    && c.state.mentions.get(before - 1).fatalities() == null && counted(outcomes.find(p).fatalities())) {
                absorb(c, i, report);
                continue;
            }
            // "Fighters of the ADF attacked Aloya. Residents were killed with machetes in their homes.": civilians
            // killed, with no doer and no place of their own, right after an attack that named no side hit, are
            // whom that attack was on.
            if (t.isVerb() && lexicon.isOutcomeVerb(p.lemma(i)) && roles.actor1() == null && place == null
                    && roles.actor2() != null && roles.actor2().actor().type() == Actor.Type.CIVILIANS && before > 0) {
                EventMention last = c.state.mentions.get(before - 1);
                if (last.type() == EventType.ARMED_CLASH && last.actor1() != null && last.actor2() == null
                        && last.lastSentence() == p.sentence().index() - 1) {
                    absorb(c, i, report);
                    EventMention now = c.state.mentions.get(before - 1);
                    c.state.mentions.set(before - 1, now.retyped(EventType.ATTACK_ON_CIVILIANS, now.actor1(),
                            roles.actor2().actor(), List.of(roles.actor2Phrase().evidence(report, "actor2"))));
                    continue;
                }
            }
            int made = c.state.mentions.size();
            builder.build(c, cand, roles, place, time, report);
            if (c.state.mentions.size() > made && place != null && lexicon.isInterception(TriggerFinder.phrasalLemma(p, i))) {
                interceptedElsewhere(c, made, place, eventPlaces, report);
            }
            if (c.state.mentions.size() > made && time.isKnown() && times.datedBySaying(c, i)) {
                c.state.datedBySaying.add(c.state.mentions.get(made).id());
            }
        }
    }

    /**
     * "destroyed 41 drones: 19 over the Bryansk region, 14 over the Saratov region and 8 over the Kursk region": a
     * ministry counts its interceptions by region, and each region counted is an interception of its own, as the
     * project codes them. Only regions after the first, each with a count of its own before "over".
     */
    private void interceptedElsewhere(SentenceContext c, int made, PlaceMention first, List<PlaceMention> eventPlaces,
                                      String report) {
        String text = c.parse.sentence().text();
        int base = c.parse.sentence().start();
        List<Place> told = new ArrayList<>(List.of(first.place()));
        for (PlaceMention pm : eventPlaces) {
            if (pm.phrase().start() <= first.phrase().start() || pm.precision() != first.precision()) continue;
            if (told.stream().anyMatch(t -> t.id().equals(pm.place().id()))) continue;
            int at = pm.phrase().start() - base;
            if (at < 0 || at > text.length() || !COUNTED_OVER.matcher(text.substring(Math.max(0, at - 40), at)).find()) continue;
            told.add(pm.place());
            EventMention m = c.state.mentions.get(made);
            c.state.mentions.add(m.copiedTo(report + "-m" + c.state.mentions.size(), pm.place(), pm.precision(),
                    pm.phrase().evidence(report, "place")));
        }
    }

    /** "8 over the Kursk region", "nine over the territory of": a count, then "over", just before the place. */
    private static final Pattern COUNTED_OVER = Pattern.compile(
            "(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\\s+(?:\\w+\\s+){0,2}over\\s+(?:the\\s+)?(?:territory\\s+of\\s+(?:the\\s+)?)?$",
            Pattern.CASE_INSENSITIVE);

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

    /** Whether the verb at {@code i} is coordinated under another trigger of the sentence. */
    private static boolean joinedTo(Parse p, int i, List<TriggerFinder.Candidate> candidates) {
        for (TriggerFinder.Candidate o : candidates) {
            if (o.token() == i) continue;
            for (org.sitrep.model.Dependency d : p.sentence().children(o.token())) {
                if (d.dependent() == i && d.relation().startsWith("conj")) return true;
            }
        }
        return false;
    }

    /** Whether the outcome verb at {@code i} governs, or hangs under, another trigger of the sentence. */
    private boolean tiedToOtherTrigger(SentenceContext c, int i, List<TriggerFinder.Candidate> candidates) {
        Parse p = c.parse;
        for (TriggerFinder.Candidate o : candidates) {
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
     * The latest mention of this report of the same family as {@code kind} (any attack when null), dated on the day of {@code said} or in
     * the three days before it, and placed within 50 km of {@code place} (a region within its reach); or -1.
     */
    private static int toldBefore(SentenceContext c, PlaceMention place, TimeValue said, @Nullable EventType kind) {
        List<EventMention> ms = c.state.mentions;
        for (int k = ms.size() - 1; k >= 0; k--) {
            EventMention m = ms.get(k);
            // A bare "attack" has no type yet: any attack, not a protest or an arrest.
            boolean kin = kind != null ? m.type().family().equals(kind.family())
                    : !ProtestRules.isProtest(m.type()) && m.type() != EventType.ARREST;
            if (m.place() == null || !m.time().isKnown() || !kin) continue;
            if (m.time().from().isAfter(said.to()) || m.time().to().isBefore(said.from().minusDays(3))) continue;
            double reach = place.precision() == GeoPrecision.REGION || m.geoPrecision() == GeoPrecision.REGION ? Retellings.SAME_REGION_KM : 50;
            if (m.place().id().equals(place.place().id()) || m.place().distanceKm(place.place()) <= reach) return k;
        }
        return -1;
    }

    /**
     * The last event of the report when the sentence before told it, of {@code kind}'s family, placed only in a
     * region of the country {@code place} lies in within reach, and the sentence sets no second deed apart; or -1.
     */
    private int regionOfLastEvent(SentenceContext c, PlaceMention place, @Nullable EventType kind) {
        List<EventMention> ms = c.state.mentions;
        if (ms.isEmpty() || place.precision().code() >= GeoPrecision.REGION.code()) return -1;
        int k = ms.size() - 1;
        EventMention m = ms.get(k);
        if (m.lastSentence() != c.parse.sentence().index() - 1 || m.geoPrecision() != GeoPrecision.REGION
                || m.place() == null || ProtestRules.isProtest(m.type()) || kind != null && !m.type().family().equals(kind.family())
                || !java.util.Objects.equals(m.place().country(), place.place().country())
                || m.place().distanceKm(place.place()) > Retellings.SAME_REGION_KM) return -1;
        if (lexicon.marksAnotherEvent(c.parse)) return -1;
        return k;
    }

    /**
     * The first mention of this report of the same family as {@code kind} (any attack when null), placed only in a
     * region that holds {@code place} and dated only by the day it was told, on or up to three days after
     * {@code time}; or -1.
     */
    private int regionToldBySaying(SentenceContext c, PlaceMention place, TimeValue time, @Nullable EventType kind) {
        if (place.precision() == GeoPrecision.REGION) return -1;
        if (lexicon.marksAnotherEvent(c.parse)) return -1;
        List<EventMention> ms = c.state.mentions;
        for (int k = 0; k < ms.size(); k++) {
            EventMention m = ms.get(k);
            Place region = m.place();
            if (region == null || m.geoPrecision() != GeoPrecision.REGION || !c.state.datedBySaying.contains(m.id())
                    || ProtestRules.isProtest(m.type()) || kind != null && !m.type().family().equals(kind.family())) continue;
            if (!java.util.Objects.equals(region.country(), place.place().country()) || region.equals(place.place())) continue;
            boolean inside = region.kind() == Place.Kind.ADMIN1 ? region.admin1() != null && region.admin1().equals(place.place().admin1())
                    : region.distanceKm(place.place()) <= Retellings.SAME_REGION_KM;
            if (!inside || time.from().isBefore(m.time().from().minusDays(3)) || time.to().isAfter(m.time().to())) continue;
            return k;
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
            double reach = m.geoPrecision() == GeoPrecision.REGION ? Retellings.SAME_REGION_KM : 100;
            if (m.place().distanceKm(place.place()) <= reach) return k;
        }
        return -1;
    }

    /** A verb such as "killed" whose "in"/"during" argument is another trigger of the sentence. */
    private static boolean isOutcomeOf(Parse p, int i, List<TriggerFinder.Candidate> candidates) {
        for (org.sitrep.model.Dependency d : p.sentence().children(i)) {
            if (!(d.relation().startsWith("obl:in") || d.relation().startsWith("obl:during")
                    || d.relation().startsWith("obl:by"))) continue;
            for (TriggerFinder.Candidate other : candidates) if (other.token() == d.dependent() && p.token(other.token()).isNoun()) return true;
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

    /** "the missile", "the rockets", "the two drones": a weapon named again with "the" and no name of its own. */
    private boolean weaponToldBefore(Parse p, int k) {
        if (k < 0 || !p.token(k).isNoun() || p.token(k).tag().startsWith("NNP") || !isDefinite(p, k)
                || !p.lemma(p.child(k, "det")).equals("the")) return false;
        return weapons.weaponHead(p, k) && lexicon.weaponAt(p.sentence().tokens(), k) != null;
    }

    /** Whether the verb's doer or its "in" is stray fire ("by stray bullets", "in the crossfire"). */
    private boolean strayFire(Parse p, int i) {
        for (org.sitrep.model.Dependency d : p.sentence().children(i)) {
            String rel = d.relation();
            if (!(rel.startsWith("obl:agent") || rel.startsWith("obl:by") || rel.startsWith("obl:in"))) continue;
            int k = d.dependent();
            if (lexicon.isCrossfire(p.lemma(k))) return true;
            for (int a : p.children(k, "amod")) if (lexicon.isCrossfire(p.lemma(a))) return true;
        }
        return false;
    }

    /** Whether the report's last event is a battle told in this sentence or one of the two before it. */
    private static boolean foughtJustBefore(SentenceContext c) {
        List<EventMention> ms = c.state.mentions;
        if (ms.isEmpty()) return false;
        EventMention m = ms.get(ms.size() - 1);
        return m.type().family().equals(EventType.ARMED_CLASH.family()) && m.lastSentence() >= c.parse.sentence().index() - 2;
    }

    /** Pronouns that stand for something told before, as the subject of a noun they are said to be. */
    private static final Set<String> REFERRING = Set.of("it", "this", "that", "what");

    /** Whether the noun is the predicate of "to be" whose subject is "it", "this" or "that" ("it was a massacre"). */
    private static boolean saidOfPronoun(Parse p, int i) {
        int subj = p.child(i, "nsubj");
        return p.child(i, "cop") >= 0 && subj >= 0 && REFERRING.contains(p.lemma(subj))
                && (p.token(subj).tag().startsWith("PRP") || p.token(subj).tag().equals("DT") || p.token(subj).tag().equals("WP"));
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

    /**
     * The mention a definite attack noun with no place refers back to ("TTP claimed responsibility for the attack"):
     * the latest one told with a place. Mentions after it that have none retell it too, and merging drops what
     * they joined no event with, a claim included.
     */
    private static int placedReferent(SentenceContext c) {
        List<EventMention> ms = c.state.mentions;
        for (int k = ms.size() - 1; k >= 0; k--) {
            EventMention m = ms.get(k);
            if (m.place() != null && m.place().kind() != org.sitrep.resolve.place.Place.Kind.COUNTRY) return k;
        }
        return ms.size() - 1;
    }

    private void absorb(SentenceContext c, int i, String report) {
        absorbInto(c, c.state.mentions.size() - 1, i, report);
    }

    private void absorbInto(SentenceContext c, int index, int i, String report) {
        builder.absorbInto(c, index, i, report);
        redate(c, index, i);
    }

    /** Absorbs trigger i into the event at index, which now stands at the sentence's more precise place. */
    private void absorbAt(SentenceContext c, int index, int i, String report, PlaceMention place) {
        absorbInto(c, index, i, report);
        List<EventMention> ms = c.state.mentions;
        ms.set(index, ms.get(index).relocated(place.place(), place.precision(),
                List.of(place.phrase().evidence(report, "place"))));
    }

    /**
     * "The militia said on Thursday its fighters had overrun an army camp. ... a spokesman said fighters attacked the
     * camp late on Wednesday": an event dated only by the day of its telling takes the day (not a night's range) a later
     * sentence gives the deed itself, when that day is the telling's or up to three days before it.
     */
    private void redate(SentenceContext c, int index, int i) {
        EventMention m = c.state.mentions.get(index);
        if (!c.state.datedBySaying.contains(m.id()) || !times.datedToDay(c, i) || times.datedBySaying(c, i)) return;
        TimeValue own = times.timeFor(c, i);
        if (!own.isKnown() || own.spanDays() > 0 || own.from().isAfter(m.time().to()) || own.to().isBefore(m.time().from().minusDays(3))) return;
        c.state.mentions.set(index, m.redated(own));
        c.state.datedBySaying.remove(m.id());
    }

    private static boolean counted(@Nullable Integer dead) {
        return dead != null && dead > 0;
    }
}
