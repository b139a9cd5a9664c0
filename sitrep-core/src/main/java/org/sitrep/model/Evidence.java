package org.sitrep.model;

/**
 * Where a field comes from: {@code text} equals the cleaned text of {@code report} between {@code start} and
 * {@code end}; {@code sentence} is the sentence index in that report; {@code field} names what it supports
 * ("trigger", "actor1", "place", "date", "claim", ...).
 */
public record Evidence(String report, int sentence, int start, int end, String text, String field) {
    public Evidence {
        if (start < 0 || end < start) throw new IllegalArgumentException("bad evidence span " + start + ".." + end);
    }
}
