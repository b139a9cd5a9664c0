package org.sitrep.model;

import java.time.Instant;

/** An input that a stage rejected, kept in the store so that it can be retried. */
public record Rejection(String input, String stage, String reason, Instant at) {
}
