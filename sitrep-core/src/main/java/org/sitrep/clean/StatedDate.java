package org.sitrep.clean;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A full date (day, month and year) as a dateline or a report's top line states it: "April 8, 2025", "Oct. 17, 2025",
 * "13 September 2025", "Wednesday 14 May 2025", "Moscow, 13 September 2025". Wires file under the day they write, so
 * such a date is the report's own. A date without a year ("March 3") is none: its year is a guess. Pure function.
 */
final class StatedDate {
    private static final Pattern DATE = Pattern.compile(
            "(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\\s+)?"
                    + "(?<date>\\d{1,2}\\s+\\p{Lu}\\p{Ll}+\\.?\\s+\\d{4}|\\p{Lu}\\p{Ll}+\\.?\\s+\\d{1,2},?\\s+\\d{4})\\s*$");
    /** The top line may name its place before the date, and no more: "Moscow, 13 September 2025". */
    private static final Pattern TOP_LINE = Pattern.compile("^(?:[\\p{L}' .-]{2,40},\\s*)?(?<rest>.{8,40})$");
    private static final List<DateTimeFormatter> FORMATS = List.of(format("d MMMM uuuu"), format("d MMM uuuu"),
            format("MMMM d uuuu"), format("MMM d uuuu"));

    private StatedDate() {
    }

    /** The date a dateline's comma part ("April 8, 2025", "Ukraine, March 3") states, or null. */
    static @Nullable LocalDate of(@Nullable String text) {
        if (text == null) return null;
        Matcher m = DATE.matcher(text.strip());
        if (!m.find()) return null;
        // "Oct. 17, 2025" and "Sept. 3, 2025" as the formats read them: no full stop, no comma, "Sep".
        String d = m.group("date").replace(".", "").replace(",", "").replaceAll("\\s+", " ").replace("Sept ", "Sep ");
        for (DateTimeFormatter f : FORMATS) {
            try {
                return LocalDate.parse(d, f);
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return null;
    }

    /** The date a short top line is made of ("Moscow, 13 September 2025", "Wednesday 14 May 2025"), or null. */
    static @Nullable LocalDate line(String paragraph) {
        Matcher m = TOP_LINE.matcher(paragraph.strip());
        if (!m.matches()) return null;
        Matcher d = DATE.matcher(m.group("rest"));
        return d.lookingAt() ? of(m.group("rest")) : null;
    }

    private static DateTimeFormatter format(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(Locale.ENGLISH)
                .withResolverStyle(ResolverStyle.STRICT);
    }
}
