package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.refdata.TsvRows;

class EventFamiliesTest {
    private static List<TsvRows.Row> rows(String... lines) {
        List<TsvRows.Row> out = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String[] f = lines[i].split("\t");
            out.add(new TsvRows.Row("test.tsv", i + 2, Map.of("family", f[0], "kind", f[1], "members", f[2])));
        }
        return out;
    }

    @Test
    void membersMapToTheirFamilyAndOtherLemmasToThemselves() {
        EventFamilies f = new EventFamilies(rows("quake\tevent\tearthquake|quake|temblor", "say\treporting\tsay|tell"));
        assertEquals("quake", f.familyOf("temblor"));
        assertEquals("quake", f.familyOf("earthquake"));
        assertEquals("vote", f.familyOf("vote"));
        assertTrue(f.contains("tell"));
        assertFalse(f.contains("vote"));
        assertTrue(f.isReporting("tell"));
        assertFalse(f.isReporting("quake"));
    }

    @Test
    void aLemmaInTwoFamiliesABadKindOrAnUpperCaseMemberIsRefused() {
        var twice = assertThrows(IllegalArgumentException.class,
                () -> new EventFamilies(rows("hit\tevent\thit|strike", "attack\tevent\tattack|strike")));
        assertTrue(twice.getMessage().contains("test.tsv:3"), twice.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new EventFamilies(rows("hit\tverb\thit")));
        assertThrows(IllegalArgumentException.class, () -> new EventFamilies(rows("hit\tevent\tHit")));
    }

    @Test
    void bundledFileLoadsWithSynonymsDerivationsAndSaying() {
        EventFamilies f = EventFamilies.bundled();
        assertEquals(f.familyOf("arrest"), f.familyOf("detain"));
        assertEquals(f.familyOf("shoot"), f.familyOf("shooting"));
        assertEquals(f.familyOf("kill"), f.familyOf("murder"));
        // causes and effects stay apart: a shooting and the death it caused are two events
        assertFalse(f.familyOf("shoot").equals(f.familyOf("death")));
        assertTrue(f.isReporting("say"));
    }
}
