package org.sitrep.model;

/** Which event a mention of a report was merged into, for the store's mentions table. */
public record MentionLink(String mention, String report, String event, int sentence, Evidence trigger, EventType type) {
}
