package org.sitrep.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.model.ClaimKind;
import org.sitrep.model.EventType;
import org.sitrep.model.Token;
import org.sitrep.refdata.TsvRows;

/**
 * The extraction lexicons, loaded from {@code triggers.tsv}, {@code weapons.tsv}, {@code cues.tsv} and {@code statement-cues.tsv} in this
 * package: event triggers by lemma and part of speech, weapons by phrase, and cue words for claims, statements,
 * reporting verbs, generic quantifiers, channels, count qualifiers and the words tallies are read with.
 * Immutable; shared by every thread.
 */
public final class Lexicon {
    /** A trigger entry: {@code type} null means "follow the weapon", falling back to {@code fallback}. */
    public record Trigger(String lemma, boolean noun, EventType type, String defaultWeapon, EventType fallback) {
    }

    /** What a statement cue's first word must govern for the cue to hold (see statement-cues.tsv). */
    public enum Needs { ANY, OBJECT, SUBJECT, TO, CLAUSE, REPORTED, UNLESS_OBJECT }

    /**
     * A statement cue: its words, the PLOVER type it gives, and the parse condition on its first word with the
     * lemmas the object or subject must have (empty: any).
     */
    public record StatementCue(List<String> words, String type, Set<Needs> needs, Set<String> objects) {
        public StatementCue {
            words = List.copyOf(words);
            needs = Set.copyOf(needs);
            objects = Set.copyOf(objects);
        }

        public String phrase() { return String.join(" ", words); }
    }

    /** A weapon phrase, as lower-case words, the record's weapon value and the type it implies. */
    public record Weapon(List<String> words, String weapon, EventType type) {
    }

    private final Map<String, Trigger> triggers;
    private final List<Weapon> weapons;
    private final Map<String, ClaimKind> claimCues;
    private final Map<String, String> statementCues;
    private final List<StatementCue> statementCueList;
    private final Map<String, String> channels;
    private final Map<String, String> qualifiers;
    /** The cue kinds that are plain word lists ("report", "generic", "habitual", ...), each with its words. */
    private final Map<String, Set<String>> wordLists;
    private final java.util.regex.Pattern civilianWords;
    private final java.util.regex.Pattern combatantWords;
    private final java.util.regex.Pattern fightingWords;
    private final java.util.regex.Pattern civilianObjects;

    /** Cue kinds of cues.tsv that carry no value: each is a list of words. */
    private static final Set<String> WORD_LIST_KINDS = Set.of("report", "generic", "secondary", "habitual",
            "interception", "agentive", "offtopic", "official", "placehead", "localarea", "irregular", "armedonly", "fightingword", "outcome", "harmless", "crowd", "riotous", "intervention", "dissent", "appealee", "counting", "weapontarget",
            "victim", "harm", "casualty", "windowcue", "period", "launching", "assessing", "aimed", "unofficial", "cause", "sport",
            "repel", "airborne", "hazard", "pretend", "rehearsal", "topic", "notarget", "mishap",
            "planning", "plannedform", "unrealised", "blaming", "failure", "civilianword", "combatantword", "civilianobject",
            "member", "toll", "ownforces", "ownpolice", "groupnoun", "saying", "backdrop", "retrospective", "ongoing", "reflexive",
            "militarysite", "sitemodifier", "textof", "textend", "unitnoun", "rebut", "claimnoun", "unnamedspeaker", "affiliation", "executed", "weaponed", "route", "perish", "carrying", "officeword", "byweapon", "platform",
            "walkout", "charging", "relic", "another", "protracted", "liberty", "crossfire", "recap", "mutualverb",
            "mutualobject", "settlement");

