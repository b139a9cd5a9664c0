package org.sitrep.resolve.time;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The week a roundup covers, as its headline or lead states it ("Week 36 (2-8 September)", "WEEK IN REVIEW
 * (17-23 February 2025)"). A roundup published after that week tells its days by weekday: "on Monday" in a review
 * of 2-8 September published Monday 9 September is 2 September, the Monday of the week covered, not the day of
 * publication.
 */
public final class CoveredWeek {
    private static final Pattern SPAN = Pattern.compile("\\b(\\d{1,2})\\s*[-\u2013]\\s*(\\d{1,2})\\s+" + CalendarWords.MONTH
            + "(?:,?\\s+(\\d{4}))?\\b");

    private CoveredWeek() {
    }

    /**
     * The last day of a week-long span (six or seven days) the text states that ends within a week before
     * publication, or null: a weekday of the report is read as on or before that day.
     */
    public static @Nullable LocalDate end(@Nullable String text, @Nullable LocalDate published) {
        if (text == null || published == null) return null;
        Matcher m = SPAN.matcher(text);
        while (m.find()) {
            int d1 = Integer.parseInt(m.group(1)), d2 = Integer.parseInt(m.group(2));
            int month = CalendarWords.month(m.group(3));
            int year = m.group(4) != null ? Integer.parseInt(m.group(4)) : CalendarWords.yearOfMonth(month, published);
            if (d1 >= d2 || d2 > 31) continue;
            LocalDate from, to;
            try {
                from = LocalDate.of(year, month, d1);
                to = LocalDate.of(year, month, d2);
            } catch (java.time.DateTimeException e) {
                continue;
            }
            long span = ChronoUnit.DAYS.between(from, to) + 1;
            long before = ChronoUnit.DAYS.between(to, published);
            if (span >= 6 && span <= 7 && before >= 1 && before <= 7) return to;
        }
        return null;
    }
}
