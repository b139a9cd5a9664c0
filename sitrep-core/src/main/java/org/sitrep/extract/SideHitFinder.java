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
 * The side hit when a trigger's own roles name none, or name only a town or a country: the side the dead or wounded
 * belong to, civilians (by the places hit or the victims' words), the forces stationed at the place, or the forces or
 * police holding an unnamed military site. ACLED codes actor2 this way; the parse alone rarely names it.
 */
final class SideHitFinder {
    private static final String CIVILIANS = "civilians";

    private final Lexicon lexicon;
    private final ActorResolver actors;
    private final SurfaceActors surface;
    private final Garrisons garrisons = Garrisons.bundled();

    SideHitFinder(Lexicon lexicon, ActorResolver actors, SurfaceActors surface) {
        this.lexicon = lexicon;
        this.actors = actors;
        this.surface = surface;
    }

    /**
     * The side hit, when the roles name none or name a town: the side the dead or wounded belong to, civilians, or
     * the forces stationed at the place.
     */
    @Nullable Actor sideHit(SentenceContext c, int trigger, RoleFinder.Roles roles, @Nullable Actor a1, @Nullable Actor a2,
                            @Nullable PlaceMention place, TimeValue time, EventType type, OutcomeFinder.Outcome o) {
        Parse p = c.parse;
        // "Russia attacked Kyiv": a city named as the target is a place, not the government it is the seat of.
        if (a2 != null && roles.actor2Phrase() != null && EventPlaceChooser.namesTown(c, roles.actor2Phrase())
                && (a2.type() == Actor.Type.COUNTRY || a2.type() == Actor.Type.GOVERNMENT || a2.isState())) a2 = null;
        // "a missile attack on Ukraine ..., hitting a children's hospital": a country named as the target says where;
        // the homes, hospitals or markets hit say who, as for a town.
        boolean countryHit = a2 != null && roles.actor2Phrase() != null && EventPlaceChooser.namesCountry(c, roles.actor2Phrase())
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
        if (a2 == null && !ProtestRules.isProtest(type) && type != EventType.ARREST) a2 = userOfTarget(c, trigger, a1);
        if (a2 == null) a2 = victimSide(c, a1, hosted);
        // A strike that kills or wounds people, with no armed target named, hit civilians (ACLED's actor2); so does
        // one on homes, schools or markets ("hit a residential area of Dnipro").
        boolean civilianObject = countryHit || roles.actor2Phrase() != null && lexicon.mentionsCivilianObject(roles.actor2Phrase().text())
                && !lexicon.mentionsCombatants(roles.actor2Phrase().text());
        // "Russian artillery shelled Nikopol ..., damaging several houses": a town itself the target, with homes or
        // other civilian places hit and no armed people named, is an attack on its civilians.
        if (!civilianObject && roles.actor2Phrase() != null && townTargeted(c, roles.actor2Phrase())) {
            String sentence = p.sentence().text();
            // The attacker's own words ("Houthi fighters shelled Taiz") name no armed people hit.
            Phrase by = roles.actor1Phrase();
            String others = by == null || by.sentence() != p.sentence().index() ? sentence
                    : sentence.substring(0, by.start() - p.sentence().start()) + " " + sentence.substring(by.end() - p.sentence().start());
            civilianObject = lexicon.mentionsCivilianObject(sentence) && !lexicon.mentionsCombatants(others);
        }
        // The victims' own phrase when a toll verb names them ("gunmen killed five people": the gunmen are not
        // among the dead), else the whole sentence.
        // Read only where the sentence tells one event; a toll verb beside another trigger ("hit a minibus, killing its
        // driver") tells that event's harm, not another event.
        long eventTriggers = c.candidates.stream().filter(x -> !lexicon.isTollVerb(p.lemma(x.token()))).count();
        // In a sentence of several events, a toll verb the trigger hangs on or that hangs on it tells this event's
        // harm: "killed five villagers in a raid ..., and troops fought the attackers the next day".
        String victims = eventTriggers <= 1 ? victimsText(p) : victimsText(p, trigger);
        String told = victims != null ? victims : p.sentence().text();
        // "gunmen abducted nine passengers": those abducted, not the whole sentence with its gunmen.
        if (type == EventType.ABDUCTION && roles.actor2Phrase() != null) told = roles.actor2Phrase().text();
        // Those abducted are its victims as the dead are a strike's ("abducted at least 11 passengers").
        boolean harmed = o.fatalities() != null && o.fatalities() > 0 || o.injuries() != null && o.injuries() > 0
                || type == EventType.ABDUCTION;
        // "Hezbollah fired anti-tank missiles at an army post near Metula": a military site no side is named for,
        // attacked by an armed group, is held by the forces of the country it is in; "a police checkpoint", "a
        // police station" by its police. Not a state's strike ("Israeli jets struck a post in southern Lebanon" need
        // not have hit the Lebanese army).
        Actor siteSide = null;
        if (a2 == null && place != null && place.place().country() != null && (a1 == null || !a1.isState())
                && roles.actor2Phrase() != null && unnamedMilitarySite(p, roles.actor2Phrase())) {
            siteSide = policeSite(p, roles.actor2Phrase()) ? actors.policeOf(place.place().country()).orElse(null)
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
        // "arrested five men suspected of collecting taxes for al-Shabaab": those held are coded as the group they
        // are suspected of acting for.
        if (a2 == null && type == EventType.ARREST) a2 = suspectedFor(c, trigger, roles.actor2Phrase());
        if (a2 == null && type == EventType.ARREST && detainedCivilians(c, roles.actor2Phrase())) {
            a2 = actors.actor(CIVILIANS).orElse(null);
        }
        if (a2 == null) a2 = hosted;
        if (a2 == null) a2 = siteSide;
        return a2;
    }

    /**
     * The armed group named inside the "suspected of ..." or "believed to ..." clause that follows those held
     * ("men suspected of supplying the gang with ammunition", "arrested five men on Sunday suspected of ..."), or
     * null. A group they are accused of fighting is not theirs, so only
     * the words of suspicion and affiliation open the clause.
     */
    private @Nullable Actor suspectedFor(SentenceContext c, int trigger, @Nullable Phrase held) {
        Parse p = c.parse;
        int head = held == null ? -1 : p.headOf(held);
        if (head < trigger) return null;
        for (int k = head + 1; k < p.size(); k++) {
            if (p.token(k).tag().equals(",") || p.token(k).tag().equals(":")) return null;
            if (!p.token(k).tag().equals("VBN") || !lexicon.isAffiliation(p.lemma(k))) continue;
            // The clause's words up to the next comma or semicolon: the parser garbles long ones and hangs the group
            // on any word of them ("collecting taxes on behalf of al-Shabaab" with "taxes" the arrest's object).
            for (int d = k + 1; d < p.size(); d++) {
                String tag = p.token(d).tag();
                if (tag.equals(",") || tag.equals(":") || tag.equals(".")) break;
                if (!p.token(d).isNoun()) continue;
                ActorMatch m = c.resolve(p.nounPhrase(d), false);
                if (m != null && m.actor().isArmedGroup() && !m.actor().isGeneric()) return m.actor();
            }
            return null;
        }
        return null;
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
    private boolean townTargeted(SentenceContext c, Phrase target) {
        Parse p = c.parse;
        int head = p.headOf(target);
        if (head < 0) return false;
        // "the Palestinian village of Sinjil", "Ruwi, a farming village": a place where people live, by its own
        // word, whether or not the gazetteer knows its name.
        if (p.token(head).isNoun() && lexicon.isSettlement(p.token(head).word())) return true;
        for (int k : p.children(head, "appos")) if (lexicon.isSettlement(p.token(k).word())) return true;
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

    /** "officials said militants killed five and burned 30 homes": two verbs under one head, the later one after "and". */
    private static boolean siblings(Parse p, int a, int b) {
        int later = Math.max(a, b);
        return a != b && p.head(a) >= 0 && p.head(a) == p.head(b) && p.relation(a).equals(p.relation(b))
                && p.token(a).isVerb() && p.token(b).isVerb() && p.child(later, "cc") >= 0;
    }

    /** The victims of the toll verbs joined to the trigger itself (its head or its dependents), or null. */
    private @Nullable String victimsText(Parse p, int trigger) {
        StringBuilder out = new StringBuilder();
        for (int v : victimHeads(p)) {
            int verb = p.head(v), governor = p.token(trigger).isNoun() ? p.head(trigger) : -1;
            // "killed five villagers and burned 30 homes in a raid": verbs joined by "and" share the raid.
            boolean joined = governor >= 0 && (verb == governor || p.head(verb) == governor && p.relation(verb).startsWith("conj")
                    || p.head(governor) == verb && p.relation(governor).startsWith("conj")
                    || siblings(p, verb, governor));
            if (joined || p.head(verb) == trigger || verb == trigger) {
                out.append(p.nounPhrase(v).text()).append(" ; ");
            }
        }
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
    /** "used by the PKK", "which it says the Houthis use": who uses the site a clause describes. */
    private static final java.util.regex.Pattern USER = java.util.regex.Pattern.compile(
            "\\b(?:used|operated|run) by ((?:[\\w'\u2019-]+ ?){1,5}?)(?=[,.;:)]| and | to | for | in | as | near | since |$)"
            + "|\\b(?:which|that) (?:[\\w'\u2019-]+ ){1,4}(?:says?|said|believes?) (?!(?:was|were|is|are|has|had|have|been)\\b)((?:[\\w'\u2019-]+ ?){1,5}?) (?:use|uses|used|operate|operates|run|runs)\\b");

    /**
     * The side whose site was hit, named in a clause about the target after this trigger and before the next one:
     * "a depot which Washington says was used by the Revolutionary Guards", "fuel tanks which the military says the
     * Houthis use", "sites used by Iran-aligned groups". Only an armed side, and not the attacker.
     */
    private @Nullable Actor userOfTarget(SentenceContext c, int trigger, @Nullable Actor attacker) {
        Parse p = c.parse;
        int base = p.sentence().start();
        int from = p.token(trigger).end() - base;
        int to = p.sentence().text().length();
        for (TriggerFinder.Candidate x : c.candidates) {
            // "struck the port, hitting fuel tanks which ...": a participle goes on telling the same strike.
            if (p.token(x.token()).tag().equals("VBG")) continue;
            int at = p.token(x.token()).start() - base;
            if (at > from && at < to) to = at;
        }
        java.util.regex.Matcher m = USER.matcher(p.sentence().text().substring(from, to));
        while (m.find()) {
            String name = m.group(1) != null ? m.group(1) : m.group(2);
            ActorMatch match = actors.resolve(name.trim(), c.published).orElse(null);
            if (match == null) continue;
            Actor side = actors.asCombatant(match.actor());
            if (!(side.isArmedGroup() || side.type() == Actor.Type.STATE_MILITARY)) continue;
            if (attacker != null && attacker.id().equals(side.id())) continue;
            return side;
        }
        return null;
    }

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
                if (m == null) m = surface.modifierActor(c, victim);
                Actor side = m != null ? actors.asCombatant(m.actor()) : ownForces(c, victim, hosted);
                // "killing four militants" in a report that has named Islamic State: unnamed irregulars are of the
                // armed group named last, as an analyst reads them from the report.
                if (side == null && m == null && lexicon.isIrregular(p.lemma(victim))) side = c.state.lastGroupNamed;
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
}
