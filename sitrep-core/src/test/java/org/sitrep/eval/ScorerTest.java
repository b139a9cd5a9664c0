package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScorerTest {
    private static GoldItem gold(String json) throws Exception {
        return new GoldItem("e1", new ObjectMapper().readTree(json), List.of("r.txt"));
    }

    @Test
    void namesAgreeThroughAliasesAndPlurals() throws Exception {
        GoldItem g = gold("{\"weapon\": \"drone\", \"weapon_aliases\": [\"UAV\"]}");
        assertTrue(Scorer.sameName(g, "weapon", "drones"));
        assertTrue(Scorer.sameName(g, "weapon", "UAV"));
        assertFalse(Scorer.sameName(g, "weapon", "missile"));
        assertFalse(Scorer.sameName(g, "weapon", null));
    }

    @Test
    void anEmptyFieldAgreesWithANullGoldFieldThatListsAliases() throws Exception {
        GoldItem g = gold("{\"actor2\": null, \"actor2_aliases\": [\"Saratov oil refinery\"]}");
        assertTrue(Scorer.sameName(g, "actor2", null));
        assertTrue(Scorer.sameName(g, "actor2", "Saratov oil refinery"));
        assertFalse(Scorer.sameName(g, "actor2", "Civilians"));
    }
}
