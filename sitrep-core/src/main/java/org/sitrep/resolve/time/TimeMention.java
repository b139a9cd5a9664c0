package org.sitrep.resolve.time;

import org.sitrep.model.Phrase;

/**
 * A time expression found in a sentence, its resolved value, and the kind of expression it is (which tells the
 * publication-date inference a stated date from one read relative to publication).
 */
public record TimeMention(Phrase phrase, TimeValue value, Kind kind) {
    /** The kinds of time expression. */
    public enum Kind {
        /** A day or range with its year stated ("October 26, 2023", "2023-10-26"). */
        DATE,
        /** A day or range without a year ("October 26", "between October 17 and 26"). */
        DATE_NO_YEAR,
        /** "since October 17": from a day to publication. */
        SINCE,
        /** A weekday, a weekday range or a night named by its weekday. */
        WEEKDAY,
        /** A liveblog entry's time stamp. */
        STAMP,
        /** A month ("in September", "last month" is {@link #RELATIVE}). */
        MONTH,
        /** A year ("in 2014"). */
        YEAR,
        /** Relative to publication or to the previous time ("yesterday", "hours later", "two days ago"). */
        RELATIVE
    }
}
