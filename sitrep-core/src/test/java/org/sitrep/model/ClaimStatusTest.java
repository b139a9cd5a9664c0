package org.sitrep.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimStatusTest {
    private static Claim claim(ClaimKind kind, String by) {
        return new Claim(kind, by, null, "2024-06-18", "statement", new Evidence("r", 0, 0, 4, "said", "claim"));
    }

    @Test
    void aClaimTheTargetDeniesIsDenied() {
        // "The Houthis said they fired missiles at the Eisenhower; a US official said no attack took place."
        assertEquals(ClaimStatus.DENIED, ClaimStatus.derive(List.of(claim(ClaimKind.CLAIM, "Ansar Allah"),
                claim(ClaimKind.DENY, "US Department of Defense"))));
    }

    @Test
    void aConfirmationBesideADenialIsDisputed() {
        assertEquals(ClaimStatus.DISPUTED, ClaimStatus.derive(List.of(claim(ClaimKind.CONFIRM, "Pentagon"),
                claim(ClaimKind.DENY, "Kata'ib Hezbollah"))));
        assertEquals(ClaimStatus.DISPUTED, ClaimStatus.derive(List.of(claim(ClaimKind.CLAIM, "Hezbollah"),
                claim(ClaimKind.CONFIRM, "Military Forces of Israel"), claim(ClaimKind.DENY, "Government of Lebanon"))));
    }

    @Test
    void noAssertionIsReported() {
        assertEquals(ClaimStatus.REPORTED, ClaimStatus.derive(List.of()));
        assertEquals(ClaimStatus.CLAIMED, ClaimStatus.derive(List.of(claim(ClaimKind.CLAIM, "Hezbollah"))));
    }

    @Test
    void sidesBlamingEachOtherDisputeTheEventWhoeverConfirmsIt() {
        // "A blast tore through the market, with the army and the rebels blaming each other."
        assertEquals(ClaimStatus.DISPUTED, ClaimStatus.derive(List.of(claim(ClaimKind.DISPUTE, "the army and the rebels"))));
        assertEquals(ClaimStatus.DISPUTED, ClaimStatus.derive(List.of(claim(ClaimKind.CONFIRM, "UN mission"),
                claim(ClaimKind.DISPUTE, "the army and the rebels"))));
    }
}
