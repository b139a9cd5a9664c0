package org.sitrep.resolve.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Phrase;
import org.sitrep.model.Sentence;

/**
 * Finds time expressions in a sentence and resolves them against the publication date and, for "hours later"
 * and the like, against the previous resolved time of the report (the anchor).
 *
 * <p>Rules: a weekday is the latest such day on or before publication ("on Friday" in a Friday report is that
 * day; "on Monday" is four days earlier); "late"/"early" and "night"/"morning" qualify the day without moving
 * it. A month-day without a year takes the publication year, or the year before when that would put it more
 * than a week after publication. "between October 17 and 26" and "from ... to ..." are ranges; "since X" runs to
 * publication. "hours later" is the anchor's day and the next. Without a publication date only dates with a year
 * resolve. Immutable; thread-safe.
 */
public final class TimeResolver {
    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October|November|December"
            + "|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";
    private static final String WEEKDAY = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    private static final String YEAR = "(?:,?\\s+(\\d{4}))?";
    private static final int F = Pattern.CASE_INSENSITIVE;

    private static final Pattern RANGE_MD = Pattern.compile(
            "\\b(?:between|from)\\s+" + MONTH + "\\s+(\\d{1,2})" + YEAR + "\\s+(?:and|to|until|-)\\s+(?:" + MONTH + "\\s+)?(\\d{1,2})" + YEAR + "\\b", F);
    private static final Pattern RANGE_DM = Pattern.compile(
            "\\b(?:between|from)\\s+(\\d{1,2})\\s+(?:" + MONTH + "\\s+)?(?:and|to|until|-)\\s+(\\d{1,2})\\s+" + MONTH + YEAR + "\\b", F);
    private static final Pattern SINCE_MD = Pattern.compile("\\bsince\\s+" + MONTH + "\\s+(\\d{1,2})" + YEAR + "\\b", F);
    private static final Pattern MONTH_DAY = Pattern.compile("\\b(?:" + WEEKDAY + ",?\\s+)?" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?" + YEAR + "\\b", F);
    private static final Pattern DAY_MONTH = Pattern.compile("\\b(?:" + WEEKDAY + ",?\\s+)?(\\d{1,2})\\s+" + MONTH + YEAR + "\\b", F);
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    private static final Pattern WEEKDAY_EXPR = Pattern.compile(
            "\\b(?:(?:late|early|on)\\s+)?" + WEEKDAY + "(?:\\s+(?:night|morning|afternoon|evening))?\\b", F);
    private static final Pattern RELATIVE = Pattern.compile(
            "\\b(hours later|minutes later|shortly after(?:wards)?|later that day|the same day|earlier today|today|this morning|"
                    + "tonight|yesterday|last night|overnight|last week|this week|earlier this week|earlier this month|"
                    + "this month|last month|the previous day|the day before|a day earlier|the next day|the following day|a day later)\\b", F);
    private static final Pattern MONTH_ONLY = Pattern.compile("\\bin\\s+" + MONTH + "(?:\\s+(\\d{4}))?\\b", F);

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12));

    /** Time mentions of a sentence in text order, each resolved; {@code anchor} is the report's previous time. */
    public List<TimeMention> find(Sentence s, @Nullable LocalDate published, TimeValue anchor) {
        List<TimeMention> out = new ArrayList<>();
        String text = s.text();
        boolean[] taken = new boolean[text.length()];
        scan(RANGE_MD, s, taken, out, m -> {
            Integer y1 = year(m.group(3)), y2 = year(m.group(6));
            int m1 = month(m.group(1));
            int m2 = m.group(4) != null ? month(m.group(4)) : m1;
            LocalDate a = monthDay(m1, Integer.parseInt(m.group(2)), y1 != null ? y1 : y2, published);
            LocalDate b = monthDay(m2, Integer.parseInt(m.group(5)), y2 != null ? y2 : y1, published);
            return range(a, b);
        });
        scan(RANGE_DM, s, taken, out, m -> {
            int m2 = month(m.group(4));
            int m1 = m.group(2) != null ? month(m.group(2)) : m2;
            Integer y = year(m.group(5));
            return range(monthDay(m1, Integer.parseInt(m.group(1)), y, published),
                    monthDay(m2, Integer.parseInt(m.group(3)), y, published));
        });
        scan(SINCE_MD, s, taken, out, m -> {
            LocalDate a = monthDay(month(m.group(1)), Integer.parseInt(m.group(2)), year(m.group(3)), published);
            return a != null && published != null && !published.isBefore(a) ? new TimeValue(a, published, DatePrecision.RANGE) : TimeValue.UNKNOWN;
        });
        scan(ISO, s, taken, out, m -> TimeValue.day(LocalDate.of(Integer.parseInt(m.group(1)),
                Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)))));
        scan(MONTH_DAY, s, taken, out, m -> day(monthDay(month(m.group(2)), Integer.parseInt(m.group(3)), year(m.group(4)), published)));
        scan(DAY_MONTH, s, taken, out, m -> day(monthDay(month(m.group(3)), Integer.parseInt(m.group(2)), year(m.group(4)), published)));
        scan(WEEKDAY_EXPR, s, taken, out, m -> published == null ? TimeValue.UNKNOWN
                : TimeValue.day(published.with(TemporalAdjusters.previousOrSame(DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT))))));
        scan(RELATIVE, s, taken, out, m -> relative(m.group(1).toLowerCase(Locale.ROOT), published, anchor));
        scan(MONTH_ONLY, s, taken, out, m -> {
            Integer y = year(m.group(2));
            int mo = month(m.group(1));
            if (y == null && published == null) return TimeValue.UNKNOWN;
            int year = y != null ? y : (mo > published.getMonthValue() ? published.getYear() - 1 : published.getYear());
            LocalDate a = LocalDate.of(year, mo, 1);
            return new TimeValue(a, a.with(TemporalAdjusters.lastDayOfMonth()), DatePrecision.MONTH);
        });
        out.sort(Comparator.comparingInt(t -> t.phrase().start()));
        return out;
    }

    private interface Resolution {
        TimeValue apply(Matcher m);
    }

    private static void scan(Pattern p, Sentence s, boolean[] taken, List<TimeMention> out, Resolution r) {
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
            out.add(new TimeMention(new Phrase(m.group(), s.start() + m.start(), s.start() + m.end(), s.index()), v));
        }
    }

    private static TimeValue relative(String w, @Nullable LocalDate pub, TimeValue anchor) {
        switch (w) {
            case "hours later", "minutes later", "shortly after", "shortly afterwards":
                return anchor.isKnown() ? new TimeValue(anchor.to(), anchor.to().plusDays(1), DatePrecision.RANGE) : TimeValue.UNKNOWN;
            case "later that day", "the same day":
                return anchor.isKnown() ? TimeValue.day(anchor.to()) : TimeValue.UNKNOWN;
            case "the previous day", "the day before", "a day earlier":
                return anchor.isKnown() ? TimeValue.day(anchor.from().minusDays(1)) : TimeValue.UNKNOWN;
            case "the next day", "the following day", "a day later":
                return anchor.isKnown() ? TimeValue.day(anchor.to().plusDays(1)) : TimeValue.UNKNOWN;
            default:
                break;
        }
        if (pub == null) return TimeValue.UNKNOWN;
        switch (w) {
            case "today", "earlier today", "this morning", "tonight":
                return TimeValue.day(pub);
            case "yesterday", "last night":
                return TimeValue.day(pub.minusDays(1));
            case "overnight":
                return new TimeValue(pub.minusDays(1), pub, DatePrecision.RANGE);
            case "last week": {
                LocalDate monday = pub.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
                return new TimeValue(monday, monday.plusDays(6), DatePrecision.WEEK);
            }
            case "this week", "earlier this week":
                return new TimeValue(pub.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), pub, DatePrecision.WEEK);
            case "earlier this month", "this month":
                return new TimeValue(pub.withDayOfMonth(1), pub, DatePrecision.MONTH);
            case "last month": {
                LocalDate first = pub.withDayOfMonth(1).minusMonths(1);
                return new TimeValue(first, first.with(TemporalAdjusters.lastDayOfMonth()), DatePrecision.MONTH);
            }
            default:
                return TimeValue.UNKNOWN;
        }
    }

    private static TimeValue day(@Nullable LocalDate d) {
        return d == null ? TimeValue.UNKNOWN : TimeValue.day(d);
    }

    private static TimeValue range(@Nullable LocalDate a, @Nullable LocalDate b) {
        if (a == null || b == null) return TimeValue.UNKNOWN;
        if (b.isBefore(a)) b = b.plusYears(1); // "between December 28 and January 3"
        return new TimeValue(a, b, DatePrecision.RANGE);
    }

    private static @Nullable LocalDate monthDay(int month, int day, @Nullable Integer year, @Nullable LocalDate pub) {
        if (year != null) return LocalDate.of(year, month, day);
        if (pub == null) return null;
        LocalDate d = LocalDate.of(pub.getYear(), month, day);
        return d.isAfter(pub.plusDays(7)) ? d.minusYears(1) : d;
    }

    private static int month(String name) {
        Integer m = MONTHS.get(name.toLowerCase(Locale.ROOT).substring(0, 3));
        if (m == null) throw new IllegalArgumentException("month " + name);
        return m;
    }

    private static @Nullable Integer year(@Nullable String s) {
        return s == null ? null : Integer.valueOf(s);
    }
}
