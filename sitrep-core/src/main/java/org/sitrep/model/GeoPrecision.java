package org.sitrep.model;

/** ACLED-style place precision: 1 the named site or town, 2 near it or a district, 3 a province or wider. */
public enum GeoPrecision {
    SITE(1), NEAR(2), REGION(3);

    private final int code;

    GeoPrecision(int code) { this.code = code; }

    public int code() { return code; }

    /** The coarser of two precisions. */
    public GeoPrecision coarser(GeoPrecision other) { return code >= other.code ? this : other; }
}
