package org.sitrep.model;

import org.jspecify.annotations.Nullable;

/** A claim, confirmation or denial as the text states it, before its speaker and date are resolved. */
public record ClaimMention(ClaimKind kind, Phrase speaker, @Nullable String channel, @Nullable Phrase time, Phrase cue) {
}
