package org.sitrep.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Evidence;
import org.sitrep.model.Statement;

class StatementMergerTest {
    private final StatementMerger merger = new StatementMerger();

    private static Statement st(String id, String report, String speaker, @Nullable String affiliation,
                                @Nullable String date, String type, @Nullable String about) {
        return new Statement(id, report, speaker, affiliation, date, date == null ? DatePrecision.UNKNOWN : DatePrecision.DAY,
                type, about, speaker + " " + type, null, List.of(new Evidence(report, id.length(), 0, id.length(), id, "sentence")));
    }

    @Test
    void theSameAccusationToldByTwoReportsIsOneStatementWithBothSources() {
        Statement wire = st("r1-s0", "r1", "Military Forces of the United States", null, "2023-12-08", "ACCUSE", "Iran-aligned militia groups");
        Statement rewrite = st("r2-s0", "r2", "Military Forces of the United States", null, "2023-12-09", "ACCUSE", "militias");
        List<Statement> out = merger.merge(List.of(rewrite), List.of(wire));
        assertEquals(1, out.size());
        Statement joined = out.get(0);
        assertEquals("r1-s0", joined.id(), "the stored statement keeps its id");
        assertEquals("r1", joined.report());
        assertEquals(List.of("r1", "r2"), joined.reports());
        assertEquals(2, joined.evidence().size());
        assertEquals("2023-12-08", joined.date());
    }

    @Test
    void mergingAgainChangesNothing() {
        Statement wire = st("r1-s0", "r1", "Pat Ryder", "US Department of Defense", "2023-11-20", "ACCUSE", "Iran");
        Statement rewrite = st("r2-s0", "r2", "Pat Ryder", "US Department of Defense", "2023-11-20", "ACCUSE", "Iran");
        Statement joined = merger.merge(List.of(rewrite), List.of(wire)).get(0);
        assertEquals(List.of(), merger.merge(List.of(rewrite), List.of(joined)), "nothing new to write");
        assertEquals(joined, StatementMerger.join(joined, rewrite));
    }

    @Test
    void aPersonAndTheActorTheySpeakForMergeAndThePersonIsKept() {
        Statement actor = st("r1-s0", "r1", "US Department of Defense", null, "2023-11-20", "THREATEN", null);
        Statement person = st("r2-s0", "r2", "Pat Ryder", "US Department of Defense", "2023-11-20", "THREATEN", "Iran-backed groups");
        Statement joined = merger.merge(List.of(person), List.of(actor)).get(0);
        assertEquals("Pat Ryder", joined.speaker());
        assertEquals("Iran-backed groups", joined.about());
        assertEquals("r1-s0", joined.id());
    }

    @Test
    void differentPeopleTypesDaysOrTargetsStayApart() {
        Statement biden = st("r1-s0", "r1", "Joe Biden", "Government of the United States", "2024-02-02", "THREATEN", "Iran-backed militias");
        assertFalse(merger.same(biden, st("r2-s0", "r2", "Lloyd Austin", "Government of the United States", "2024-02-02", "THREATEN", "Iran-backed militias")));
        assertFalse(merger.same(biden, st("r2-s0", "r2", "Joe Biden", "Government of the United States", "2024-02-02", "DEMAND", "Iran-backed militias")));
        assertFalse(merger.same(biden, st("r2-s0", "r2", "Joe Biden", "Government of the United States", "2024-02-05", "THREATEN", "Iran-backed militias")));
        assertFalse(merger.same(biden, st("r2-s0", "r2", "Joe Biden", "Government of the United States", "2024-02-02", "THREATEN", "Russia")));
        assertTrue(merger.same(biden, st("r2-s0", "r2", "Biden", "Government of the United States", "2024-02-03", "THREATEN", null)));
    }

    @Test
    void anUndatedStatementJoinsOnlyOnASharedTarget() {
        Statement dated = st("r3-s0", "r3", "Mohammed Shia al-Sudani", "Government of Iraq", "2023-12-08", "DISAPPROVE", "the rocket attack on the US embassy");
        assertTrue(merger.same(dated, st("r2-s0", "r2", "Mohammed Shia al-Sudani", "Government of Iraq", null, "DISAPPROVE", "attack")));
        assertFalse(merger.same(dated, st("r2-s0", "r2", "Mohammed Shia al-Sudani", "Government of Iraq", null, "DISAPPROVE", null)));
        Statement later = st("r2-s0", "r2", "Mohammed Shia al-Sudani", "Government of Iraq", null, "DISAPPROVE", "attacks");
        Statement joined = merger.merge(List.of(later), List.of(st("r1-s0", "r1", "Mohammed Shia al-Sudani",
                "Government of Iraq", null, "DISAPPROVE", "attack"))).get(0);
        assertEquals(null, joined.date());
        assertEquals("2023-12-08", StatementMerger.join(joined, dated).date(), "a known date replaces an unknown one");
    }

    @Test
    void aReportsOwnRepeatedStatementIsOneAndNewStatementsPassThrough() {
        Statement a = st("r1-s0", "r1", "Yahya Saree", "Ansar Allah", "2024-06-12", "THREATEN", "shipping");
        Statement b = st("r1-s1", "r1", "Saree", "Ansar Allah", "2024-06-12", "THREATEN", null);
        Statement c = st("r1-s2", "r1", "Yahya Saree", "Ansar Allah", "2024-06-12", "DEMAND", "shipping companies");
        List<Statement> out = merger.merge(List.of(a, b, c), List.of());
        assertEquals(List.of("r1-s0", "r1-s2"), out.stream().map(Statement::id).toList());
        assertEquals(2, out.get(0).evidence().size());
    }
}
