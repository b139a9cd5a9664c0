package org.sitrep.model;

/** A dependency edge between token indices of one sentence; the root's governor is -1. */
public record Dependency(int governor, int dependent, String relation) {
}
