package org.sitrep.spark;

import java.util.List;
import org.sitrep.extract.EventMention;

/**
 * The mentions of one report that are merged under one {@link MergeKey}: those placed in its country and window,
 * then those without a place that, merged within their report, joined an event of this key (an event needs a
 * place, and a mention without one only adds to an event of its own report). Crosses the shuffle as JSON.
 * {@code source} names the report as the CSV's {@code source} column does: outlet, else URL, else id.
 */
record MentionBatch(String order, String report, String source, List<EventMention> placed,
                    List<EventMention> placeless) {
    MentionBatch {
        placed = List.copyOf(placed);
        placeless = List.copyOf(placeless);
    }
}
