package org.sitrep.spark;

import java.io.Serializable;
import java.util.Map;

/**
 * An event merged within one key ({@code Event} as JSON): the order of the report that started it (which decides,
 * as in the embedded store, which of two events is the older), the window it was merged in, and the
 * {@code source} name of each of its reports, for the flattened {@code source} column.
 */
record MergedEvent(String firstOrder, String country, long window, String event, Map<String, String> sources)
        implements Serializable {
    MergedEvent {
        sources = Map.copyOf(sources);
    }
}