    private Lexicon(Map<String, Trigger> triggers, List<Weapon> weapons, Map<String, ClaimKind> claimCues,
                    List<StatementCue> statementCueList, Map<String, String> channels, Map<String, String> qualifiers,
                    Map<String, Set<String>> wordLists) {
        this.triggers = Map.copyOf(triggers);
        this.weapons = List.copyOf(weapons);
        this.claimCues = Map.copyOf(claimCues);
        this.statementCueList = List.copyOf(statementCueList);
        Map<String, String> firstType = new HashMap<>();
        for (StatementCue c : statementCueList) firstType.putIfAbsent(c.phrase(), c.type());
        this.statementCues = Map.copyOf(firstType);
        this.channels = Map.copyOf(channels);
        this.qualifiers = Map.copyOf(qualifiers);
        Map<String, Set<String>> lists = new HashMap<>();
        for (String kind : WORD_LIST_KINDS) lists.put(kind, Set.copyOf(wordLists.getOrDefault(kind, Set.of())));
        this.wordLists = Map.copyOf(lists);
        this.civilianWords = wordsPattern(this.wordLists.get("civilianword"));
        this.combatantWords = wordsPattern(this.wordLists.get("combatantword"));
        this.fightingWords = wordsPattern(this.wordLists.get("fightingword"));
        this.civilianObjects = wordsPattern(this.wordLists.get("civilianobject"));
    }

    public static Lexicon bundled() {
        Map<String, Trigger> triggers = new HashMap<>();
        for (TsvRows.Row r : TsvRows.resource(Lexicon.class, "triggers.tsv")) {
            String pos = r.required("pos");
            if (!pos.equals("N") && !pos.equals("V")) throw r.fail("pos must be N or V");
            String type = r.required("type");
            EventType t = type.equals("WEAPON") ? null : eventType(r, type);
            String fb = r.get("fallback_type");
            EventType fallback = fb.isEmpty() ? t : eventType(r, fb);
            if (fallback == null) throw r.fail("a WEAPON trigger needs a fallback_type");
            String lemma = r.required("lemma").toLowerCase(Locale.ROOT);
            Trigger tr = new Trigger(lemma, pos.equals("N"), t, r.get("default_weapon").isEmpty() ? null : r.get("default_weapon"), fallback);
            if (triggers.put(key(lemma, tr.noun()), tr) != null) throw r.fail("duplicate trigger " + lemma + "/" + pos);
        }
        List<Weapon> weapons = new ArrayList<>();
        for (TsvRows.Row r : TsvRows.resource(Lexicon.class, "weapons.tsv")) {
            weapons.add(new Weapon(List.of(r.required("phrase").toLowerCase(Locale.ROOT).split(" ")),
                    r.required("weapon"), eventType(r, r.required("type"))));
        }
        weapons.sort((a, b) -> b.words().size() - a.words().size());
        Map<String, ClaimKind> claims = new HashMap<>();
        Map<String, String> channels = new HashMap<>();
        Map<String, String> qualifiers = new HashMap<>();
        Map<String, Set<String>> wordLists = new HashMap<>();
        for (TsvRows.Row r : TsvRows.resource(Lexicon.class, "cues.tsv")) {
            String cue = r.required("cue").toLowerCase(Locale.ROOT);
            String kind = r.required("kind");
            switch (kind) {
                case "claim" -> claims.put(cue, ClaimKind.valueOf(r.required("value")));
                case "channel" -> channels.put(cue, r.required("value"));
                case "qualifier" -> qualifiers.put(cue, r.required("value"));
                default -> {
                    if (!WORD_LIST_KINDS.contains(kind)) throw r.fail("unknown kind " + kind);
                    wordLists.computeIfAbsent(kind, k -> new HashSet<>()).add(cue);
                }
            }
        }
        List<StatementCue> statements = new ArrayList<>();
        for (TsvRows.Row r : TsvRows.resource(Lexicon.class, "statement-cues.tsv")) {
            Set<Needs> needs = java.util.EnumSet.noneOf(Needs.class);
            for (String n : r.required("needs").split("\\+")) {
                try {
                    needs.add(Needs.valueOf(n.trim().toUpperCase(Locale.ROOT).replace('-', '_')));
                } catch (IllegalArgumentException e) {
                    throw r.fail("needs must be one or more of " + java.util.Arrays.toString(Needs.values()) + " joined by +");
                }
            }
            Set<String> objects = new HashSet<>();
            for (String o : r.list("objects")) objects.add(o.toLowerCase(Locale.ROOT));
            if (!objects.isEmpty() && !needs.contains(Needs.OBJECT) && !needs.contains(Needs.SUBJECT)
                    && !needs.contains(Needs.UNLESS_OBJECT) && !needs.contains(Needs.TO)) {
                throw r.fail("objects need object, subject, to or unless-object");
            }
            statements.add(new StatementCue(List.of(r.required("cue").toLowerCase(Locale.ROOT).split(" ")),
                    r.required("type"), needs, objects));
        }
        return new Lexicon(triggers, weapons, claims, statements, channels, qualifiers, wordLists);
    }

