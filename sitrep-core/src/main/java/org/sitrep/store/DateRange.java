package org.sitrep.store;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import org.jspecify.annotations.Nullable;

/**
 * The days a record-format date covers, for filtering and for counting events in a window: {@code "2024-10-17"} is
 * one day, {@code "2024-10"} a month, {@code "2024"} a year, and an interval {@code "a/b"} runs from the first day
 * of {@code a} to the last day of {@code b}. An empty or {@code ".."} side of an interval (ISO 8601's open end)
 * gives a null bound, meaning unbounded. Both bounds are inclusive.
 */
public record DateRange(@Nullable LocalDate from, @Nullable LocalDate to) {
    public DateRange {
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("date range ends before it starts: " + from + "/" + to);
        }
    }

    /**
     * The range {@code date} covers, or null when it is null, blank or not a date this class reads: such an event
     * keeps its date in its record but matches no date filter, as an event with no date does.
     */
    public static @Nullable DateRange parse(@Nullable String date) {
        if (date == null || date.isBlank()) return null;
        try {
            int slash = date.indexOf('/');
            if (slash < 0) {
                LocalDate[] day = bounds(date.strip());
                return day == null ? null : new DateRange(day[0], day[1]);
            }
            String a = date.substring(0, slash).strip();
            String b = date.substring(slash + 1).strip();
            LocalDate[] first = bounds(a);
            LocalDate[] last = bounds(b);
            if ((first == null && !isOpen(a)) || (last == null && !isOpen(b))) return null;
            return new DateRange(first == null ? null : first[0], last == null ? null : last[1]);
        } catch (DateTimeException | IllegalArgumentException e) {
            return null;
        }
    }

    /** True when this range and [{@code since}, {@code until}] share a day; a null bound on either side is open. */
    public boolean overlaps(@Nullable LocalDate since, @Nullable LocalDate until) {
        boolean endsBefore = to != null && since != null && to.isBefore(since);
        boolean startsAfter = from != null && until != null && from.isAfter(until);
        return !endsBefore && !startsAfter;
    }

    private static boolean isOpen(String side) {
        return side.isEmpty() || side.equals("..");
    }

    private static LocalDate @Nullable [] bounds(String text) {
        switch (text.length()) {
            case 10:
                LocalDate day = LocalDate.parse(text);
                return new LocalDate[] {day, day};
            case 7:
                YearMonth month = YearMonth.parse(text);
                return new LocalDate[] {month.atDay(1), month.atEndOfMonth()};
            case 4:
                Year year = Year.parse(text);
                return new LocalDate[] {year.atDay(1), year.atMonth(12).atEndOfMonth()};
            default:
                return null;
        }
    }
}
