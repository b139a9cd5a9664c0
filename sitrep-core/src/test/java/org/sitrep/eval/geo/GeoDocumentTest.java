package org.sitrep.eval.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GeoDocumentTest {
    private static GoldToponym at(String text, String name, int from) {
        int s = text.indexOf(name, from);
        return new GoldToponym(s, s + name.length(), name, 1, 1, null);
    }

    @Test
    void aToponymWithAnotherRightAfterACommaIsWrittenWithItsArea() {
        String text = "She grew up in Paris, Idaho, and moved to Boise and then Salem , Ore. last year.";
        GeoDocument d = new GeoDocument("T", "1", text, List.of(at(text, "Paris", 0), at(text, "Idaho", 0),
                at(text, "Boise", 0), at(text, "Salem", 0), at(text, "Ore.", 0)));
        // Boise and Salem stand with "and then" between them, not a comma.
        assertEquals(Map.of(0, 1, 3, 4), d.commaAreas());
    }

    @Test
    void twoTownsJoinedByAndBeforeAnAreaLieInIt() {
        String text = "Stores in Dover and Lewes, Delaware, and in Tampa, Fla. will close.";
        GeoDocument d = new GeoDocument("T", "1", text, List.of(at(text, "Dover", 0), at(text, "Lewes", 0),
                at(text, "Delaware", 0), at(text, "Tampa", 0), at(text, "Fla.", 0)));
        // "Delaware, and in Tampa": no pair.
        assertEquals(Map.of(0, 2, 1, 2, 3, 4), d.commaAreas());
    }

    @Test
    void aToponymWithAnotherRightAfterInLiesInIt() {
        String text = "The choir of Holy Cross Chapel in Norwich sang in York, then in Leeds.";
        GeoDocument d = new GeoDocument("T", "1", text, List.of(at(text, "Holy Cross Chapel", 0), at(text, "Norwich", 0),
                at(text, "York", 0), at(text, "Leeds", 0)));
        assertEquals(Map.of(0, 1), d.inAreas());
    }

    @Test
    void aToponymTheTextCallsAStateIsMarked() {
        String text = "Growers in Oregon state and the state of Idaho sold fruit in Boise and Portland.";
        GeoDocument d = new GeoDocument("T", "1", text, List.of(at(text, "Oregon", 0), at(text, "Idaho", 0),
                at(text, "Boise", 0), at(text, "Portland", 0)));
        assertEquals(Set.of(0, 1), d.statedRegions());
    }
}