    private static EventType eventType(TsvRows.Row r, String name) {
        try {
            return EventType.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw r.fail("unknown event type " + name);
        }
    }

    private static String key(String lemma, boolean noun) {
        return lemma + (noun ? "/N" : "/V");
    }

    public Trigger trigger(String lemma, boolean noun) {
        return triggers.get(key(lemma.toLowerCase(Locale.ROOT), noun));
    }

    /** Weapons, longest phrase first. */
    public List<Weapon> weapons() { return weapons; }

    /** The longest weapon phrase starting at token {@code i}, matched on lemma or lower-case word, or null. */
    public @org.jspecify.annotations.Nullable Weapon weaponAt(List<Token> tokens, int i) {
        for (Weapon w : weapons) {
            if (i + w.words().size() > tokens.size()) continue;
            boolean match = true;
            for (int j = 0; j < w.words().size() && match; j++) {
                Token t = tokens.get(i + j);
                String word = w.words().get(j);
                match = t.lemma().toLowerCase(Locale.ROOT).equals(word) || t.word().toLowerCase(Locale.ROOT).equals(word);
            }
            if (match) return w;
        }
        return null;
    }

    public ClaimKind claimCue(String lemma) { return claimCues.get(lemma); }

    /**
     * Statement cue phrases to the type of their first row: for code that asks only whether a word is a statement
     * cue ("condemned the strikes" tells of an event, it is not one).
     */
    public Map<String, String> statementCues() { return statementCues; }

    /** Every statement cue with its condition, in file order. */
    public List<StatementCue> statementCueList() { return statementCueList; }

    public boolean isReportingVerb(String lemma) { return wordLists.get("report").contains(lemma); }

    public boolean isGenericWord(String lemma) { return wordLists.get("generic").contains(lemma); }

    public Map<String, String> channels() { return channels; }

    /** The record's qualifier ("at least", "more than", "about") a word before a count gives ("least", "nearly"). */
    public @org.jspecify.annotations.Nullable String qualifier(String lemma) { return qualifiers.get(lemma); }

    /** Triggers that make an event only where the sentence has no other trigger. */
    public boolean isSecondary(String lemma) { return wordLists.get("secondary").contains(lemma); }

    /** Words that make a trigger a repeated or background one ("repeatedly targeted", "a frequent target"). */
    public boolean isHabitual(String lemma) { return wordLists.get("habitual").contains(lemma); }

    public boolean isRetrospective(String lemma) { return wordLists.get("retrospective").contains(lemma); }
    /** A word that sets what a sentence tells apart from the event just told ("also", "another", "separately"). */
    public boolean marksAnotherEvent(String lemma) { return wordLists.get("another").contains(lemma); }

    /** Whether a word of the sentence sets its deed apart from the event just told ("also", "another", "separately"). */
    boolean marksAnotherEvent(Parse p) {
        for (int j = 0; j < p.size(); j++) if (marksAnotherEvent(p.lemma(j))) return true;
        return false;
    }

    public boolean isOngoing(String lemma) { return wordLists.get("ongoing").contains(lemma); }

    /** An attack noun that tells an attack only with a weapon in its phrase ("mortar fire"). */
    public boolean isWeaponed(String lemma) { return wordLists.get("weaponed").contains(lemma); }

    /** A verb that tells an attack only when a weapon does it: "a roadside bomb wounded two", "rockets landed near". */
    public boolean isByWeapon(String lemma) { return wordLists.get("byweapon").contains(lemma); }

