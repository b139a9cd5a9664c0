package org.sitrep.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Evidence;
import org.sitrep.model.Tally;

class TallyMergerTest {
    private final TallyMerger merger = new TallyMerger();

    private static Tally tally(String id, String report, int count, String qualifier, @Nullable String from,
                               @Nullable String to, String what, List<String> where, @Nullable String source,
                               @Nullable String stated) {
        return new Tally(id, report, count, qualifier, from, to, what, where, source, null, stated,
                List.of(new Evidence(report, 0, 0, id.length(), id, "sentence")));
    }

    private static Tally wire(String report) {
        return tally(report + "-t0", report, 130, "at least", "2023-10-17", "2024-01-14", "attacks on US forces",
                List.of("IQ", "SY"), "US Department of Defense", "2024-01-14");
    }

    @Test
    void aWireTallyAndItsCopyAreOneTallyWithBothSources() {
        Tally copy = tally("r2-t0", "r2", 130, "exactly", "2023-10-17", null, "attacks", List.of(), null, "2024-01-15");
        List<Tally> out = merger.merge(List.of(copy), List.of(wire("r1")));
        assertEquals(1, out.size());
        Tally joined = out.get(0);
        assertEquals("r1-t0", joined.id(), "the stored tally keeps its id");
        assertEquals(List.of("r1", "r2"), joined.reports());
        assertEquals("at least", joined.qualifier());
        assertEquals("2024-01-14", joined.to());
        assertEquals(2, joined.evidence().size());
    }

    @Test
    void theCopyFillsWhatTheFirstLeftUnknown() {
        Tally first = tally("r1-t0", "r1", 40, "more than", null, null, "attacks on shipping", List.of(), null, "2024-02-13");
        Tally later = tally("r2-t0", "r2", 40, "more than", "2023-11-19", "2024-02-13", "attacks", List.of("YE"),
                "US Central Command", "2024-02-13");
        Tally joined = merger.merge(List.of(later), List.of(first)).get(0);
        assertEquals("2023-11-19", joined.from());
        assertEquals(List.of("YE"), joined.where());
        assertEquals("US Central Command", joined.source());
    }

    @Test
    void mergingAgainChangesNothing() {
        Tally joined = merger.merge(List.of(wire("r2")), List.of(wire("r1"))).get(0);
        assertEquals(List.of(), merger.merge(List.of(wire("r2")), List.of(joined)), "nothing new to write");
    }

    @Test
    void otherCountsThingsSourcesPlacesOrWindowsStayApart() {
        Tally a = wire("r1");
        assertFalse(merger.same(a, tally("x", "r2", 131, "at least", "2023-10-17", "2024-01-14", "attacks", List.of(), null, null)));
        assertFalse(merger.same(a, tally("x", "r2", 130, "at least", "2023-10-17", "2024-01-14", "people killed", List.of(), null, null)));
        assertFalse(merger.same(a, tally("x", "r2", 130, "at least", "2023-10-17", "2024-01-14", "attacks", List.of(),
                "Islamic Resistance in Iraq", null)));
        assertFalse(merger.same(a, tally("x", "r2", 130, "at least", "2023-10-17", "2024-01-14", "attacks", List.of("UA"), null, null)));
        assertFalse(merger.same(a, tally("x", "r2", 130, "at least", "2023-11-01", "2024-01-14", "attacks", List.of(), null, null)));
        assertFalse(merger.same(a, tally("x", "r2", 130, "at least", null, null, "attacks", List.of(), null, "2024-03-01")));
        assertTrue(merger.same(a, tally("x", "r2", 130, "about", null, "2024-01-15", "attacks", List.of("sy"), null, null)));
    }

    @Test
    void aBareCountWithNoSourceAndNoDateIsNotJoined() {
        Tally a = tally("r1-t0", "r1", 5, "about", null, null, "attacks", List.of(), null, null);
        Tally b = tally("r2-t0", "r2", 5, "about", null, null, "attacks", List.of(), null, null);
        assertFalse(merger.same(a, b), "'about five attacks' alone is too common to be the same count");
        assertEquals(List.of(b), merger.merge(List.of(b), List.of(a)), "written as a tally of its own");
    }

    @Test
    void twoSameTalliesInOneReportAreOne() {
        Tally lead = wire("r1");
        Tally again = tally("r1-t1", "r1", 130, "at least", "2023-10-17", null, "attacks", List.of(), null, "2024-01-14");
        List<Tally> out = merger.merge(List.of(lead, again), List.of());
        assertEquals(1, out.size());
        assertEquals(List.of("r1"), out.get(0).reports());
        assertEquals(2, out.get(0).evidence().size());
    }
}
