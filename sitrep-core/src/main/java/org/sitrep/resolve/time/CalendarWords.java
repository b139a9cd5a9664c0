package org.sitrep.resolve.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The words of the calendar as reports write them (month and weekday names and their abbreviations, small
 * numbers in words) and the rules that place a date without a year. Pure functions; no state.
 */
final class CalendarWords {
    /** Month names, capitalised as news writes them: "may" and "march" in lower case are other words. */
    static final String MONTH = "(?-i:(January|February|March|April|May|June|July|August|September|October|November|December"
            + "|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?))";
    static final String WEEKDAY = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    /** Weekdays with the abbreviations of liveblog stamps and datelines ("Fri 2 Feb"); only in front of a date. */
    static final String WEEKDAY_ANY = "(?-i:(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
            + "|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun))\\.?";
    static final String NUMBER = "(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,2})";

    /** A month-day is read in the publication year unless that puts it more than this after publication. */
    static final int FUTURE_TOLERANCE_DAYS = 7;

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12));
    private static final Map<String, DayOfWeek> WEEKDAYS = Map.of("mon", DayOfWeek.MONDAY, "tue", DayOfWeek.TUESDAY,
            "wed", DayOfWeek.WEDNESDAY, "thu", DayOfWeek.THURSDAY, "fri", DayOfWeek.FRIDAY, "sat", DayOfWeek.SATURDAY,
            "sun", DayOfWeek.SUNDAY);
    private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("a", 1), Map.entry("an", 1),
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12));

    private CalendarWords() {
    }

    static int month(String name) {
        Integer m = MONTHS.get(name.toLowerCase(Locale.ROOT).substring(0, 3));
        if (m == null) throw new IllegalArgumentException("month " + name);
        return m;
    }

    static DayOfWeek weekday(String name) {
        DayOfWeek d = WEEKDAYS.get(name.toLowerCase(Locale.ROOT).substring(0, 3));
        if (d == null) throw new IllegalArgumentException("weekday " + name);
        return d;
    }

    static int number(String word) {
        Integer n = NUMBERS.get(word.toLowerCase(Locale.ROOT));
        return n != null ? n : Integer.parseInt(word);
    }

    static @Nullable Integer year(@Nullable String s) {
        return s == null ? null : Integer.valueOf(s);
    }

    /**
     * A month and day in the given year, or else in the publication year, or the year before when that would put
     * it more than a week after publication (a January report's "December 28" is last year's).
     */
    static @Nullable LocalDate monthDay(int month, int day, @Nullable Integer year, @Nullable LocalDate pub) {
        if (year != null) return LocalDate.of(year, month, day);
        if (pub == null) return null;
        LocalDate d = LocalDate.of(pub.getYear(), month, day);
        if (d.isAfter(pub.plusDays(FUTURE_TOLERANCE_DAYS))) return d.minusYears(1);
        // A December report's "January 2" within the tolerance is next year's only if that is still near.
        LocalDate next = d.plusYears(1);
        return !next.isAfter(pub.plusDays(FUTURE_TOLERANCE_DAYS)) ? next : d;
    }

    /** The latest day with this weekday on or before {@code pub}: "on Friday" in a Friday report is that day. */
    static LocalDate weekdayOnOrBefore(LocalDate pub, DayOfWeek d) {
        return pub.with(TemporalAdjusters.previousOrSame(d));
    }

    /** The latest month of this number not after publication's month ("in September" in a May report is last year's). */
    static int yearOfMonth(int month, LocalDate pub) {
        return month > pub.getMonthValue() ? pub.getYear() - 1 : pub.getYear();
    }
}
