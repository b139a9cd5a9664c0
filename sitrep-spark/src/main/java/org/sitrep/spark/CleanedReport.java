package org.sitrep.spark;

import java.io.Serializable;
import org.jspecify.annotations.Nullable;

/** A cleaned report ({@code Report} as JSON) with its input order, or the rejection of its input. */
record CleanedReport(String order, String source, @Nullable String id, @Nullable String report,
                     @Nullable String rejection) implements Serializable {
    /** The earlier of two reports with the same text, which the embedded store keeps (the later is "already stored"). */
    static CleanedReport first(CleanedReport a, CleanedReport b) {
        return a.order.compareTo(b.order) <= 0 ? a : b;
    }
}
