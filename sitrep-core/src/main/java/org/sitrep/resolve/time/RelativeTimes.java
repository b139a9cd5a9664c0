package org.sitrep.resolve.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.sitrep.model.DatePrecision;

/**
 * Resolves the fixed relative phrases of news ("yesterday", "overnight", "last week", "hours later") against the
 * publication date or, for phrases that follow the story ("hours later", "the day before"), against the previous
 * resolved time (the anchor: an earlier time of the same sentence, else of the report; unknown without one).
 * Pure functions.
 */
final class RelativeTimes {
    /** The phrases {@link #resolve} knows, longest first so that the regular expression prefers them. */
    /** The phrases of a night: before a report, the night that ends on its day. */
    private static final java.util.Set<String> NIGHTS = java.util.Set.of("overnight", "during the night", "in the night",
            "through the night", "over the past night", "during the past night", "in the past night", "over the last night",
            "during the last night", "in the last night");
    /** "over the past 24 hours", "during the last day": the day before the speaker spoke. */
    private static final java.util.regex.Pattern PAST_DAY = java.util.regex.Pattern.compile(
            "(?:during|in|over) the (?:past|last) (?:24 hours|twenty-four hours|day)");

    static final String PHRASES = "hours later|minutes later|a few hours later|hours earlier|minutes earlier"
            + "|(?:shortly )?after midnight|shortly after(?:wards)?|soon after(?:wards)?"
            + "|later that day|later in the day|earlier in the day|(?:on )?the same day|that day"
            + "|earlier today|today|this morning|this afternoon|this evening|tonight"
            + "|yesterday|last night|overnight|during the night|in the night|through the night"
            + "|(?:during|in|over) the (?:past|last) (?:24 hours|twenty-four hours|day|night)"
            + "|the previous night|the night before"
            + "|(?:over|at|during) the weekend|last weekend|this weekend"
            + "|last week|earlier this week|this week|the previous week|the week before|the following week|next week"
            + "|earlier this month|this month|last month|the previous month|earlier this year|this year|last year"
            + "|the previous day|the day before|a day earlier|the next day|the following day|a day later|the day after";

    private RelativeTimes() {
    }

    static TimeValue resolve(String phrase, @Nullable LocalDate pub, TimeValue anchor) {
        String w = phrase.toLowerCase(Locale.ROOT);
        if (anchor.isKnown()) {
            TimeValue byAnchor = fromAnchor(w, anchor, pub);
            if (byAnchor != null) return byAnchor;
        } else if (PAST_DAY.matcher(w).matches()) {
            // Without a time for the speaker, the past day is counted back from publication.
            return pub == null ? TimeValue.UNKNOWN : fromAnchor(w, TimeValue.day(pub), pub);
        }
        // A phrase that continues the story says nothing without a previous time ("hours later" opening a report).
        if (pub == null || isContinuation(w)) return TimeValue.UNKNOWN;
        TimeValue byPub = fromPublication(w, pub);
        return byPub != null ? byPub : TimeValue.UNKNOWN;
    }

    /**
     * As {@link #resolve}, in a sentence that steps back from the story ("Earlier, ..."): a night is the one before
     * the anchor's day when the anchor is a day before publication.
     */
    static TimeValue resolveEarlier(String phrase, @Nullable LocalDate pub, TimeValue anchor) {
        String w = phrase.toLowerCase(Locale.ROOT);
        if (NIGHTS.contains(w) && anchor.isKnown() && pub != null && anchor.from().isBefore(pub)) {
            return new TimeValue(anchor.from().minusDays(1), anchor.from(), DatePrecision.RANGE);
        }
        return resolve(phrase, pub, anchor);
    }

    private static boolean isContinuation(String w) {
        return fromAnchor(w, TimeValue.day(LocalDate.EPOCH), null) != null;
    }