    /** A verb that tells fighting only between armed sides ("troops engaged the hideout"): see cues.tsv. */
    boolean isArmedOnly(String lemma) { return wordLists.get("armedonly").contains(lemma); }

    /** Whether the words name armed people or their positions ("security forces", "a hideout", "militants"). */
    boolean mentionsFighters(String text) { return combatantWords.matcher(text).find() || fightingWords.matcher(text).find(); }

    /** An aircraft that carries weapons ("helicopter", "warplane"): a weapon that strikes, not one that lands. */
    public boolean isPlatform(String lemma) { return wordLists.get("platform").contains(lemma); }

    /** Words of a label that opens a recap ("Summary:", "To recap:", "KEY POINTS:"), lower case. */
    public Set<String> recapCues() { return wordLists.get("recap"); }

    /** Words of fire that hits people the fighters did not aim at: "stray bullets", "caught in the crossfire". */
    public boolean isCrossfire(String lemma) { return wordLists.get("crossfire").contains(lemma); }

    public boolean isReflexive(String lemma) { return wordLists.get("reflexive").contains(lemma); }

    /** Triggers whose agent is the defender, not the attacker ("air defences shot down a drone"). */
    public boolean isInterception(String lemma) { return wordLists.get("interception").contains(lemma); }

    /** Verbs whose subject carries out the event noun they take ("launched an attack"). */
    public boolean isAgentive(String lemma) { return wordLists.get("agentive").contains(lemma); }

    /** Words naming an official source ("ministry", "governor", "army"): what such a speaker says confirms. */
    public boolean isOfficial(String lemma) { return wordLists.get("official").contains(lemma); }

    /**
     * Whether a speaker phrase names an official source: "the head of the regional military administration",
     * "Syria's defence ministry", "local officials"; not news agencies, monitors or media.
     */
    /** Whether the phrase names a third party by its own words ("civil defence", "local officials", "medics"). */
    public boolean isUnofficialPhrase(String phrase) {
        String[] words = phrase.toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
        for (int i = 0; i < words.length; i++) if (thirdPartyWord(words, i)) return true;
        return false;
    }

    /**
     * Whether the word names a third party: not where an office word follows it ("the military's media wing", "the
     * Security Media Cell" are organs of the body they speak for).
     */
    private boolean thirdPartyWord(String[] words, int i) {
        return wordLists.get("unofficial").contains(words[i])
                && !(i + 1 < words.length && wordLists.get("officeword").contains(words[i + 1]));
    }

    public boolean isOfficialPhrase(String phrase) {
        String[] words = phrase.toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
        // "news agency", "war monitor", "local officials", "civil defence": third parties, not an official source.
        for (int i = 0; i < words.length; i++) if (thirdPartyWord(words, i)) return false;
        for (String w : words) {
            if (isOfficial(w) || w.endsWith("s") && isOfficial(w.substring(0, w.length() - 1))) return true;
        }
        return false;
    }

    /** Nouns of places ("camp", "district", "outskirts"): a town named in front of one is where things happen. */
    public boolean isPlaceHead(String lemma) { return wordLists.get("placehead").contains(lemma); }

    /** A noun for a place where people live ("village", "hamlet"), as the head of a target or its apposition. */
    public boolean isSettlement(String word) { return wordLists.get("settlement").contains(word.toLowerCase(java.util.Locale.ROOT)); }

    /** A named part of a town or of the land around one ("district", "valley"): see {@link EventPlaceChooser#localArea}. */
    boolean isLocalArea(String lemma) { return wordLists.get("localarea").contains(lemma); }

    /** A member of an armed group rather than of a state's forces ("militant", "insurgent"). */
    boolean isIrregular(String lemma) { return wordLists.get("irregular").contains(lemma); }

    /** Verbs of an attack's toll ("kill", "wound"), which are events only where no other trigger carries them. */
    public boolean isOutcomeVerb(String lemma) { return wordLists.get("outcome").contains(lemma); }

