package org.sitrep.spark;

import java.io.Serializable;

/**
 * Where a mention is merged: its country (ISO alpha-2) and its date window, the number of whole {@code windowDays}
 * periods from 1970-01-01 to the mention's first day. Events of two countries never merge (the merger asks for
 * both points in one country), so the country split is exact; the window split is not, and a second pass joins
 * events whose dates cross a window boundary ({@link BoundaryMerge}).
 */
record MergeKey(String country, long window) implements Serializable {
}
