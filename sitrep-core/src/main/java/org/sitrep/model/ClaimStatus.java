package org.sitrep.model;

import java.util.Collection;
import java.util.Locale;

/** An event's status, derived from its claims (record format: claimed, reported, confirmed, denied, disputed). */
public enum ClaimStatus {
    CLAIMED, REPORTED, CONFIRMED, DENIED, DISPUTED;

    public String code() { return name().toLowerCase(Locale.ROOT); }

    /**
     * Confirmation outranks a bare claim; a denial beside a confirmation makes the event disputed, beside only the
     * perpetrator's claim it stands (the side said to be hit says nothing happened: "denied"); with no assertion at
     * all the event is only reported. Sides told as blaming each other for it make it disputed, whoever else speaks.
     */
    public static ClaimStatus derive(Collection<Claim> claims) {
        boolean claimed = false, confirmed = false, denied = false, disputed = false;
        for (Claim c : claims) {
            switch (c.kind()) {
                case CLAIM -> claimed = true;
                case CONFIRM -> confirmed = true;
                case DENY -> denied = true;
                case DISPUTE -> disputed = true;
                default -> { }
            }
        }
        if (disputed) return DISPUTED;
        if (denied) return confirmed ? DISPUTED : DENIED;
        if (confirmed) return CONFIRMED;
        if (claimed) return CLAIMED;
        return REPORTED;
    }
}