    /** Objects that make a fighting or striking verb a metaphor: "fought the fire", "hits the weeds". */
    public boolean isHarmlessObject(String lemma) { return wordLists.get("harmless").contains(lemma); }

    /** A verb that is an attack only when aimed: with a weapon fired or a target "at", "on" or "toward" it. */
    public boolean isAimed(String lemma) { return wordLists.get("aimed").contains(lemma); }

    /** Who can protest: "people gathered", "residents marched", not "Iran protested the decision". */
    public boolean isCrowd(String lemma) { return wordLists.get("crowd").contains(lemma); }

    /** Words of dissent that make a gathering or march a protest, not a celebration or a funeral. */
    public boolean isDissent(String lemma) { return wordLists.get("dissent").contains(lemma); }

    /** Whom one appeals to rather than makes demands of: residents, citizens, companies ("urged residents to leave"). */
    /** A verb that introduces what a speaker holds, read by statements only ("insisted that ... must"). */
    public boolean isSayingVerb(String lemma) { return wordLists.get("saying").contains(lemma); }

    /** A noun that, after "the" and lower-case describing words, stands for an armed group named before. */
    public boolean isGroupNoun(String lemma) { return wordLists.get("groupnoun").contains(lemma.toLowerCase(Locale.ROOT)); }

    public boolean isUnnamedSpeaker(String lemma) { return wordLists.get("unnamedspeaker").contains(lemma); }

    public boolean isAppealee(String lemma) { return wordLists.get("appealee").contains(lemma); }

    /** Verbs of counting ("counted 856 attacks", "documented 600 attacks"): what they count is a tally. */
    public boolean isCounting(String lemma) { return wordLists.get("counting").contains(lemma); }

    /** Nouns a weapon word can name the kind of ("missile launchers", "drone factory"): then it is the target. */
    public boolean isWeaponTarget(String lemma) { return wordLists.get("weapontarget").contains(lemma); }

    /** Words of sport that make "launched a rocket into the top corner" a shot at goal. */
    /** A verb whose subject is the side an attack (its object) was made on: "repelled an assault". */
    public boolean isRepelling(String lemma) { return wordLists.get("repel").contains(lemma); }

    /** A verb that makes a raid its subject an air raid: "the raid flattened a house", "a second raid hit". */
    public boolean isAirborne(String lemma) { return wordLists.get("airborne").contains(lemma); }

    public boolean isPlanning(String lemma) { return wordLists.get("planning").contains(lemma); }

    public boolean isPlannedForm(String word) { return wordLists.get("plannedform").contains(word.toLowerCase(Locale.ROOT)); }

    public boolean isUnrealising(String lemma) { return wordLists.get("unrealised").contains(lemma); }

    public boolean isBlaming(String lemma) { return wordLists.get("blaming").contains(lemma); }

    /** "trade", "exchange": a verb that, before a word of kind mutualobject, tells sides blaming each other. */
    public boolean isMutualVerb(String lemma) { return wordLists.get("mutualverb").contains(lemma); }

    /** "blame", "accusations", "each other": after a blaming or mutual verb, sides blaming each other. */
    public boolean isMutualObject(String words) { return wordLists.get("mutualobject").contains(words.toLowerCase(Locale.ROOT)); }

    /** "believed" in "gunmen believed to belong to X", "loyal" in "fighters loyal to X": names the group of a noun. */
    public boolean isAffiliation(String lemma) { return wordLists.get("affiliation").contains(lemma); }

    public boolean isFailure(String lemma) { return wordLists.get("failure").contains(lemma); }

    public boolean isMemberWord(String lemma) { return wordLists.get("member").contains(lemma); }

    public boolean isTollVerb(String lemma) { return wordLists.get("toll").contains(lemma); }

    /** A participle that ties a targeted vehicle to those in it or its owner ("a car carrying", "belonging to"). */
    public boolean isCarrying(String lemma) { return wordLists.get("carrying").contains(lemma); }

    /** A verb whose subject are the dead ("three people died"). */
    public boolean isPerishVerb(String lemma) { return wordLists.get("perish").contains(lemma); }

