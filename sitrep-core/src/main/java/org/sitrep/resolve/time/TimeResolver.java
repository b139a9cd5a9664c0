package org.sitrep.resolve.time;

import static org.sitrep.resolve.time.CalendarWords.MONTH;
import static org.sitrep.resolve.time.CalendarWords.NUMBER;
import static org.sitrep.resolve.time.CalendarWords.WEEKDAY;
import static org.sitrep.resolve.time.CalendarWords.WEEKDAY_ANY;
import static org.sitrep.resolve.time.CalendarWords.month;
import static org.sitrep.resolve.time.CalendarWords.monthDay;
import static org.sitrep.resolve.time.CalendarWords.weekday;
import static org.sitrep.resolve.time.CalendarWords.weekdayOnOrBefore;
import static org.sitrep.resolve.time.CalendarWords.year;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Phrase;
import org.sitrep.model.Sentence;
import org.sitrep.resolve.time.TimeMention.Kind;

/**
 * Finds time expressions in a sentence and resolves them against the publication date and, for "hours later"
 * and the like, against the previous resolved time of the report (the anchor).
 *
 * <p>Rules: a weekday is the latest such day on or before publication ("on Friday" in a Friday report is that
 * day; "on Monday" is four days earlier; "last Friday" is never the publication day); "late"/"early" and
 * "night"/"morning" qualify the day without moving it. A month-day without a year takes the publication year,
 * or the year before when that would put it more than a week after publication. "between October 17 and 26",
 * "from ... to ..." and "on Sunday and Monday" are ranges; "since October 17" runs to publication; a month alone
 * is the latest such month not after publication; "in 2014" is a year. "overnight" and "during the night" are
 * the night before publication (both days). Relative phrases are in {@link RelativeTimes}. A liveblog stamp
 * ("Fri 2 Feb, 21:05 GMT", "06:58 -") is the day it names, or the publication day. Without a publication date only
 * dates with a year resolve. Patterns are tried in the order below; a later one never takes text an earlier one
 * took. Immutable; thread-safe.
 */
public final class TimeResolver {
    private static final String YEAR = "(?:,?\\s+(\\d{4}))?";
    private static final String ORD = "(?:st|nd|rd|th)?";
    private static final int F = Pattern.CASE_INSENSITIVE;

