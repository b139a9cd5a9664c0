package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClustererTest {
    @Test
    void documentsOfOneStoryClusterAndOtherStoriesStayApart() {
        Map<String, List<String>> words = new LinkedHashMap<>();
        words.put("a1", List.of("earthquake", "indonesia", "sumatra", "magnitude", "killed", "padang"));
        words.put("a2", List.of("quake", "sumatra", "padang", "magnitude", "buildings", "killed"));
        words.put("b1", List.of("election", "vote", "senate", "candidate", "ballots", "counted"));
        words.put("b2", List.of("senate", "candidate", "vote", "recount", "ballots", "election"));
        List<Set<String>> clusters = new DocumentClusterer(0.2).cluster(words);
        assertEquals(2, clusters.size());
        assertTrue(clusters.contains(Set.of("a1", "a2")) && clusters.contains(Set.of("b1", "b2")));
    }

    private static final EventFamilies FAMILIES = EventFamilies.bundled();

    @Test
    void sameLemmaInOneDocumentClusterIsOneEventAndNotAcrossClusters() {
        List<EventClusterer.Item> items = List.of(
                new EventClusterer.Item("d1:1", "s1", "kill"),
                new EventClusterer.Item("d2:5", "s1", "kill"),
                new EventClusterer.Item("d2:7", "s1", "arrest"),
                new EventClusterer.Item("d3:2", "s2", "kill"));
        List<Set<String>> clusters = new EventClusterer(FAMILIES).cluster(items);
        assertEquals(List.of(Set.of("d1:1", "d2:5"), Set.of("d2:7"), Set.of("d3:2")), clusters);
    }

    @Test
    void lemmasOfOneFamilyJoinAndEachSayingStaysAlone() {
        List<EventClusterer.Item> items = List.of(
                new EventClusterer.Item("d1:1", "s1", "quake"),
                new EventClusterer.Item("d2:5", "s1", "earthquake"),
                new EventClusterer.Item("d2:6", "s1", "temblor"),
                new EventClusterer.Item("d1:2", "s1", "say"),
                new EventClusterer.Item("d2:9", "s1", "say"),
                new EventClusterer.Item("d2:7", "s1", "shoot"),
                new EventClusterer.Item("d2:8", "s1", "death"));
        List<Set<String>> clusters = new EventClusterer(FAMILIES).cluster(items);
        assertEquals(List.of(Set.of("d1:1", "d2:5", "d2:6"), Set.of("d1:2"), Set.of("d2:9"), Set.of("d2:7"), Set.of("d2:8")),
                clusters);
    }
}