    /** Phrases that continue the story: resolved from the previous time, or null when the phrase is not one. */
    private static @Nullable TimeValue fromAnchor(String w, TimeValue a, @Nullable LocalDate pub) {
        // Counted back from when the speaker spoke, which the anchor holds when the report gives it.
        if (PAST_DAY.matcher(w).matches()) return new TimeValue(a.to().minusDays(1), a.to(), DatePrecision.RANGE);
        switch (w) {
            case "hours later", "minutes later", "a few hours later", "shortly after", "shortly afterwards",
                 "soon after", "soon afterwards":
                // Hours after a late-evening event may fall on the next day.
                return new TimeValue(a.to(), a.to().plusDays(1), DatePrecision.RANGE);
            case "hours earlier", "minutes earlier":
                return new TimeValue(a.from().minusDays(1), a.from(), DatePrecision.RANGE);
            case "after midnight", "shortly after midnight": {
                // "shortly after midnight" after a night's events is the next day, never after publication.
                LocalDate d = a.to().plusDays(1);
                return TimeValue.day(pub != null && d.isAfter(pub) ? pub : d);
            }
            case "later that day", "later in the day", "earlier in the day", "the same day", "on the same day", "that day":
                return TimeValue.day(a.to());
            case "the previous day", "the day before", "a day earlier", "the previous night", "the night before":
                return TimeValue.day(a.from().minusDays(1));
            case "the next day", "the following day", "a day later", "the day after":
                return TimeValue.day(a.to().plusDays(1));
            case "the previous week", "the week before":
                return week(a.from().minusWeeks(1));
            case "the following week":
                return week(a.to().plusWeeks(1));
            case "the previous month": {
                LocalDate first = a.from().withDayOfMonth(1).minusMonths(1);
                return month(first);
            }
            default:
                return null;
        }
    }

    private static @Nullable TimeValue fromPublication(String w, LocalDate pub) {
        // The night before a report: both calendar days it spans.
        if (NIGHTS.contains(w)) return new TimeValue(pub.minusDays(1), pub, DatePrecision.RANGE);
        switch (w) {
            case "today", "earlier today", "this morning", "this afternoon", "this evening", "tonight":
                return TimeValue.day(pub);
            case "yesterday", "last night":
                return TimeValue.day(pub.minusDays(1));
            case "over the weekend", "at the weekend", "during the weekend", "last weekend", "this weekend": {
                // In a Saturday report the weekend so far is that day.
                if (pub.getDayOfWeek() == DayOfWeek.SATURDAY) return TimeValue.day(pub);
                LocalDate sunday = pub.with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY));
                return new TimeValue(sunday.minusDays(1), sunday, DatePrecision.RANGE);
            }
            case "last week":
                return week(pub.minusWeeks(1));
            case "this week", "earlier this week":
                return new TimeValue(pub.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), pub, DatePrecision.WEEK);
            case "next week":
                return week(pub.plusWeeks(1));
            case "earlier this month", "this month":
                return new TimeValue(pub.withDayOfMonth(1), pub, DatePrecision.MONTH);
            case "last month":
                return month(pub.withDayOfMonth(1).minusMonths(1));
            case "earlier this year", "this year":
                return new TimeValue(pub.withDayOfYear(1), pub, DatePrecision.YEAR);
            case "last year":
                return year(pub.getYear() - 1);
            default:
                return null;
        }
    }

    /** The Monday-to-Sunday week holding {@code d}. */
    static TimeValue week(LocalDate d) {
        LocalDate monday = d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return new TimeValue(monday, monday.plusDays(6), DatePrecision.WEEK);
    }

    static TimeValue month(LocalDate anyDay) {
        LocalDate first = anyDay.withDayOfMonth(1);
        return new TimeValue(first, first.with(TemporalAdjusters.lastDayOfMonth()), DatePrecision.MONTH);
    }

    static TimeValue year(int y) {
        return new TimeValue(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), DatePrecision.YEAR);
    }

    /** "two days ago" (from publication), "three days earlier" (from the anchor), in days, weeks, months or years. */
    static TimeValue counted(int n, String unit, String direction, @Nullable LocalDate pub, TimeValue anchor) {
        String dir = direction.toLowerCase(Locale.ROOT);
        boolean ago = dir.equals("ago");
        TimeValue a = ago ? (pub == null ? TimeValue.UNKNOWN : TimeValue.day(pub)) : anchor;
        if (!a.isKnown()) return TimeValue.UNKNOWN;
        boolean back = ago || dir.equals("earlier") || dir.equals("before");
        LocalDate base = back ? a.from() : a.to();
        int signed = back ? -n : n;
        String u = unit.toLowerCase(Locale.ROOT);
        if (u.startsWith("day")) return TimeValue.day(base.plusDays(signed));
        if (u.startsWith("week")) {
            // "a week ago" is about seven days back: a week-wide window around it.
            LocalDate d = base.plusWeeks(signed);
            return new TimeValue(d.minusDays(3), d.plusDays(3), DatePrecision.WEEK);
        }
        if (u.startsWith("month")) return month(base.plusMonths(signed));
        return year(base.plusYears(signed).getYear());
    }
}