    private static final Pattern RANGE_MD = Pattern.compile("\\b(?:between|from)\\s+" + MONTH + "\\s+(\\d{1,2})" + ORD + YEAR
            + "\\s+(?:and|to|until|through|-|\u2013)\\s+(?:" + MONTH + "\\s+)?(\\d{1,2})" + ORD + YEAR + "\\b", F);
    /** Also a night told by its two days ("on the night of 15 to 16 March", "the night of 9/10 March"). */
    private static final Pattern RANGE_DM = Pattern.compile("\\b(?:between|from|night\\s+of)\\s+(\\d{1,2})" + ORD + "(?:\\s+(?:of\\s+)?"
            + MONTH + ")?(?:\\s+(?:and|to|until|through|into)\\s+|\\s*[-\u2013/]\\s*)(\\d{1,2})" + ORD + "\\s+(?:of\\s+)?" + MONTH + YEAR
            + "\\b", F);
    private static final String CLOCK = "\\d{1,2}[:.]?\\d{2}(?:\\s*(?:hrs|hours|[ap]\\.?m\\.?))?(?:\\s+[\\p{L}.]+){0,3}?\\s+(?:on\\s+)?";
    /** "from 23:00 Moscow time on 12 September to 07:00 on 13 September": the days the two clock times fall on. */
    private static final Pattern CLOCK_RANGE = Pattern.compile("\\bfrom\\s+" + CLOCK + "(\\d{1,2})" + ORD + "\\s+(?:of\\s+)?" + MONTH + YEAR
            + "\\s+(?:to|until|till)\\s+" + CLOCK + "(\\d{1,2})" + ORD + "\\s+(?:of\\s+)?" + MONTH + YEAR + "\\b", F);
    /** Also a night told by its two weekdays ("during the night of Saturday to Sunday"), which no "overnight" reads. */
    private static final Pattern RANGE_WD = Pattern.compile("\\b(?:(?:between|from|(?:(?:during|on|in|over)\\s+)?the\\s+night\\s+of)\\s+)?(?:on\\s+)?" + WEEKDAY
            + "(?:\\s+(?:night|evening))?\\s+(?:and|to|until|through|into)\\s+(?:early\\s+)?" + WEEKDAY + "\\b", F);
    private static final Pattern OVERNIGHT_WD = Pattern.compile("\\b(?:overnight|during the night)\\s+(?:(?:on|of)\\s+)?(into\\s+)?"
            + WEEKDAY + "\\b", F);
    private static final Pattern SINCE = Pattern.compile("\\bsince\\s+(?:" + MONTH + "\\s+(\\d{1,2})" + ORD + "|(\\d{1,2})" + ORD
            + "\\s+(?:of\\s+)?" + MONTH + ")" + YEAR + "\\b", F);
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    /** Day-first numeric dates with a full year ("7-8-2024", "07.08.2024"), as Arabic and European sources write. */
    private static final Pattern NUMERIC_DMY = Pattern.compile("\\b(\\d{1,2})[.-](\\d{1,2})[.-](\\d{4})\\b");
    private static final Pattern MONTH_DAY = Pattern.compile("\\b(?:" + WEEKDAY_ANY + ",?\\s+)?" + MONTH + "\\s+(\\d{1,2})" + ORD
            + YEAR + "\\b", F);
    private static final Pattern DAY_MONTH = Pattern.compile("\\b(?:" + WEEKDAY_ANY + ",?\\s+)?(?:the\\s+)?(\\d{1,2})" + ORD
            + "\\s+(?:of\\s+)?" + MONTH + YEAR + "\\b", F);
    /** A liveblog entry that opens with its time alone ("06:58 -", "21:50 \u2014"): the entry is of the day of the page. */
    private static final Pattern STAMP = Pattern.compile("^\\s*([01]?\\d|2[0-3])[:.]([0-5]\\d)(?:\\s*(?:GMT|UTC|BST|CET|CEST|EET|EEST|local))?"
            + "\\s*[-\u2013\u2014|:]", F);
    /**
     * A liveblog entry whose page set its time apart (a span the cleaner leaves as "22:40 Police say..."): a clock time
     * with a colon, then a capitalised word or a quote. Case-sensitive, so "10:30 a.m." or a ratio is no stamp.
     */
    private static final Pattern STAMP_BARE = Pattern.compile("^\\s*([01]?\\d|2[0-3]):([0-5]\\d)(?:\\s*(?:GMT|UTC|BST|CET|CEST|EET|EEST))?"
            + "\\s+(?=[\"\u201c\\p{Lu}])");
    private static final Pattern MONTH_PART = Pattern.compile("\\b(?:in\\s+)?(?:(?:early|mid|late)[\\s-]+|the\\s+(?:end|beginning|start|middle)\\s+of\\s+)"
            + MONTH + "(?:\\s+(\\d{4}))?\\b", F);
    private static final Pattern WEEKDAY_EXPR = Pattern.compile("\\b(?:(?:late|early|earlier|later)\\s+)?(?:on\\s+)?(?:(last|next|this)\\s+)?"
            + WEEKDAY + "(?:\\s+(?:night|morning|afternoon|evening))?(?:\\s+(last|next)\\s+week)?\\b", F);
    private static final Pattern COUNTED = Pattern.compile("\\b" + NUMBER + "\\s+(days?|weeks?|months?|years?)\\s+"
            // "three days after the group set a ship on fire" ties two events, not a date to the anchor.
            + "(ago|earlier|later|before(?=\\s*(?:[.,;]|$))|after(?=\\s*(?:[.,;]|$)))", F);
    private static final Pattern RELATIVE = Pattern.compile("\\b(" + RelativeTimes.PHRASES + ")\\b", F);
    private static final Pattern MONTH_ONLY = Pattern.compile("\\b(in|since|during|by|until|last|this|of|from)\\s+" + MONTH
            + "(?:\\s+(\\d{4}))?(?:\\s+(last|this)\\s+year)?\\b", F);
    private static final Pattern YEAR_ONLY = Pattern.compile("\\b(?:in|since|during|by|until|of|from|early|late|mid)[\\s-]+(?:(?:early|late|mid)[\\s-]+)?"
            + "(19[5-9]\\d|20\\d\\d)\\b(?!\\s*[-/]\\d)", F);

