package org.sitrep.extract;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.sitrep.model.DatePrecision;
import org.sitrep.resolve.time.TimeMention;
import org.sitrep.resolve.time.TimeValue;

/**
 * When an event happened: the date of the trigger's own clause, shifted for an event told in an "after"/"before"
 * clause ("two days after the group hit a ship"), else the speaker's or the sentence's date; and whether a trigger
 * is dated to a day, which makes a plural ("airstrikes on Friday") a particular event.
 */
final class EventTimeChooser {
    private final Lexicon lexicon;

    EventTimeChooser(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The date of the event at trigger {@code i}, or {@link TimeValue#UNKNOWN}. */
    TimeValue timeFor(SentenceContext c, int i) {
        // "a man wanted over the 2015 attacks on Paris": a year before the attack noun is its date.
        TimeValue year = yearOf(c.parse, i);
        if (year.isKnown()) return year;
        TimeMention tm = c.timeFor(i);
        // "A survivor of the 2022 attack told the court on Wednesday how gunmen burst into the church": the day is
        // the telling's; what is told retells the attack the sentence dates by its year.
        if (tm != null && datedBySaying(c, i)) {
            TimeValue retold = yearOfOtherTrigger(c, i);
            if (retold.isKnown()) return retold;
        }
        // "The strike near Qaladze came four months after a drone hit the airport on April 7": the date is the
        // earlier event's, not the strike's.
        if (tm != null && (laterSpanClause(c, i, tm) || datesOtherTrigger(c, i, tm))) tm = null;
        if (tm != null) {
            int clause = relativeClause(c, i, tm);
            // "struck the port on Saturday evening, hours after a drone hit Tel Aviv", where the parser garbles the
            // clause: read off the words, the trigger follows a span's "after" that follows the date.
            if (clause < 0) clause = earlierSpanClause(c, i, tm);
            return clause < 0 ? tm.value() : shifted(c, clause, tm.value());
        }
        if (c.speaker != null && c.speaker.time().isKnown() && c.ancestors(i).contains(c.speaker.verb())) return c.speaker.time();
        for (TimeMention m : c.times) {
            if (!m.value().isKnown() || laterSpanClause(c, i, m) || datesOtherTrigger(c, i, m)) continue;
            // A time off the trigger's own clauses that dates only a telling after the story's time ("the attack at
            // dawn on Sunday ... In a communique read on Monday evening, the army said the attack was repelled")
            // leaves the event to the story's time.
            if (c.state.anchor.isKnown() && c.datesSaying(m) && m.value().from().isAfter(c.state.anchor.to())) continue;
            int clause = earlierSpanClause(c, i, m);
            return clause < 0 ? m.value() : shifted(c, clause, m.value());
        }
        return TimeValue.UNKNOWN;
    }

    /**
     * Whether the trigger's date is only the day someone said it happened ("said on Thursday that the group had
     * attacked warships", "claimed responsibility late on Monday, saying its fighters had targeted a patrol"): the
     * date hangs on a verb of saying or claiming above the trigger, not on the trigger's own clause.
     */
    boolean datedBySaying(SentenceContext c, int i) {
        TimeMention tm = c.timeFor(i);
        if (tm == null) return c.speaker != null && c.speaker.time().isKnown() && c.ancestors(i).contains(c.speaker.verb());
        int at = c.parse.sentence().tokenAt(tm.phrase().start());
        int verb = c.verbAbove(at);
        if (verb < 0 || verb == i) return false;
        // "I can confirm that on Sunday, US forces came under rocket attack": a date after the "that" is the clause's.
        for (int k = verb + 1; k < at; k++) if (c.parse.token(k).word().equalsIgnoreCase("that")) return false;
        String lemma = TriggerFinder.phrasalLemma(c.parse, verb);
        return lexicon.isReportingVerb(c.parse.lemma(verb)) || lexicon.claimCue(lemma) != null
                || lexicon.claimCue(c.parse.lemma(verb)) != null;
    }

    /**
     * The date of an event told in an "after"/"before" clause of a sentence dated {@code v}: "struck early on
     * Wednesday, hours after fighters hit the base" is the day of the main clause or the day before (the day after
     * for "before"); "two days after the group hit a ship" exactly that many days before (or after).
     */
    private static TimeValue shifted(SentenceContext c, int clause, TimeValue v) {
        boolean after = c.parse.lemma(clause).equals("after");
        int days = daysBefore(c.parse, clause);
        if (days > 0 && v.from().equals(v.to())) {
            return TimeValue.day(after ? v.from().minusDays(days) : v.from().plusDays(days));
        }
        return after ? new TimeValue(v.from().minusDays(1), v.to(), DatePrecision.RANGE)
                : new TimeValue(v.from(), v.to().plusDays(1), DatePrecision.RANGE);
    }

    /**
     * The span's "after"/"before" between the date and the trigger that follows them both, with the trigger in the
     * clause it opens, or -1. Not "On Tuesday, the day before the announcement, drones struck", an aside.
     */
    private static int earlierSpanClause(SentenceContext c, int i, TimeMention tm) {
        int tok = c.parse.sentence().tokenAt(tm.phrase().start());
        int opener = tok < i ? spanOpenerBetween(c.parse, tok, i) : -1;
        for (int k = opener + 1; opener >= 0 && k < i; k++) if (c.parse.token(k).word().equals(",")) return -1;
        return opener;
    }

    private static boolean laterSpanClause(SentenceContext c, int i, TimeMention tm) {
        int tok = c.parse.sentence().tokenAt(tm.phrase().start());
        return tok > i && spanOpenerBetween(c.parse, i, tok) >= 0;
    }

    /**
     * "detained four people suspected of involvement in Friday's rocket attack": a date that modifies another attack
     * noun ("Friday's attack", "the Sunday strike") is that event's, not this one's.
     */
    private boolean datesOtherTrigger(SentenceContext c, int i, TimeMention tm) {
        Parse p = c.parse;
        // The date phrase's own head: its word that hangs outside it.
        int tok = p.sentence().tokenAt(tm.phrase().start());
        for (int guard = 0; guard < 6 && tok >= 0 && p.head(tok) >= 0 && p.token(p.head(tok)).start() >= tm.phrase().start()
                && p.token(p.head(tok)).end() <= tm.phrase().end(); guard++) tok = p.head(tok);
        int head = tok < 0 ? -1 : p.head(tok);
        if (head < 0 || head == i || !p.token(head).isNoun() || lexicon.trigger(p.lemma(head), true) == null) return false;
        String rel = p.relation(tok);
        return rel.equals("nmod:poss") || rel.equals("compound");
    }

    /** The year of another attack noun of the sentence ("the 2022 attack"), or {@link TimeValue#UNKNOWN}. */
    private TimeValue yearOfOtherTrigger(SentenceContext c, int i) {
        for (int k = 0; k < c.parse.size(); k++) {
            if (k == i || !c.parse.token(k).isNoun()) continue;
            TimeValue y = yearOf(c.parse, k);
            if (y.isKnown() && lexicon.trigger(c.parse.lemma(k), true) != null) return y;
        }
        return TimeValue.UNKNOWN;
    }

    /** The year written as a modifier of the attack noun at {@code i} ("the 2015 attacks"), or unknown. */
    private static TimeValue yearOf(Parse p, int i) {
        if (!p.token(i).isNoun()) return TimeValue.UNKNOWN;
        for (int k = Math.max(0, i - 4); k < i; k++) {
            if (p.head(k) != i || !YEAR.matcher(p.token(k).word()).matches()) continue;
            int y = Integer.parseInt(p.token(k).word());
            return new TimeValue(java.time.LocalDate.of(y, 1, 1), java.time.LocalDate.of(y, 12, 31), DatePrecision.YEAR);
        }
        return TimeValue.UNKNOWN;
    }

    /** Units of time that set a clause apart: "four months after", "hours before". */
    static final Set<String> SPANS = Set.of("minute", "hour", "day", "week", "month", "year");

    /**
     * The "after" or "before" strictly between two tokens that opens a clause set apart by a span ("four months
     * after", "two days before"), or -1. Read off the words, as the parser often garbles such sentences. A bare
     * "after" does not count: "a fire broke out at the refinery after a drone attack" tells one event.
     */
    static int spanOpenerBetween(Parse p, int lo, int hi) {
        for (int k = lo + 1; k < hi; k++) {
            String w = p.token(k).word().toLowerCase(Locale.ROOT);
            if ((w.equals("after") || w.equals("before")) && SPANS.contains(p.lemma(k - 1))) return k;
        }
        return -1;
    }

    /** Whether a span's "after" or "before" stands between two tokens, in either order. */
    static boolean acrossSpan(Parse p, int a, int b) {
        return spanOpenerBetween(p, Math.min(a, b), Math.max(a, b)) >= 0;
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
    static int relativeMark(SentenceContext c, int i) {
        for (int a : c.ancestors(i)) {
            int mark = afterBeforeMark(c.parse, a);
            if (mark >= 0) return mark;
        }
        return -1;
    }

    /** The "after" or "before" that marks token {@code a} as an adverbial clause, or -1. */
    private static int afterBeforeMark(Parse p, int a) {
        // The parser hangs "early on Wednesday, hours after fighters hit the base" on the date as acl:after.
        if (!p.relation(a).startsWith("advcl") && !p.relation(a).startsWith("acl")) return -1;
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

    /**
     * A date within a day or two ("on Friday", "hours later") attached to the trigger's own clause, not to a verb
     * of saying above it.
     */
    boolean datedToDay(SentenceContext c, int i) {
        TimeMention tm = c.timeFor(i);
        if (tm == null || !tm.value().isKnown()
                || tm.value().spanDays() > 2) return false;
        int verb = c.verbAbove(c.parse.sentence().tokenAt(tm.phrase().start()));
        return verb < 0 || verb == i || !lexicon.isReportingVerb(c.parse.lemma(verb));
    }

    /**
     * "CENTCOM said on Wednesday that its forces had carried out strikes near Hodeidah": plural attacks a speaker
     * tells as done (a past or pluperfect verb whose object they are), on a day the saying gives, are that day's
     * attacks; "the group has carried out attacks in the region" (present perfect) stays general.
     */
    boolean doneOnSayingDay(SentenceContext c, int i) {
        Parse p = c.parse;
        int v = p.head(i);
        if (v < 0 || !p.relation(i).equals("obj") || !p.token(v).isVerb()) return false;
        boolean past = p.token(v).tag().equals("VBD")
                || p.children(v, "aux").stream().anyMatch(a -> p.token(a).word().equalsIgnoreCase("had"));
        TimeMention tm = c.timeFor(i);
        return past && tm != null && tm.value().isKnown()
                && tm.value().spanDays() <= 2 && datedBySaying(c, i);
    }

    /**
     * "hundreds of protesters who tried to storm the embassy late on Tuesday": the crowd's own relative clause dates
     * the protest, as a trigger's own phrase dates an attack.
     */
    boolean crowdDated(SentenceContext c, int i) {
        return lexicon.isCrowd(c.parse.lemma(i)) && c.dayUnder(i, 0) != null;
    }

    static java.time.@Nullable LocalDate resolvedDay(SentenceContext c, TimeValue time) {
        TimeValue t = c.anchorOr(time);
        return t.isKnown() ? t.from() : null;
    }

    /** Words of a time of day that, with no day named, mean the report's own day ("at dawn", "in the early hours"). */
    private static final Set<String> TIMES_OF_DAY = Set.of("dawn", "daybreak", "sunrise", "morning", "midnight", "noon",
            "afternoon", "evening", "dusk", "sunset", "hours");
    /** Whether the lemma is a time of day ("dawn", "midnight", "evening"): "at dawn" is when, never where or whom. */
    static boolean isTimeOfDay(String lemma) {
        return TIMES_OF_DAY.contains(lemma.toLowerCase(Locale.ROOT));
    }

    /** The words before a time of day that make it one ("at dawn", "in the early hours", "shortly after midnight"). */
    private static final Set<String> TIME_OF_DAY_OPENERS = Set.of("at", "in", "before", "after", "early", "the", "late");
    /**
     * Subordinators of a clause set at another time than the sentence's own ("since the war began"). Not "after" or
     * "before": in a lead that names no time at all, "sirens sounded after rockets were fired from Lebanon", "opened
     * fire at troops before being shot dead" tell the same day's news (a span, "two days after", is read elsewhere).
     */
    private static final Set<String> OTHER_TIME = Set.of("since", "until");
    /** Verbs of attack whose past is their present, which the tagger often takes as present ("two rockets hit"). */
    private static final Set<String> SAME_PAST = Set.of("hit", "cut", "shut", "burst", "hurt", "beat", "set", "put",
            "spread");
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");

    /**
     * The date of an event the report tells with no date of its own and none before it ("Two rockets hit the Green
     * Zone, police said"): news of the report's day or the day before, a range, or the report's day when the
     * sentence gives a time of day ("at dawn", "in the early hours", "shortly after midnight"). A record with no
     * date at all would lose an event an analyst would keep. Only for a sentence that names no time at all, nor
     * another year (one that does, "the 1991 Gulf war", sets its events then), told in the past ("hit", "has
     * killed", "were wounded"; not the present of a play or a novel, "is killed"), and not in a clause set at another
     * time ("since the war began"). Unknown otherwise, and without a publication date.
     */
    static TimeValue undated(SentenceContext c, int i) {
        if (c.published == null || c.times.stream().anyMatch(m -> m.value().isKnown())) return TimeValue.UNKNOWN;
        Parse p = c.parse;
        int verb = p.clauseVerb(i);
        if (verb < 0 || !toldInThePast(p, verb)) return TimeValue.UNKNOWN;
        for (int a : p.headChain(verb)) {
            int mark = p.child(a, "mark");
            boolean clause = p.relation(a).startsWith("advcl") || p.relation(a).startsWith("acl");
            if (clause && mark >= 0 && OTHER_TIME.contains(p.lemma(mark))) return TimeValue.UNKNOWN;
        }
        for (int k = 0; k < p.size(); k++) {
            String w = p.token(k).word();
            if (YEAR.matcher(w).matches() && Integer.parseInt(w) != c.published.getYear()) return TimeValue.UNKNOWN;
        }
        for (int k = 1; k < p.size(); k++) {
            if (TIMES_OF_DAY.contains(p.lemma(k)) && TIME_OF_DAY_OPENERS.contains(p.lemma(k - 1))) {
                return TimeValue.day(c.published);
            }
        }
        return new TimeValue(c.published.minusDays(1), c.published, DatePrecision.RANGE);
    }

    /** A past verb ("hit"), a perfect ("has killed") or a past passive ("were wounded"); not a present one. */
    private static boolean toldInThePast(Parse p, int verb) {
        for (int a : p.children(verb, "aux")) {
            if (p.lemma(a).equals("have")) return true;
            if (p.token(a).tag().equals("MD")) return false;
        }
        for (int a : p.children(verb, "aux:pass")) return p.token(a).tag().equals("VBD");
        String tag = p.token(verb).tag();
        return tag.equals("VBD") || (tag.startsWith("VB") && SAME_PAST.contains(p.token(verb).word().toLowerCase(Locale.ROOT)));
    }
}
