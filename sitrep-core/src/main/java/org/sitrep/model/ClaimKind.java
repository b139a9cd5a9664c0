package org.sitrep.model;

import java.util.Locale;

/** What an assertion about an event says: the actor claims it, a side or official confirms it, or denies it. */
public enum ClaimKind {
    CLAIM, CONFIRM, DENY, REPORT;

    public String code() { return name().toLowerCase(Locale.ROOT); }
}
