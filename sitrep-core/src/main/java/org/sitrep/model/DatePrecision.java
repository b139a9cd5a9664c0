package org.sitrep.model;

import java.util.Locale;

/** How precisely a date is known, as in the record format. */
public enum DatePrecision {
    DAY, RANGE, WEEK, MONTH, YEAR, UNKNOWN;

    public String code() { return name().toLowerCase(Locale.ROOT); }
}