    /** Whether the sentence opens with words that present the text of a statement ("The following is ..."). */
    public boolean opensStatementText(String sentence) { return startsWithAny(sentence, wordLists.get("textof")); }

    /** Whether the sentence opens with words that end a statement's text ("Editor's note: ..."). */
    public boolean endsStatementText(String sentence) { return startsWithAny(sentence, wordLists.get("textend")); }

    private static boolean startsWithAny(String sentence, Set<String> phrases) {
        String s = sentence.strip().toLowerCase(Locale.ROOT);
        for (String ph : phrases) {
            if (s.startsWith(ph) && (s.length() == ph.length() || !Character.isLetter(s.charAt(ph.length())))) return true;
        }
        return false;
    }

    /**
     * Whether the sentence names a long-past war whose leftover bombs are found and blow up ("a bomb from the Second
     * World War"), other than as a measure ("the biggest attack since the Second World War").
     */
    public boolean namesRelicWar(String sentence) {
        String s = sentence.toLowerCase(Locale.ROOT);
        for (String ph : wordLists.get("relic")) {
            int at = s.indexOf(ph);
            if (at >= 0 && !s.substring(Math.max(0, at - 12), at).matches(".*\\bsince (the )?$")) return true;
        }
        return false;
    }

    /** A verb that rejects a claim as untrue ("dismissed", "rejected"). */
    public boolean isRebutting(String lemma) { return wordLists.get("rebut").contains(lemma); }

    /** A noun for a claim or an account ("the claim", "that account"). */
    public boolean isClaimNoun(String lemma) { return wordLists.get("claimnoun").contains(lemma.toLowerCase(Locale.ROOT)); }

    /** A noun for an armed unit: a weapon word in front of it names the unit ("the drone air force"). */
    public boolean isUnitNoun(String lemma) { return wordLists.get("unitnoun").contains(lemma.toLowerCase(Locale.ROOT)); }

    /** A military site or unit on the move ("post", "patrol"): with no side named, the forces of where it is. */
    public boolean isMilitarySite(String lemma) { return wordLists.get("militarysite").contains(lemma); }

    /** A lower-case word before a military site that names no side ("army", "command", "border"). */
    public boolean isSiteModifier(String word) { return wordLists.get("sitemodifier").contains(word.toLowerCase(Locale.ROOT)); }

    /** "army", "government forces": with no nation named, the report country's forces. */
    public boolean isOwnForces(String phrase) { return wordLists.get("ownforces").contains(phrase); }

    public boolean isOwnPolice(String phrase) { return wordLists.get("ownpolice").contains(phrase); }

    /** Whether the text holds a word for civilian victims. */
    public boolean mentionsCivilians(String text) { return civilianWords.matcher(text).find(); }

    /** Whether the text holds a word for armed people. */
    public boolean mentionsCombatants(String text) { return combatantWords.matcher(text).find(); }

    /** Whether the text holds a word for a civilian target ("a market", "homes"). */
    public boolean mentionsCivilianObject(String text) { return civilianObjects.matcher(text).find(); }

    /** One case-insensitive pattern of a list's words, each whole. */
    private static java.util.regex.Pattern wordsPattern(Set<String> words) {
        return java.util.regex.Pattern.compile("\\b(?:" + String.join("|", words.stream().sorted()
                .map(java.util.regex.Pattern::quote).toList()) + ")\\b", java.util.regex.Pattern.CASE_INSENSITIVE);
    }

    /** A topic word an event can be told beside ("on the anniversary of", "as a trial opens"). */
    public boolean isBackdrop(String lemma) { return wordLists.get("backdrop").contains(lemma); }

    public boolean isSport(String lemma) { return wordLists.get("sport").contains(lemma); }

    /** Natural forces and diseases ("earthquake", "storm", "cholera"): what they strike or kill was not attacked. */
    public boolean isHazard(String lemma) { return wordLists.get("hazard").contains(lemma); }

