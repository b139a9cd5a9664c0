package org.sitrep.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads a publication date as pages and feeds state it: an ISO date, an ISO date-time with or without offset
 * (the date is taken as written, i.e. in the outlet's own time zone), or an RFC 1123 date ("Fri, 27 Oct 2023
 * 10:00:00 GMT"). Anything else gives null: a missing date is better than a wrong one.
 */
final class PublishedDateParser {
    private static final Pattern ISO_DATE = Pattern.compile("^(\\d{4})-(\\d{1,2})-(\\d{1,2})(?=$|[T\\s])");

    private PublishedDateParser() {
    }

    static @Nullable LocalDate parse(@Nullable String value) {
        if (value == null) return null;
        String v = value.strip();
        Matcher m = ISO_DATE.matcher(v);
        try {
            if (m.find()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
            }
            return ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate();
        } catch (DateTimeException e) {
            return null;
        }
    }
}
