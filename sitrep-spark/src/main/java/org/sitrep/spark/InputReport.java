package org.sitrep.spark;

import java.io.Serializable;
import org.jspecify.annotations.Nullable;

/**
 * One report as a reader found it, or one part of an input that could not be read. {@code order} sorts as the
 * embedded pipeline reads (by path, then by line or record offset) and decides which report of two with the same
 * text is kept and which event a mention joins first. {@code raw} is a {@code RawReport} as JSON; exactly one of
 * {@code raw} and {@code rejection} (the one-line reason, naming the input) is set.
 */
record InputReport(String order, String source, @Nullable String raw, @Nullable String rejection)
        implements Serializable {
    InputReport {
        if ((raw == null) == (rejection == null)) throw new IllegalArgumentException("raw or rejection, not both");
    }
}
