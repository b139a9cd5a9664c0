package org.sitrep.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Dependency;
import org.sitrep.model.Evidence;
import org.sitrep.model.Phrase;
import org.sitrep.model.Tally;
import org.sitrep.resolve.place.Place;
import org.sitrep.resolve.place.PlaceMention;
import org.sitrep.resolve.time.TimeMention;
import org.sitrep.resolve.time.TimeValue;

/**
 * Official counts, in the shapes reports give them: a trigger counted in "times" ("attacked ... 16 times"); a
 * counted plural trigger over a span ("more than 150 attacks since October 17"); things counted as hit over a span
 * ("37 towns and villages had been shelled over the past day"); casualties and displacement over a span ("11,850
 * civilian deaths since February 2022", "more than 11 million have been forced from their homes"); weapons launched
 * over a span or at a whole country ("2,000 Shahed drones at Ukraine in October"); and an official's damage count
 * over a span ("neutralised 17 militants over the past week"). A tally is kept as a count with its window, places, source and speaker; the trigger it
 * uses is consumed, so a tally never becomes events.
 */
final class TallyFinder {
    private static final Set<String> DASHES = Set.of("—", "–", "-", "--", "-LRB-", "(");
    /** Below this a count with only a dated window is more often one event's toll than a tally. */
    private static final int LARGE = 10;

    /** A tally and the trigger token it consumes (-1: none, the sentence's events stand). */
    record Found(Tally tally, int trigger) {
    }

    /** A count as written: its value and its first and last tokens ("11 million" is two). */
    private record Count(int value, int first, int last) {
    }

    /** What puts a count over a span: a dated window longer than two days, or a cue ("since then", "the past day"). */
    private record Span(@Nullable TimeMention window, boolean cued) {
        boolean any() {
            return window != null || cued;
        }
    }

    private final Lexicon lexicon;

