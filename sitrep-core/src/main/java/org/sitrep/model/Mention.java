package org.sitrep.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One event mention in one report, with its roles as phrases of the text (extract's output; resolve turns the
 * phrases into actors, places and dates). {@code near} is true when the place is given as "near X".
 */
public record Mention(String id, String report, int sentence, Phrase trigger, EventType type, @Nullable String weapon,
                      @Nullable Phrase actor, @Nullable Phrase target, @Nullable Phrase place, boolean near,
                      @Nullable Phrase time, @Nullable Integer fatalities, @Nullable Integer injuries,
                      @Nullable String outcome, List<ClaimMention> claims, List<Phrase> support) {
    public Mention {
        claims = List.copyOf(claims);
        support = List.copyOf(support);
    }
}
