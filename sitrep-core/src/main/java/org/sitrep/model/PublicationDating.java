package org.sitrep.model;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * How a report's publication date is known. {@code inferred} is true when the report stated none and Sitrep read
 * one from its text: {@code from}..{@code to} at {@code precision} (a day, a range of days, or a year range from
 * the tenure of the people it names), with {@code basis} saying why. {@code conflict} is set when the text
 * contradicts a stated date (a page dated a year before the events it reports); null when nothing does.
 */
public record PublicationDating(boolean inferred, @Nullable LocalDate from, @Nullable LocalDate to,
                                DatePrecision precision, String basis, @Nullable String conflict) {
    public static final PublicationDating UNSTATED = new PublicationDating(false, null, null, DatePrecision.UNKNOWN,
            "no publication date", null);

    public PublicationDating {
        if ((from == null) != (to == null)) throw new IllegalArgumentException("a dating needs both ends or neither");
        if (from != null && to.isBefore(from)) throw new IllegalArgumentException("dating ends before it starts");
        if (basis == null || basis.isBlank()) throw new IllegalArgumentException("basis is required");
    }

    /** A date the report's metadata (or the user) stated. */
    public static PublicationDating stated(LocalDate date) {
        return new PublicationDating(false, date, date, DatePrecision.DAY, "stated", null);
    }

    public PublicationDating withConflict(@Nullable String reason) {
        return new PublicationDating(inferred, from, to, precision, basis, reason);
    }

    /** The record format's form of the interval: "YYYY-MM-DD" or "from/to", null when unknown. */
    public @Nullable String iso() {
        if (from == null) return null;
        return from.equals(to) ? from.toString() : from + "/" + to;
    }
}