    TallyFinder(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Every tally of the sentence, at most one per count. */
    List<Found> find(SentenceContext c, List<TriggerFinder.Candidate> candidates, String report, int ordinal) {
        List<Found> out = new ArrayList<>();
        Set<Integer> used = new HashSet<>();
        Found counted = counted(c, candidates, report, ordinal);
        if (counted != null) {
            out.add(counted);
            used.add(countToken(counted));
            out.addAll(parts(c, counted, report, ordinal + out.size()));
        }
        for (Found f : casualties(c, candidates, report, ordinal + out.size(), used)) add(out, used, f);
        for (Found f : weapons(c, report, ordinal + out.size(), used)) add(out, used, f);
        for (Found f : assessed(c, report, ordinal + out.size(), used)) add(out, used, f);
        return out;
    }

    private static void add(List<Found> out, Set<Integer> used, Found f) {
        out.add(f);
        used.add(countToken(f));
    }

    /** The token the count evidence starts at. */
    private static int countToken(Found f) {
        for (Evidence e : f.tally().evidence()) if (e.field().equals("count")) return e.start();
        return -1;
    }

    /**
     * A count of triggers: "attacked 16 times", "more than 150 attacks since October 17", "190 of its installations
     * have been hit since the war began".
     */
    private @Nullable Found counted(SentenceContext c, List<TriggerFinder.Candidate> candidates, String report, int ordinal) {
        Parse p = c.parse;
        for (TriggerFinder.Candidate cand : candidates) {
            int i = cand.token();
            Count count = times(p, i);
            String what = null;
            if (count == null && p.token(i).isNoun() && p.token(i).isPlural()) {
                int head = p.head(i);
                Span span = span(c, head >= 0 ? head : i);
                if (span.any() || countedBy(p, i)) count = countAt(p, p.child(i, "nummod"));
            } else if (count == null && p.token(i).isVerb() && !lexicon.isHarm(p.lemma(i)) && !tellsOneEvent(p, i)
                    && span(c, i).any()) {
                // "37 towns and villages had been shelled", "190 of its installations have been hit".
                int arg = p.child(i, "nsubj:pass", "obj");
                if (arg >= 0 && p.token(arg).isNoun() && p.token(arg).isPlural()) {
                    count = countAt(p, p.child(arg, "nummod"));
                    what = p.token(arg).word().toLowerCase(Locale.ROOT) + " " + word(p, i);
                } else if (arg >= 0 && isNumber(p, arg)) {
                    count = countAt(p, arg);
                    int of = p.child(arg, "nmod:of");
                    what = (of >= 0 ? p.token(of).word().toLowerCase(Locale.ROOT) : "things") + " " + word(p, i);
                }
            }
            if (count == null || count.value() < 2) continue;
            if (what == null) return new Found(tally(c, cand, i, count, report, ordinal), i);
            return new Found(build(c, what, count, report, ordinal), i);
        }
        return null;
    }

    /**
     * "attacked 16 times", "came under attack at least 41 times": the first "N times" after the trigger, read on the
     * words since the parser often attaches "times" oddly; the first count is the total ("66 times — 32 in Iraq").
     */
    private static @Nullable Count times(Parse p, int trigger) {
        for (int k = trigger + 1; k < p.size() && k - trigger <= 8; k++) {
            if (!p.token(k).word().equalsIgnoreCase("times")) continue;
            int n = k - 1;
            if (n > trigger && p.token(n).tag().startsWith("JJ")) n--;
            return n > trigger && isNumber(p, n) ? countAt(p, n) : null;
        }
        return null;
    }

    /**
     * The parts of a total in an aside after it: "66 times — 32 separate times in Iraq and 34 in Syria —", "(12 in
     * Kharkiv and 9 in Sumy)". Each part is a count followed closely by "in" and a place.
     */
    private List<Found> parts(SentenceContext c, Found total, String report, int ordinal) {
        Parse p = c.parse;
        int start = p.sentence().tokenAt(countToken(total));
        int open = -1;
        // The aside follows the count's own words ("66 times —", "40 times since January 5 ("), before any comma.
        for (int k = start + 1; k < p.size() && k <= start + 6 && open < 0 && !p.token(k).word().equals(","); k++) {
            if (DASHES.contains(p.token(k).word())) open = k;
        }
        if (open < 0) return List.of();
        List<Found> out = new ArrayList<>();
        for (int k = open + 1; k < p.size() && !DASHES.contains(p.token(k).word()) && !p.token(k).word().equals(")")
                && !p.token(k).word().equals("-RRB-"); k++) {
            Count part = isNumber(p, k) ? countAt(p, k) : null;
            if (part == null || part.value() < 1 || part.value() >= total.tally().count()) continue;
            PlaceMention place = placeAfterIn(c, part.last());
            if (place == null) continue;
            Tally t = total.tally();
            out.add(new Found(new Tally(report + "-t" + (ordinal + out.size()), report, part.value(), "exactly",
                    t.from(), t.to(), t.what() + " in " + place.place().name(), List.of(place.place().country()),
                    t.source(), t.speaker(), t.stated(), List.of(p.sentenceEvidence(report, "sentence"),
                    p.span(part.first(), part.last()).evidence(report, "count"))), -1));
            k = part.last();
        }
        return out;
    }

    /** The place named by "in X" within a few words after token {@code k}, or null. */
    private static @Nullable PlaceMention placeAfterIn(SentenceContext c, int k) {
        Parse p = c.parse;
        for (int j = k + 1; j < p.size() && j <= k + 4; j++) {
            if (!p.lemma(j).equals("in")) continue;
            for (PlaceMention pm : c.places) {
                int first = p.sentence().tokenAt(pm.phrase().start());
                if (first > j && first <= j + 2 && pm.place().country() != null) return pm;
            }
            return null;
        }
        return null;
    }

    /**
     * Counted casualties and displacement over a span ("196 civilians were killed in September", "the mission has
     * verified at least 11,850 civilian deaths since 24 February 2022", "more than 11 million have been forced from
     * their homes"). The harm verb is consumed so that it makes no event. A participle ("..., killing 46 people")
     * and a verb with one event as subject ("the strike killed 20") tell one event's toll, not a tally.
     */
    private List<Found> casualties(SentenceContext c, List<TriggerFinder.Candidate> candidates, String report,
                                   int ordinal, Set<Integer> used) {
        Parse p = c.parse;
        List<Found> out = new ArrayList<>();
        for (int k = 0; k < p.size(); k++) {
            Count count = null;
            int verb = p.head(k);
            String what = null;
            boolean counting = false;
            // "about 450,000 remain displaced": the harm is the complement of "remain".
            int state = verb >= 0 && !lexicon.isHarm(p.lemma(verb)) ? p.child(verb, "xcomp") : -1;
            if (state >= 0 && lexicon.isHarm(p.lemma(state))) verb = state;
            if (lexicon.isVictim(p.lemma(k)) && (p.token(k).isPlural() || p.lemma(k).equals("people"))) {
                if (verb >= 0 && harms(p, verb)) count = countAt(p, p.child(k, "nummod"));
                what = p.token(k).word().toLowerCase(Locale.ROOT);
            } else if (lexicon.isCasualty(p.lemma(k)) && p.token(k).isPlural()) {
                count = countAt(p, p.child(k, "nummod"));
                what = p.core(k).text().toLowerCase(Locale.ROOT).replaceAll("^[^a-z]+", "");
                counting = verb >= 0 && lexicon.isCounting(p.lemma(verb));
            } else if (isNumber(p, k) && isArgument(p.relation(k)) && verb >= 0 && lexicon.isHarm(p.lemma(verb))) {
                // "1,137 injured", "more than 11 million have been forced from their homes": the count stands alone.
                count = countAt(p, k);
                what = "people";
            }
            if (count == null || verb < 0 || used.contains(p.token(count.first()).start())) continue;
            boolean total = warToll(p, verb) || standing(p, verb);
            if (!total && tellsOneEvent(p, verb)) continue;
            Span span = span(c, verb);
            if (!counting && !total && !span.any() && !cumulative(c, candidates, verb)) continue;
            if (count.value() < (span.cued() || counting ? 2 : LARGE)) continue;
            if (!counting && !total && oneWeeksRaid(c, span, verb)) continue;
            String told = what.endsWith(word(p, verb)) ? what : what + " " + word(p, verb);
            out.add(new Found(build(c, told, count, report, ordinal + out.size()), verb));
        }
        return out;
    }

    /**
     * "Gunmen killed 15 villagers in Kaduna last week", "troops executed 20 civilians in Moura earlier this week": a
     * window of a week at most, with no cue of a span, a doer who is people (not "strikes" or "shelling") and a town
     * or province named, dates one event, not a count over the window. "Strikes killed 200 people across the country last week"
     * stays a tally.
     */
    private boolean oneWeeksRaid(SentenceContext c, Span span, int verb) {
        if (span.cued() || span.window() == null) return false;
        TimeValue w = span.window().value();
        if (w.spanDays() > 7) return false;
        Parse p = c.parse;
        int doer = -1;
        for (int v : List.of(verb, conjunctHead(p, verb))) {
            for (Dependency d : p.sentence().children(v)) if (d.relation().equals("nsubj")) doer = d.dependent();
            if (doer >= 0) break;
        }
        if (doer < 0 || !p.token(doer).isNoun() || lexicon.trigger(p.lemma(doer), true) != null) return false;
        // "drones killed ...", not "gunmen killed ..." (a word for armed men the weapons list also reads).
        if (lexicon.weaponAt(p.sentence().tokens(), doer) != null && !lexicon.mentionsCombatants(p.token(doer).word())) return false;
        // A town or a province, not a whole country or a wider region.
        return c.places.stream().anyMatch(pm -> pm.place().kind().compareTo(Place.Kind.ADMIN1) <= 0);
    }

    /** "killed", "displaced", or a verb with injuries as its object ("have reported injuries"). */
    private boolean harms(Parse p, int verb) {
        if (lexicon.isHarm(p.lemma(verb))) return true;
        int obj = p.child(verb, "obj");
        return obj >= 0 && lexicon.isCasualty(p.lemma(obj));
    }

    /**
     * "The fighting, which began on July 24, has killed at least 35 people and displaced more than 260,000": the toll
     * of a whole war told in the perfect is its running total, though the war is one noun and a day is named.
     */
    private boolean warToll(Parse p, int verb) {
        if (!perfect(p, verb)) return false;
        for (int v : List.of(verb, conjunctHead(p, verb))) {
            for (Dependency d : p.sentence().children(v)) {
                if (d.relation().startsWith("nsubj") && lexicon.isProtracted(p.lemma(d.dependent()))) return true;
            }
        }
        return false;
    }

    /**
     * "More than 7 million people are displaced", "about 450,000 remain displaced": displacement told as a present
     * state is a standing count, not one event's toll. Only displacement is a state people stay in.
     */
    private static boolean standing(Parse p, int verb) {
        if (!p.lemma(verb).equals("displace") && !p.token(verb).word().equalsIgnoreCase("displaced")) return false;
        for (int v : List.of(verb, p.head(verb))) {
            if (v < 0) continue;
            if (p.lemma(v).equals("remain") && p.token(v).tag().matches("VB[PZ]")) return true;
            for (Dependency d : p.sentence().children(v)) {
                String r = d.relation();
                if ((r.equals("aux:pass") || r.equals("cop") || r.equals("aux"))
                        && p.token(d.dependent()).tag().matches("VB[PZ]")
                        && List.of("be", "remain").contains(p.lemma(d.dependent()))) return true;
            }
        }
        return false;
    }

    /** Whether the verb or the verb it is coordinated with is in the perfect ("has killed ... and displaced"). */
    private static boolean perfect(Parse p, int verb) {
        for (int v : List.of(verb, conjunctHead(p, verb))) {
            for (Dependency d : p.sentence().children(v)) {
                if (d.relation().equals("aux") && p.lemma(d.dependent()).equals("have")) return true;
            }
        }
        return false;
    }

    /**
     * A running total told in the perfect with nothing dating one event: "more than 11 million have been forced from
     * their homes", "62 US personnel have reported injuries". A day named, or any other trigger ("have been killed
     * in clashes"), makes it one event's toll.
     */
    private boolean cumulative(SentenceContext c, List<TriggerFinder.Candidate> candidates, int verb) {
        Parse p = c.parse;
        if (!perfect(p, verb)) return false;
        for (TimeMention t : c.times) if (t.value().precision() == DatePrecision.DAY) return false;
        for (TriggerFinder.Candidate cand : candidates) if (!lexicon.isHarm(p.lemma(cand.token()))) return false;
        return true;
    }

    /** "..., killing 46 people" (a participle after an event) or "the strike killed 20": one event's toll. */
    private boolean tellsOneEvent(Parse p, int verb) {
        String rel = p.relation(verb);
        if (p.token(verb).tag().equals("VBG") && (rel.startsWith("advcl") || rel.startsWith("xcomp")
                || rel.startsWith("acl") || rel.equals("dep"))) return true;
        // "attacked a school and the airport in Bamako, killing 70 people": the parser may hang the participle as a
        // conjunct of the attack verb; with no "and" of its own it is still that attack's toll.
        int governor = conjunctHead(p, verb);
        if (p.token(verb).tag().equals("VBG") && governor != verb && p.child(verb, "cc") < 0
                && p.token(governor).isVerb() && lexicon.trigger(p.lemma(governor), false) != null) return true;
        // "a missile strike on Kryvyi Rih, which killed six civilians and injured 27": the clause of one strike.
        for (int v : List.of(verb, conjunctHead(p, verb))) {
            String clause = p.relation(v);
            if ((clause.startsWith("acl") || clause.equals("dep")) && isOneEvent(p, p.head(v))) return true;
            for (Dependency d : p.sentence().children(v)) {
                if (d.relation().startsWith("nsubj") && isOneEvent(p, d.dependent())) return true;
            }
        }
        return false;
    }

    /** A singular event or weapon noun: "the strike", "a missile". */
    private boolean isOneEvent(Parse p, int k) {
        return k >= 0 && p.token(k).isNoun() && !p.token(k).isPlural()
                && (lexicon.trigger(p.lemma(k), true) != null || lexicon.weaponAt(p.sentence().tokens(), k) != null);
    }

    /**
     * Weapons launched over a span or at a whole country: "Russia launched more than 2,000 Shahed drones at Ukraine
     * in October", "dropped more than 900 guided aerial bombs on Ukraine over the past week", "attacked Ukraine
     * overnight with 52 Shahed-type drones". The attack itself stays an event.
     */
    private List<Found> weapons(SentenceContext c, String report, int ordinal, Set<Integer> used) {
        Parse p = c.parse;
        List<Found> out = new ArrayList<>();
        for (int k = 0; k < p.size(); k++) {
            if (!p.token(k).isNoun() || !p.token(k).isPlural() || !endsWeapon(p, k)) continue;
            int verb = p.head(k);
            if (verb < 0) continue;
            String rel = p.relation(k);
            boolean launched = rel.equals("obj") && lexicon.isLaunching(p.lemma(verb))
                    || rel.equals("obl:with") && p.token(verb).isVerb() && lexicon.trigger(p.lemma(verb), false) != null;
            Count count = launched ? countAt(p, p.child(k, "nummod")) : null;
            if (count == null || used.contains(p.token(count.first()).start())) continue;
            boolean span = span(c, verb).any();
            if (count.value() < (span ? 2 : LARGE) || !span && !atCountry(c, verb)) continue;
            String what = p.span(count.last() + 1, k).text() + " " + (rel.equals("obj") ? word(p, verb) : "launched");
            out.add(new Found(build(c, what, count, report, ordinal + out.size()), -1));
        }
        return out;
    }

    /** Whether token {@code k} is the last word of a weapon phrase ("Shahed-type drones", "guided aerial bombs"). */
    private boolean endsWeapon(Parse p, int k) {
        for (int j = Math.max(0, k - 3); j <= k; j++) {
            Lexicon.Weapon w = lexicon.weaponAt(p.sentence().tokens(), j);
            if (w != null && j + w.words().size() - 1 == k) return true;
        }
        return p.lemma(k).endsWith("-drone") || p.lemma(k).endsWith("-missile");
    }

    /** Whether the verb's target is a whole country ("at Ukraine", "on Ukraine", "attacked Ukraine"). */
    private static boolean atCountry(SentenceContext c, int verb) {
        Parse p = c.parse;
        for (Dependency d : p.sentence().children(verb)) {
            String r = d.relation();
            if (!r.equals("obj") && !r.equals("obl:at") && !r.equals("obl:on") && !r.equals("obl:against")) continue;
            for (PlaceMention pm : c.places) {
                if (pm.place().kind() == Place.Kind.COUNTRY
                        && p.sentence().tokenAt(pm.phrase().end() - 1) == d.dependent()) return true;
            }
        }
        return false;
    }

    /** An official's damage count over a span: "neutralised 17 PKK militants over the past week". */
    private List<Found> assessed(SentenceContext c, String report, int ordinal, Set<Integer> used) {
        Parse p = c.parse;
        List<Found> out = new ArrayList<>();
        for (int k = 0; k < p.size(); k++) {
            // "neutralised 17 militants", or in the passive "17 militants had been neutralised".
            if (!p.token(k).isNoun() || !p.token(k).isPlural() || !isObject(p.relation(k))) continue;
            int verb = p.head(k);
            if (verb < 0 || !lexicon.isAssessing(p.lemma(verb))) continue;
            Count count = countAt(p, p.child(k, "nummod"));
            if (count == null || used.contains(p.token(count.first()).start())) continue;
            // Without a span such a count is one operation's outcome ("neutralised 14 terrorists", "destroyed 22
            // vehicles"), which the operation's event carries.
            if (count.value() < 2 || !span(c, verb).any()) continue;
            String what = p.span(count.last() + 1, k).text() + " " + word(p, verb);
            out.add(new Found(build(c, what, count, report, ordinal + out.size()), -1));
        }
        return out;
    }

    /** "counted at least 856 militant attacks": the object of a verb of counting. */
    private boolean countedBy(Parse p, int i) {
        int head = p.head(i);
        return head >= 0 && p.relation(i).equals("obj") && lexicon.isCounting(p.lemma(head));
    }

    private static boolean isObject(String relation) {
        return relation.equals("obj") || relation.equals("nsubj:pass");
    }

    private static boolean isArgument(String relation) {
        return relation.equals("nsubj") || relation.equals("nsubj:pass") || relation.equals("obj");
    }

    private static boolean isNumber(Parse p, int k) {
        return p.token(k).tag().equals("CD") && Numbers.parse(p.token(k).word()) != null
                || Numbers.isScale(p.token(k).word()) && k > 0 && Numbers.parse(p.token(k - 1).word()) != null;
    }

    /** The count written at token {@code k}, with a scale word before or after it ("11 million"); null if none. */
    private static @Nullable Count countAt(Parse p, int k) {
        if (k < 0) return null;
        String w = p.token(k).word();
        if (Numbers.isScale(w) && k > 0) {
            Integer v = Numbers.parse(p.token(k - 1).word() + " " + w);
            if (v != null) return new Count(v, k - 1, k);
        }
        if (k + 1 < p.size() && Numbers.isScale(p.token(k + 1).word())) {
            Integer v = Numbers.parse(w + " " + p.token(k + 1).word());
            if (v != null) return new Count(v, k, k + 1);
        }
        Integer v = Numbers.parse(w);
        return v == null ? null : new Count(v, k, k);
    }

    private Span span(SentenceContext c, int verb) {
        return new Span(window(c), cued(c.parse, verb));
    }

    /** The sentence's first dated span longer than a day ("since October 17", "in September"), or null. */
    private static @Nullable TimeMention window(SentenceContext c) {
        for (TimeMention t : c.times) {
            // "on Sunday and Monday" dates one event over two days; a count needs a longer window.
            if (t.value().isKnown() && t.value().precision() != DatePrecision.DAY
                    && t.value().spanDays() > 2) return t;
        }
        return null;
    }

    /**
     * Whether a window cue puts the count of {@code verb} over a span: "since then", "over the past day", "so far".
     * "the past" needs a period noun; a "since" that opens the verb's own clause ("ten years since gunmen stormed
     * the school and killed 140") dates one event, not a span.
     */
    private boolean cued(Parse p, int verb) {
        int clause = conjunctHead(p, verb);
        for (int k = 0; k < p.size(); k++) {
            for (String cue : lexicon.windowCues()) {
                String[] words = cue.split(" ");
                if (!matches(p, k, words)) continue;
                // "the past week", "the previous week": an adjective cue needs its period noun.
                if ((words[0].equals("past") || words[0].equals("previous"))
                        && (p.head(k) < 0 || !lexicon.isPeriod(p.lemma(p.head(k))))) continue;
                if (words[0].equals("since") && p.relation(k).equals("mark")
                        && (p.head(k) == verb || p.head(k) == clause)) continue;
                return true;
            }
        }
        return false;
    }

    private static boolean matches(Parse p, int k, String[] words) {
        if (k + words.length > p.size()) return false;
        for (int j = 0; j < words.length; j++) if (!p.lemma(k + j).equals(words[j])) return false;
        return true;
    }

    /** The first conjunct a verb is coordinated with ("stormed" for "... and killed"), or the verb itself. */
    private static int conjunctHead(Parse p, int verb) {
        int head = p.conjunctOf(verb);
        return head >= 0 ? head : verb;
    }

    private static String word(Parse p, int k) {
        return p.token(k).word().toLowerCase(Locale.ROOT);
    }

    private Tally tally(SentenceContext c, TriggerFinder.Candidate cand, int i, Count count, String report, int ordinal) {
        Parse p = c.parse;
        StringBuilder what = new StringBuilder(cand.trigger().noun() && p.token(i).isPlural()
                ? p.token(i).word().toLowerCase(Locale.ROOT) : pluralOf(cand.trigger().lemma()));
        int with = p.child(i, "obl:with", "nmod:with");
        if (with >= 0) what.append(" with ").append(conjoined(p, with).replaceFirst("^(?i)with\\s+", ""));
        int target = p.token(i).isVerb() ? p.child(i, "nsubj:pass", "obj") : p.child(i, "nmod:on", "nmod:against");
        if (target >= 0) what.append(" on ").append(p.core(target).text().replaceFirst("^(?i)(on|against)\\s+", ""));
        return build(c, what.toString(), count, report, ordinal);
    }

    private Tally build(SentenceContext c, String what, Count count, String report, int ordinal) {
        Parse p = c.parse;
        String qualifier = "exactly";
        for (int k = Math.max(0, count.first() - 2); k < count.first(); k++) {
            String q = lexicon.qualifier(p.lemma(k));
            if (q != null) qualifier = q;
        }
        Set<String> where = new LinkedHashSet<>();
        for (PlaceMention pm : c.places) where.add(pm.place().country());
        Speaker sp = c.speaker;
        String source = sp != null && sp.match() != null ? sp.match().actor().name() : sp != null ? sp.phrase().text() : null;
        String speaker = sp != null && sp.match() != null && sp.match().person() != null ? sp.match().person().name() : null;
        TimeMention window = window(c);
        TimeValue w = window != null ? window.value() : TimeValue.UNKNOWN;
        List<Evidence> ev = new ArrayList<>();
        ev.add(p.sentenceEvidence(report, "sentence"));
        ev.add(p.span(count.first(), count.last()).evidence(report, "count"));
        if (window != null) ev.add(window.phrase().evidence(report, "window"));
        return new Tally(report + "-t" + ordinal, report, count.value(), qualifier, w.isKnown() ? w.from().toString() : null,
                w.isKnown() ? w.to().toString() : null, what, List.copyOf(where), source, speaker,
                sp != null ? sp.time().iso() : null, ev);
    }

    /** "suicide drones and rockets": the head with its coordinated nouns. */
    private static String conjoined(Parse p, int head) {
        Phrase core = p.core(head);
        int hi = head;
        for (int k : p.children(head, "conj")) hi = Math.max(hi, k);
        if (hi == head) return core.text();
        int lo = p.sentence().tokenAt(core.start());
        return p.span(lo, hi).text();
    }

    private static String pluralOf(String lemma) {
        if (lemma.endsWith("sh") || lemma.endsWith("s")) return lemma + "es";
        return lemma.endsWith("y") ? lemma.substring(0, lemma.length() - 1) + "ies" : lemma + "s";
    }
}
