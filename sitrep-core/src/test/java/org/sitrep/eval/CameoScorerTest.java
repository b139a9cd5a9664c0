package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.model.EventType;

class CameoScorerTest {
    private static final LocalDate DAY = LocalDate.of(2001, 1, 1);

    @Test
    void rootAndFullAgreementArePerGoldCoding() {
        List<CameoSentence> gold = List.of(
                sentence("a", new CameoCoding("AAA", "BBB", "190"), new CameoCoding("AAA", "CCC", "0231")),
                sentence("b", new CameoCoding("DDD", "EEE", "1823")),
                new CameoSentence("c", "T", DAY, "nothing", List.of(), true),
                new CameoSentence("d", "T", DAY, "nothing either", List.of(), true));
        Map<String, List<CameoCoding>> predicted = Map.of(
                "a", List.of(new CameoCoding("AAA", "BBB", "19")),
                // Right root, wrong source: counts for the root only.
                "b", List.of(new CameoCoding("DDDGOV", "EEE", "18"), new CameoCoding(null, null, "11")),
                "c", List.of(new CameoCoding(null, null, "18")));
        CameoScorer.Scores s = new CameoScorer().score(gold, predicted, Set.of("18", "19"));
        assertEquals(3, s.goldCodings());
        assertEquals(2, s.rootRight());
        assertEquals(1, s.allRight());
        assertEquals(2, s.codable());
        assertEquals(2, s.codableRootRight());
        assertEquals(2, s.noEventRecords());
        assertEquals(1, s.noEventCoded());
        assertEquals(3, s.predicted());
        assertEquals(2, s.predictedRootInGold());
        assertEquals(2.0 / 3, s.rootShare(), 1e-9);
        assertEquals(List.of("a AAA BBB 190"), s.rightLines());
    }

    @Test
    void everyEventTypeButChangeToGroupHasARoot() {
        CameoRoots roots = new CameoRoots();
        for (EventType t : EventType.values()) assertEquals(t != EventType.CHANGE_TO_GROUP, roots.root(t).isPresent(), t.name());
        assertEquals("17", roots.root(EventType.ARREST).orElseThrow());
        assertEquals("01", roots.root("DENY").orElseThrow());
    }

    private static CameoSentence sentence(String id, CameoCoding... codings) {
        return new CameoSentence(id, "T", DAY, "text", List.of(codings), false);
    }
}
