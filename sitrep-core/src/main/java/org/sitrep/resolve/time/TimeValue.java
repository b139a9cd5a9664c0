package org.sitrep.resolve.time;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.sitrep.model.DatePrecision;

/** A resolved date: a day, or an interval from..to with its precision, or unknown (both null). */
public record TimeValue(@Nullable LocalDate from, @Nullable LocalDate to, DatePrecision precision) {
    public static final TimeValue UNKNOWN = new TimeValue(null, null, DatePrecision.UNKNOWN);

    public TimeValue {
        if ((from == null) != (to == null)) throw new IllegalArgumentException("an interval needs both ends");
        if (from != null && to.isBefore(from)) throw new IllegalArgumentException("interval ends before it starts");
    }

    public static TimeValue day(LocalDate d) {
        return new TimeValue(d, d, DatePrecision.DAY);
    }

    public boolean isKnown() { return from != null; }

    /** Days from the first to the last day: 0 for a day, 1 for "overnight"; only for a known value. */
    public long spanDays() { return to.toEpochDay() - from.toEpochDay(); }

    /** The record format's date: "YYYY-MM-DD" for a day, "from/to" for an interval, null when unknown. */
    public @Nullable String iso() {
        if (from == null) return null;
        return from.equals(to) ? from.toString() : from + "/" + to;
    }

    public boolean overlaps(TimeValue other) {
        if (!isKnown() || !other.isKnown()) return true;
        return !from.isAfter(other.to) && !other.from.isAfter(to);
    }

    /** Whether every day of the other, known, value is one of this known value's days. */
    public boolean contains(TimeValue other) {
        return isKnown() && other.isKnown() && !other.from.isBefore(from) && !other.to.isAfter(to);
    }

    /** Parses {@link #iso()} back; precision day for a single date, range for an interval. */
    public static TimeValue parse(@Nullable String iso, DatePrecision precision) {
        if (iso == null) return UNKNOWN;
        int slash = iso.indexOf('/');
        if (slash < 0) return new TimeValue(LocalDate.parse(iso), LocalDate.parse(iso), precision);
        return new TimeValue(LocalDate.parse(iso.substring(0, slash)), LocalDate.parse(iso.substring(slash + 1)), precision);
    }
}
