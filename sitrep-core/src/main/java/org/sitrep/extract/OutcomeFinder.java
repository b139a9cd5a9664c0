package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Outcomes stated in a sentence: killed and wounded counts ("killing three", "five people were wounded", "the
 * death toll rose to 7"), "no casualties", interception, damage and failure. Returns null counts where the
 * sentence gives none.
 */
final class OutcomeFinder {
    record Outcome(@Nullable Integer fatalities, @Nullable Integer injuries, List<String> outcomes) {
        boolean isEmpty() { return fatalities == null && injuries == null && outcomes.isEmpty(); }
    }

    private static final int F = Pattern.CASE_INSENSITIVE;
    private static final String N = Numbers.PATTERN;
    private static final String PEOPLE = "people|civilians|soldiers|troops|fighters|members|militants|"
            + "personnel|children|women|men|residents|others|persons|servicemen|sailors|crew members|workers|attackers|assailants|gunmen|"
            + "policemen|constables|officers|guards|villagers|worshippers|passengers|farmers|rebels|insurgents|jihadists|militiamen|"
            + "passers-by|bystanders|migrants|pilgrims|students|shepherds|herders|fishermen|policewomen|terrorists|bandits|"
            + "khawarij|khwarij";
    private static final String WHO = "(?:\\s+(?:[a-z-]+\\s+){0,3}?(?:" + PEOPLE + "))?";
    private static final Pattern PEOPLE_WORD = Pattern.compile(PEOPLE, F);
    // "Eleven people, among them three children, died": who they were, between commas.
    private static final String AMONG = "(?:\\s*,\\s*(?:among them|including|most of them|many of them|mostly)\\s[^,]{1,40},)?";
    // Not the minutes of a liveblog's time stamp ("09:42 Two people were killed").
    private static final String NOT_TIME = "(?<![\\d:.])";
    /**
     * The verb of a toll after its count: "were killed", "died", "lost their lives", "were also killed", and
     * "were martyred", as Pakistani and Arabic-language outlets tell their own dead.
     */
    private static final String DIED = "(?:were\\s+|was\\s+|are\\s+|is\\s+|have been\\s+|had been\\s+|had\\s+|have\\s+|has\\s+)?(?:also\\s+)?"
            + "(?:killed|dead|died|slain|shot dead|executed|beheaded|massacred|perished|martyred|embraced (?:shahadat|martyrdom)|lost (?:their|his|her) (?:lives|life))\\b";
    private static final Pattern KILLED = Pattern.compile(NOT_TIME + "\\b(?:at least\\s+|more than\\s+|some\\s+)?" + N + WHO + AMONG
            + "\\s+" + DIED, F);
    /** "Five soldiers and 12 militants were killed": a toll split by side, told as one, is the sum of its parts. */
    private static final String WHO_NAMED = WHO.substring(0, WHO.length() - 1);
    private static final String ROUGHLY = "(?:at least|about|around|some|nearly|more than)\\s+";
    /** "Six soldiers and about 20 attackers were killed": either part may be rounded. */
    private static final Pattern SPLIT = Pattern.compile(NOT_TIME + "(?<!between )\\b(?:" + ROUGHLY + ")?" + N + WHO_NAMED
            + "\\s+and\\s+(?:" + ROUGHLY + ")?" + N + WHO_NAMED + "\\s+" + DIED, F);
    /**
     * "Eleven terrorists were neutralised", "neutralised about 20 terrorists", "eliminated 45 of them": an army's word
     * for killing, counted only where people are named ("neutralised 20 drones" kills no one).
     */
    private static final String NEUTRALISE = "(?:neutrali[sz]|eliminat)";
    private static final Pattern NEUTRALISED = Pattern.compile(NOT_TIME + "\\b(?:" + ROUGHLY + ")?" + N + WHO_NAMED + AMONG
            + "\\s+(?:were\\s+|was\\s+|have been\\s+|had been\\s+)?(?:also\\s+)?" + NEUTRALISE + "ed\\b", F);
    private static final Pattern NEUTRALISING = Pattern.compile("\\b" + NEUTRALISE + "(?:ed|ing)[\"\u201d]?\\s+(?:" + ROUGHLY + ")?" + N
            + "(?=\\s+of them\\b|" + WHO_NAMED + ")", F);
    /** "31 bodies were recovered", "counted 31 bodies". */
    private static final Pattern BODIES = Pattern.compile(NOT_TIME + "\\b" + N + "\\s+(?:[a-z-]+\\s+)?(?:bodies|corpses)\\b", F);
    /** "Six attackers were also killed", "two of the gunmen also died": deaths beside those already counted. */
    private static final Pattern ALSO = Pattern.compile("\\balso\\s+(?:been\\s+)?(?:killed|died|dead|slain|shot dead|lost their lives)\\b", F);

    /**
     * The event's toll once a later sentence's count is read: "Six attackers were also killed" adds to the dead
     * already counted; any other count is the same toll told again or revised.
     */
    static @Nullable Integer added(String sentence, @Nullable Integer before, @Nullable Integer now) {
        return before != null && now != null && ALSO.matcher(sentence).find() ? Integer.valueOf(before + now) : now;
    }
    private static final Pattern KILLING = Pattern.compile("\\b(?:killing|killed|kill|executing|executed|beheading|beheaded|massacring|massacred|martyring|martyred)\\s+(?:at least\\s+|between\\s+)?" + N + "\\b", F);
    /** "the death toll rose to 7", "toll rises to five", "the number of people killed ... has risen to 43". */
    private static final Pattern TOLL = Pattern.compile("\\b(?:death toll|toll|number of (?:[a-z-]+ ){0,3}?(?:killed|dead))"
            + "\\b[^.]{0,120}?\\b(?:to|at|of|reached|hit)\\s+(?:at least\\s+)?" + N + "\\b", F);
    /** "The toll later rose to 12", "the death toll had climbed to 43": a revision, which may come a paragraph on. */
    private static final Pattern REVISED = Pattern.compile("\\b(?:death toll|toll|number of (?:[a-z-]+ ){0,3}?(?:killed|dead))"
            + "\\b[^.]{0,120}?\\b(?:rose|risen|rises|climbed|climbs|increased|jumped)\\s+to\\b", F);

    static boolean revisesToll(String sentence) {
        return REVISED.matcher(sentence).find();
    }

    private static final Pattern WOUNDED = Pattern.compile(NOT_TIME + "\\b(?:at least\\s+|more than\\s+)?" + N + WHO + AMONG
            + "\\s+(?:were\\s+|was\\s+|have been\\s+|had been\\s+)?(?:wounded|injured|hurt)\\b", F);
    private static final Pattern WOUNDING = Pattern.compile("\\b(?:wounding|injuring)\\s+(?:at least\\s+)?" + N + "\\b", F);
    /** "no casualties", "without causing injuries", "no one was hurt", "caused no casualties or damage". */
    private static final Pattern NO_CASUALTIES = Pattern.compile("\\b(?:no |without (?:causing |any |(?:reporting|giving) (?:any )?)?)(?:damage or |reported )?"
            + "(?:casualties|deaths|fatalities|injuries|one (?:was|were) (?:killed|hurt|injured|wounded))\\b"
            + "|\\bno (?:[a-z-]+ ){0,2}(?:was|were) (?:killed|hurt|injured|wounded)\\b"
            + "|\\b(?:dispersed|ended|passed off|broke up) (?:peacefully|without (?:incident|violence))\\b", F);
    private static final Pattern NO_INJURIES = Pattern.compile("\\b(?:no |without (?:causing |any )?)(?:damage or |reported )?"
            + "(?:injuries|casualties|one (?:was|were) (?:injured|hurt|wounded))\\b"
            + "|\\bno (?:[a-z-]+ ){0,2}(?:was|were) (?:hurt|injured|wounded)\\b", F);
    private static final Pattern DAMAGE_ONLY = Pattern.compile("\\bonly (?:caused |resulted in )?(?:minor |light )?material damage\\b|\\bmaterial damage only\\b", F);
    private static final Pattern DAMAGE = Pattern.compile("\\b(?:caused|causing)\\s+(?:minor |light |some |heavy |extensive )?(?:material )?damage\\b", F);
    private static final Pattern NO_DAMAGE = Pattern.compile("\\bno (?:damage|casualties or damage|injuries or damage)\\b"
            + "|\\bno (?:[a-z-]+ ){0,3}(?:was|were) damaged\\b", F);
    private static final Pattern HARM = Pattern.compile("\\b(?:damag(?:ed|ing)|destroy(?:ed|ing)|(?:set|setting|sets) "
            + "(?:[a-z-]+ ){0,4}(?:on fire|ablaze|alight)|(?:set|setting|sets) fire to|(?:started|starting|sparked|sparking|caused|causing) (?:a |several )?"
            + "(?:large |big |major )?fires?|fires? broke out)\\b", F);
    /**
     * "destroyed 41 Ukrainian drones", "destroying two vehicles": a count of things destroyed is a side's tally of
     * materiel (often the drones its air defences brought down), which says nothing of anyone killed.
     */
    private static final Pattern COUNTED_DESTROYED = Pattern.compile("\\bdestroy(?:ed|ing)\\s+(?:at least\\s+|about\\s+|some\\s+)?" + N + "\\b", F);
    private static final Pattern INTERCEPTED = Pattern.compile("\\b(?:intercepted|shot down|downed|was thwarted)\\b", F);

    Outcome find(String text) {
        Integer killed = split(text);
        if (killed == null) killed = first(text, KILLED, KILLING, TOLL, BODIES);
        // "6 soldiers were killed and its troops had neutralised about 20 terrorists": the enemy dead an army
        // counts are told beside its own, and the toll is both, as ACLED counts every side's dead.
        Integer enemy = first(text, NEUTRALISED, NEUTRALISING);
        if (enemy != null) killed = killed == null ? enemy : killed + enemy;
        Integer wounded = first(text, WOUNDED, WOUNDING);
        List<String> outcomes = new ArrayList<>();
        if (INTERCEPTED.matcher(text).find()) outcomes.add("intercepted");
        if (NO_DAMAGE.matcher(text).find()) {
            outcomes.add("no damage");
        } else if (DAMAGE_ONLY.matcher(text).find()) {
            outcomes.add("material damage only");
            if (killed == null) killed = 0;
        } else if (DAMAGE.matcher(text).find()) {
            outcomes.add("material damage");
        }
        if (killed == null && NO_CASUALTIES.matcher(text).find()) killed = 0;
        // An outcome told without deaths ("wounding two", "setting a warehouse on fire", "caused no damage") is a
        // count of zero dead, as ACLED codes it; a sentence that tells no outcome leaves the count unknown. So does
        // an interception alone ("air defences destroyed 41 drones"): what was shot down tells no toll until the
        // report says that no one was hurt.
        boolean damageTold = outcomes.stream().anyMatch(x -> !x.equals("intercepted"));
        if (killed == null && (wounded != null && wounded > 0 || damageTold
                || HARM.matcher(COUNTED_DESTROYED.matcher(text).replaceAll(" ")).find())) killed = 0;
        if (wounded == null && NO_INJURIES.matcher(text).find()) wounded = 0;
        return new Outcome(killed, wounded, outcomes);
    }

    /**
     * The text's outcome, with counts the wording gives without a number filled from the parse: "killing a
     * 57-year-old man" (1), "killed a man and his son" (2), "a commander and two other men" (3).
     */
    Outcome find(Parse p) {
        return find(p, null);
    }

    /**
     * The outcome told in the clause of the trigger at {@code trigger}, where the sentence joins the clauses of
     * several events ("an Israeli strike on Nabatieh killed five people, rockets fired from Lebanon hit Kiryat Shmona
     * without causing injuries, and Hezbollah and Israeli troops fought near Aitaroun"): each keeps its own toll.
     */
    Outcome findInClause(Parse p, int trigger) {
        Set<Integer> clause = clause(p, trigger);
        return clause == null ? find(p) : find(p, clause);
    }

    private Outcome find(Parse p, @Nullable Set<Integer> clause) {
        Outcome o = find(clause == null ? p.sentence().text() : text(p, clause));
        Integer killed = o.fatalities(), wounded = o.injuries();
        // "US forces shot down five drones and said that no ships were damaged": the parser may put the interception's
        // result in a clause of its own; the sentence's "no damage" is what the interception came to.
        if (clause != null && killed == null && o.outcomes().contains("intercepted")) {
            String all = p.sentence().text();
            if (NO_DAMAGE.matcher(all).find() || NO_CASUALTIES.matcher(all).find()) killed = 0;
        }
        // A zero inferred from damage alone gives way to the dead the parse counts.
        Integer n = killed == null || killed == 0
                ? counted(p, clause, "kill", "execute", "behead", "massacre", "neutralise", "neutralize", "eliminate") : null;
        if (n != null && n > 0) killed = n;
        if (wounded == null) wounded = counted(p, clause, "wound", "injure");
        // "wounding a woman and her son": the wounded the parse counts, with no one killed, are a toll of zero dead.
        if (killed == null && wounded != null && wounded > 0) killed = 0;
        return new Outcome(killed, wounded, o.outcomes());
    }

    /**
     * The tokens of the trigger's own clause when it lies in coordinated clauses: the coordinated verb at or above
     * the trigger with everything under it but the clauses coordinated with it; null when there is none.
     */
    private static @Nullable Set<Integer> clause(Parse p, int trigger) {
        int head = trigger;
        for (int guard = 0; head >= 0 && !coordinated(p, head) && guard < 20; guard++) head = p.head(head);
        if (head < 0) return null;
        Set<Integer> out = new java.util.TreeSet<>();
        java.util.ArrayDeque<Integer> todo = new java.util.ArrayDeque<>(List.of(head));
        while (!todo.isEmpty()) {
            int k = todo.pop();
            if (!out.add(k)) continue;
            for (org.sitrep.model.Dependency d : p.sentence().children(k)) {
                if (!joinsClauses(p, d)) todo.push(d.dependent());
            }
        }
        return out;
    }

    /**
     * "X killed five, and Y fought"; "strike kills five; rockets hit": two clauses side by side, each with a subject of
     * its own. Not "..., wounding two and setting fire to a warehouse", which tells the first clause's outcome.
     */
    private static boolean joinsClauses(Parse p, org.sitrep.model.Dependency d) {
        if (!(d.relation().startsWith("conj") || d.relation().equals("parataxis"))) return false;
        int a = d.governor(), b = d.dependent();
        if (!p.token(a).isVerb() || !p.token(b).isVerb()) return false;
        int sa = p.child(a, "nsubj", "nsubj:pass"), sb = p.child(b, "nsubj", "nsubj:pass");
        return sb >= 0 && sb != sa;
    }

    /** Whether the token is a verb joined to another verb as a coordinated clause. */
    private static boolean coordinated(Parse p, int k) {
        if (!p.token(k).isVerb()) return false;
        for (org.sitrep.model.Dependency d : p.sentence().dependencies()) {
            if (joinsClauses(p, d) && (d.dependent() == k || d.governor() == k)) return true;
        }
        return false;
    }

    private static String text(Parse p, Set<Integer> tokens) {
        StringBuilder b = new StringBuilder();
        for (int k : tokens) b.append(b.length() == 0 ? "" : " ").append(p.token(k).word());
        return b.toString();
    }

    private static final Set<String> NEUTRALISING_LEMMAS = Set.of("neutralise", "neutralize", "eliminate");

    private static final Set<String> ONE = Set.of("a", "an", "one", "the", "his", "her", "their", "its", "he", "she", "they", "it");

    /** People counted as the objects (or passive subjects) of the verb, or null where any is not counted. */
    private static @Nullable Integer counted(Parse p, @Nullable Set<Integer> clause, String... lemmas) {
        Set<String> verbs = Set.of(lemmas);
        for (int k = 0; k < p.size(); k++) {
            if (clause != null && !clause.contains(k)) continue;
            if (!p.token(k).isVerb() || !(verbs.contains(p.lemma(k)) || verbs.contains("kill") && shotDead(p, k))) continue;
            int v = p.child(k, "obj");
            // "struck and eliminated a Hezbollah terrorist": the object the two verbs share hangs on the first.
            int first = p.conjunctOf(k);
            boolean shared = v < 0 && first >= 0 && p.child(first, "obj") >= 0;
            if (shared) v = p.child(first, "obj");
            // "a man was shot dead", where the parser makes "dead" the object.
            if (v < 0 || !p.token(v).isNoun()) v = p.child(k, "nsubj:pass");
            if (v < 0 || !p.token(v).isNoun()) continue;
            // "eliminated a Hezbollah terrorist" kills; "eliminated the threat", "neutralised a drone" does not.
            if ((shared || NEUTRALISING_LEMMAS.contains(p.lemma(k))) && !PEOPLE_WORD.matcher(p.lemma(v) + "s").matches()
                    && !PEOPLE_WORD.matcher(p.token(v).word()).matches()) continue;
            List<Integer> people = new ArrayList<>(List.of(v));
            people.addAll(p.children(v, "conj"));
            int sum = 0;
            for (int h : people) {
                int num = p.child(h, "nummod");
                Integer n = num >= 0 ? Numbers.parse(p.token(num).word()) : null;
                if (n == null && !p.token(h).isPlural()) {
                    int det = p.child(h, "det", "nmod:poss");
                    if (det >= 0 && ONE.contains(p.lemma(det))) n = 1;
                }
                if (n == null) return null;
                sum += n;
            }
            return sum;
        }
        return null;
    }

    /** "gunmen shot dead a council member": "shot dead" kills as "killed" does. */
    private static boolean shotDead(Parse p, int k) {
        if (!p.lemma(k).equals("shoot")) return false;
        for (org.sitrep.model.Dependency d : p.sentence().children(k)) if (p.lemma(d.dependent()).equals("dead")) return true;
        // The parser may hang "dead" on the object instead ("shot dead two officers").
        int obj = p.child(k, "obj");
        return obj >= 0 && p.child(obj, "amod") >= 0 && p.lemma(p.child(obj, "amod")).equals("dead");
    }

    private static @Nullable Integer split(String text) {
        Matcher m = SPLIT.matcher(text);
        if (!m.find()) return null;
        Integer a = Numbers.parse(m.group(1)), b = Numbers.parse(m.group(2));
        return a == null || b == null ? null : a + b;
    }

    private static @Nullable Integer first(String text, Pattern... patterns) {
        for (Pattern p : patterns) {
            Matcher m = p.matcher(text);
            if (m.find()) {
                Integer n = Numbers.parse(m.group(1));
                if (n != null) return n;
            }
        }
        return null;
    }
}