    /** Verbs of accidents ("overturn", "collapse", "capsize"): a toll that hangs on one is no attack's. */
    public boolean isMishap(String lemma) { return wordLists.get("mishap").contains(lemma); }

    /** Nouns nothing aimed at can hurt: "fired back at critics", "attacked the sky". */
    public boolean isNoTarget(String lemma) { return wordLists.get("notarget").contains(lemma); }

    /** Words that make a target a stand-in ("mock vehicles", "dummy positions", "a simulated attack"). */
    public boolean isPretend(String lemma) { return wordLists.get("pretend").contains(lemma); }

    /** Words of a headline that puts a report off the topic of war: sport, markets, culture, trials, commemorations. */
    public boolean isTopic(String lemma) { return wordLists.get("topic").contains(lemma); }

    /** Words that make "strike" a stoppage of work ("a general strike", "a hunger strike", "the dockers' strike"). */
    public boolean isWalkout(String lemma) { return wordLists.get("walkout").contains(lemma); }

    /** Words of a charge ("accused", "convicted", "suspected") whose "of"-ing complement is alleged, not told. */
    public boolean isCharging(String lemma) { return wordLists.get("charging").contains(lemma); }

    /** Nouns of practice ("drill", "exercise", "war game"): weapons fired in one hit no enemy. */
    public boolean isRehearsal(String lemma) { return wordLists.get("rehearsal").contains(lemma); }

    /** Nouns whose place is a cause, not a location ("in support of Gaza", "in solidarity with Ukraine"). */
    public boolean isCause(String lemma) { return wordLists.get("cause").contains(lemma); }

    /** Words after which "to X" names where someone was going ("on the road to Boni", "a convoy heading to Gao"). */
    public boolean isRoute(String lemma) { return wordLists.get("route").contains(lemma); }

    /** Words that make a protest a riot ("hurled stones", "set tyres alight"). */
    public boolean isRiotous(String lemma) { return wordLists.get("riotous").contains(lemma); }

    /** Nouns whose protest is a right, not a protest held ("the right to peaceful protest"). */
    public boolean isLiberty(String lemma) { return wordLists.get("liberty").contains(lemma); }

    /** Words of the police stepping in ("tear gas", "dispersed", "detained"). */
    public boolean isIntervention(String lemma) { return wordLists.get("intervention").contains(lemma); }

    /** Words of sport, markets and entertainment, where war words are metaphors. */
    public boolean isOffTopic(String lemma) { return wordLists.get("offtopic").contains(lemma); }

    /** People a casualty or displacement tally counts ("civilians", "people", "troops"). */
    public boolean isVictim(String lemma) { return wordLists.get("victim").contains(lemma); }

    /** A noun of people an execution or beheading is done to, beside the victim words ("villagers", "hostages"). */
    public boolean isExecuted(String lemma) { return wordLists.get("executed").contains(lemma); }

    /** Verbs a casualty or displacement tally counts with ("kill", "wound", "displace", "force"). */
    public boolean isHarm(String lemma) { return wordLists.get("harm").contains(lemma); }

    /** Nouns that count harmed people themselves ("deaths", "injuries", "casualties"). */
    public boolean isCasualty(String lemma) { return wordLists.get("casualty").contains(lemma); }

    /** Words and phrases (lower-case lemmas) that put a count over a span: "since", "past", "so far". */
    public Set<String> windowCues() { return wordLists.get("windowcue"); }

    /** Nouns of a length of time that "the past" counts over ("day", "week"). */
    public boolean isPeriod(String lemma) { return wordLists.get("period").contains(lemma); }

    /** Verbs whose counted weapons are a tally over a span ("launched 2,000 drones in October"). */
    public boolean isLaunching(String lemma) { return wordLists.get("launching").contains(lemma); }

    /** Nouns of a whole war, whose toll told in the perfect is a running total ("the fighting has killed 35"). */
    public boolean isProtracted(String lemma) { return wordLists.get("protracted").contains(lemma); }

    /** Verbs of an official damage count ("neutralised 17 militants over the past week"). */
    public boolean isAssessing(String lemma) { return wordLists.get("assessing").contains(lemma); }
}
