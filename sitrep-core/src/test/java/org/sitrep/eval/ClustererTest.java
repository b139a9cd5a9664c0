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

    @Test
    void sameLemmaInOneDocumentClusterIsOneEventAndNotAcrossClusters() {
        List<EventClusterer.Item> items = List.of(
                new EventClusterer.Item("d1:1", "s1", "kill", Set.of()),
                new EventClusterer.Item("d2:5", "s1", "kill", Set.of()),
                new EventClusterer.Item("d2:7", "s1", "arrest", Set.of()),
                new EventClusterer.Item("d3:2", "s2", "kill", Set.of()));
        List<Set<String>> clusters = new EventClusterer(1).cluster(items);
        assertEquals(List.of(Set.of("d1:1", "d2:5"), Set.of("d2:7"), Set.of("d3:2")), clusters);
    }

    @Test
    void groupsWithSharedArgumentsJoinWhenAsked() {
        List<EventClusterer.Item> items = List.of(
                new EventClusterer.Item("d1:1", "s1", "quake", Set.of("sumatra", "padang")),
                new EventClusterer.Item("d2:5", "s1", "earthquake", Set.of("sumatra", "padang")));
        assertEquals(1, new EventClusterer(0.5).cluster(items).size());
        assertEquals(2, new EventClusterer(1).cluster(items).size());
    }
}
