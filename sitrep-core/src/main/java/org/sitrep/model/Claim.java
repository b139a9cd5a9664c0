package org.sitrep.model;

import org.jspecify.annotations.Nullable;

/**
 * A dated assertion about an event: who claimed, confirmed or denied it, when, through which channel
 * ("Telegram", "statement", "press briefing"), and the evidence.
 */
public record Claim(ClaimKind kind, String by, @Nullable String byId, @Nullable String date,
                    @Nullable String channel, Evidence evidence) {
}
