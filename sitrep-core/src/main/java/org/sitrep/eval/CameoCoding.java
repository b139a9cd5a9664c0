package org.sitrep.eval;

import org.jspecify.annotations.Nullable;

/**
 * One CAMEO event coding: source and target actor codes ("ARN", "GONGOV"; null when not coded) and the event code
 * ("064", "1717"). The root is the first two digits: the CAMEO top-level category (06 cooperate, 17 coerce ...).
 */
public record CameoCoding(@Nullable String source, @Nullable String target, String code) {
    public CameoCoding {
        if (code.length() < 2) throw new IllegalArgumentException("event code too short: " + code);
    }

    public String root() {
        return code.substring(0, 2);
    }
}