    /**
     * A sentence that opens by stepping back ("Earlier, ...", "Before that, ...") tells what happened before the
     * story's previous time, so its "overnight" is the night before that time, not before publication.
     */
    private static final Pattern EARLIER_LEAD = Pattern.compile("\\s*(?:earlier|before that|prior to that)\\s*,", F);

    /** Time mentions of a sentence in text order, each resolved; {@code anchor} is the report's previous time. */
    public List<TimeMention> find(Sentence s, @Nullable LocalDate published, TimeValue anchor) {
        return find(s, published, anchor, null);
    }

    /**
     * As {@link #find(Sentence, LocalDate, TimeValue)}, with a bare weekday read as on or before {@code weekdaysBy}
     * when given: the last day of the week a roundup covers ({@link CoveredWeek}).
     */
    public List<TimeMention> find(Sentence s, @Nullable LocalDate published, TimeValue anchor, @Nullable LocalDate weekdaysBy) {
        List<TimeMention> out = new ArrayList<>();
        boolean[] taken = new boolean[s.text().length()];
        LocalDate pub = published;
        scan(RANGE_MD, years(3, 6), s, taken, out, m -> {
            int m1 = month(m.group(1));
            int m2 = m.group(4) != null ? month(m.group(4)) : m1;
            return range(m1, Integer.parseInt(m.group(2)), year(m.group(3)), m2, Integer.parseInt(m.group(5)),
                    year(m.group(6)), pub);
        });
        scan(RANGE_DM, years(5), s, taken, out, m -> {
            int m2 = month(m.group(4));
            int d1 = Integer.parseInt(m.group(1)), d2 = Integer.parseInt(m.group(3));
            // "the night of 31 March to 1 April" written "the night of 31 to 1 April": the first day is of the month before.
            int m1 = m.group(2) != null ? month(m.group(2)) : d1 > d2 ? (m2 == 1 ? 12 : m2 - 1) : m2;
            return range(m1, d1, null, m2, d2, year(m.group(5)), pub);
        });
        scan(CLOCK_RANGE, years(3, 6), s, taken, out, m -> range(month(m.group(2)), Integer.parseInt(m.group(1)), year(m.group(3)),
                month(m.group(5)), Integer.parseInt(m.group(4)), year(m.group(6)), pub));
        scan(SINCE, fixed(Kind.SINCE), s, taken, out, m -> {
            boolean md = m.group(1) != null;
            LocalDate a = monthDay(month(md ? m.group(1) : m.group(4)), Integer.parseInt(md ? m.group(2) : m.group(3)),
                    year(m.group(5)), pub);
            return a != null && pub != null && !pub.isBefore(a) ? new TimeValue(a, pub, DatePrecision.RANGE) : TimeValue.UNKNOWN;
        });
        scan(ISO, fixed(Kind.DATE), s, taken, out, m -> TimeValue.day(LocalDate.of(Integer.parseInt(m.group(1)),
                Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)))));
        scan(NUMERIC_DMY, fixed(Kind.DATE), s, taken, out, m -> TimeValue.day(LocalDate.of(Integer.parseInt(m.group(3)),
                Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)))));
        scan(MONTH_DAY, years(4), s, taken, out, m -> day(monthDay(month(m.group(2)), Integer.parseInt(m.group(3)), year(m.group(4)), pub)));
        scan(DAY_MONTH, years(4), s, taken, out, m -> day(monthDay(month(m.group(3)), Integer.parseInt(m.group(2)), year(m.group(4)), pub)));
        scan(RANGE_WD, fixed(Kind.WEEKDAY), s, taken, out, m -> {
            if (pub == null) return TimeValue.UNKNOWN;
            LocalDate b = weekdayOnOrBefore(pub, weekday(m.group(2)));
            LocalDate a = b.with(TemporalAdjusters.previous(weekday(m.group(1))));
            return new TimeValue(a, b, DatePrecision.RANGE);
        });
        scan(OVERNIGHT_WD, fixed(Kind.WEEKDAY), s, taken, out, m -> {
            if (pub == null) return TimeValue.UNKNOWN;
            LocalDate d = weekdayOnOrBefore(pub, weekday(m.group(2)));
            // "overnight into Friday" ends on Friday; "overnight Thursday" is Thursday night, unless that night has
            // not ended by publication, when the night leading into Thursday is meant.
            boolean into = m.group(1) != null || d.plusDays(1).isAfter(pub);
            return into ? new TimeValue(d.minusDays(1), d, DatePrecision.RANGE) : new TimeValue(d, d.plusDays(1), DatePrecision.RANGE);
        });
        scan(STAMP, fixed(Kind.STAMP), s, taken, out, m -> pub == null ? TimeValue.UNKNOWN : TimeValue.day(pub));
        scan(STAMP_BARE, fixed(Kind.STAMP), s, taken, out, m -> pub == null ? TimeValue.UNKNOWN : TimeValue.day(pub));
        scan(MONTH_PART, fixed(Kind.MONTH), s, taken, out, m -> monthOf(month(m.group(1)), year(m.group(2)), pub));
        scan(WEEKDAY_EXPR, fixed(Kind.WEEKDAY), s, taken, out, m -> pub == null ? TimeValue.UNKNOWN : weekdayValue(m.group(1), weekday(m.group(2)), m.group(3), pub,
                weekdaysBy != null && weekdaysBy.isBefore(pub) ? weekdaysBy : pub));
        scan(MONTH_ONLY, fixed(Kind.MONTH), s, taken, out, m -> {
            Integer y = year(m.group(3));
            String rel = m.group(4) != null ? m.group(4) : m.group(1);
            int mo = month(m.group(2));
            if (y == null && pub != null && rel.equalsIgnoreCase("last")) {
                // "in January last year"; "last September" is the latest September before this month.
                y = m.group(4) != null ? pub.getYear() - 1 : mo >= pub.getMonthValue() ? pub.getYear() - 1 : pub.getYear();
            } else if (y == null && pub != null && rel.equalsIgnoreCase("this")) {
                y = pub.getYear();
            }
            return monthOf(mo, y, pub);
        });
        scan(COUNTED, fixed(Kind.RELATIVE), s, taken, out, m -> RelativeTimes.counted(CalendarWords.number(m.group(1)), m.group(2), m.group(3), pub,
                anchorBefore(out, s.start() + m.start(), anchor)));
        boolean told = EARLIER_LEAD.matcher(s.text()).lookingAt();
        scan(RELATIVE, fixed(Kind.RELATIVE), s, taken, out, m -> {
            TimeValue a = anchorBefore(out, s.start() + m.start(), anchor);
            return told ? RelativeTimes.resolveEarlier(m.group(1), pub, a) : RelativeTimes.resolve(m.group(1), pub, a);
        });
        scan(YEAR_ONLY, fixed(Kind.YEAR), s, taken, out, m -> RelativeTimes.year(Integer.parseInt(m.group(1))));
        out.sort(Comparator.comparingInt(t -> t.phrase().start()));
        return out;
    }

    private interface Resolution {
        TimeValue apply(Matcher m);
    }

    private interface Classifier {
        Kind kind(Matcher m);
    }

    private static Classifier fixed(Kind k) {
        return m -> k;
    }

    /** A stated date whose year is in one of these groups, when present. */
    private static Classifier years(int... groups) {
        return m -> {
            for (int g : groups) if (m.group(g) != null) return Kind.DATE;
            return Kind.DATE_NO_YEAR;
        };
    }

    private static void scan(Pattern p, Classifier kind, Sentence s, boolean[] taken, List<TimeMention> out, Resolution r) {
        Matcher m = p.matcher(s.text());
        while (m.find()) {
            boolean free = true;
            for (int i = m.start(); i < m.end(); i++) if (taken[i]) { free = false; break; }
            if (!free) continue;
            TimeValue v;
            try {
                v = r.apply(m);
            } catch (java.time.DateTimeException | IllegalArgumentException e) {
                continue; // "February 30", a range that ends before it starts: not a date
            }
            for (int i = m.start(); i < m.end(); i++) taken[i] = true;
            out.add(new TimeMention(new Phrase(m.group(), s.start() + m.start(), s.start() + m.end(), s.index()), v, kind.kind(m)));
        }
    }

    /** "on Tuesday morning and, a few hours later, ...": an earlier time of the sentence is the anchor. */
    private static TimeValue anchorBefore(List<TimeMention> found, int offset, TimeValue anchor) {
        TimeMention best = null;
        for (TimeMention t : found) {
            if (t.value().isKnown() && t.phrase().end() <= offset && (best == null || t.phrase().start() > best.phrase().start())) best = t;
        }
        return best != null ? best.value() : anchor;
    }

    private static TimeValue weekdayValue(@Nullable String qualifier, DayOfWeek d, @Nullable String week, LocalDate pub,
                                          LocalDate bareBy) {
        // "on Tuesday last week": that weekday of the calendar week before the publication's (Monday to Sunday).
        if (week != null) {
            LocalDate monday = pub.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            int shift = week.equalsIgnoreCase("last") ? -7 : 7;
            return TimeValue.day(monday.plusDays(shift + d.getValue() - 1L));
        }
        String q = qualifier == null ? "" : qualifier.toLowerCase(Locale.ROOT);
        return switch (q) {
            // "last Friday" in a Friday report is a week ago, never the day itself.
            case "last" -> TimeValue.day(pub.with(TemporalAdjusters.previous(d)));
            case "next" -> TimeValue.day(pub.with(TemporalAdjusters.next(d)));
            default -> TimeValue.day(weekdayOnOrBefore(bareBy, d));
        };
    }

    private static TimeValue monthOf(int month, @Nullable Integer year, @Nullable LocalDate pub) {
        if (year == null && pub == null) return TimeValue.UNKNOWN;
        int y = year != null ? year : CalendarWords.yearOfMonth(month, pub);
        return RelativeTimes.month(LocalDate.of(y, month, 1));
    }

    private static TimeValue day(@Nullable LocalDate d) {
        return d == null ? TimeValue.UNKNOWN : TimeValue.day(d);
    }

    /**
     * A range of two month-days. The end places the range when it has a year or neither has; the start then takes
     * the end's year, or the year before ("between December 28 and January 3" in a January report).
     */
    private static TimeValue range(int m1, int d1, @Nullable Integer y1, int m2, int d2, @Nullable Integer y2,
                                   @Nullable LocalDate pub) {
        if (y1 != null && y2 == null) {
            LocalDate a = LocalDate.of(y1, m1, d1), b = LocalDate.of(y1, m2, d2);
            return new TimeValue(a, b.isBefore(a) ? b.plusYears(1) : b, DatePrecision.RANGE);
        }
        LocalDate b = monthDay(m2, d2, y2, pub);
        if (b == null) return TimeValue.UNKNOWN;
        LocalDate a = LocalDate.of(b.getYear(), m1, d1);
        return new TimeValue(a.isAfter(b) ? a.minusYears(1) : a, b, DatePrecision.RANGE);
    }
}
