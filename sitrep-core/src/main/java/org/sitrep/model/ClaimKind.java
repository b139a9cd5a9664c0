package org.sitrep.model;

import java.util.Locale;

/**
 * What an assertion about an event says: the actor claims it, a side or official confirms it, or denies it; or, told
 * by the report, that the sides dispute it ("the army and the rebels blamed each other").
 */
public enum ClaimKind {
    CLAIM, CONFIRM, DENY, REPORT, DISPUTE;

    public String code() { return name().toLowerCase(Locale.ROOT); }
}
