package org.sitrep.store;

import java.time.Instant;
import org.sitrep.model.MentionLink;

/** One step of an event's history: a mention of a report merged into it, and when that report was stored. */
public record MentionHistory(Instant ingestedAt, MentionLink mention) {
}
