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
    void completeLinkKeepsAChainOfReportsFromJoiningTwoStories() {
        // a1 and b1 share nothing; m shares a little with each. Average link joins all three, complete link only m
        // with one side.
        Map<String, List<String>> words = new LinkedHashMap<>();
        words.put("a1", List.of("padang", "sumatra", "6.1", "x1"));
        words.put("m", List.of("padang", "sumatra", "ankara", "turkey", "x2"));
        words.put("b1", List.of("ankara", "turkey", "5.8", "x3"));
        words.put("z1", List.of("senate", "ohio", "x4"));
        words.put("z2", List.of("senate", "ohio", "x5"));
        assertEquals(2, new DocumentClusterer(0.1).cluster(words).size());
        List<Set<String>> complete = new DocumentClusterer(0.1, DocumentClusterer.Linkage.COMPLETE).cluster(words);
        assertEquals(3, complete.size());
        assertTrue(complete.contains(Set.of("z1", "z2")) && !complete.contains(Set.of("a1", "m", "b1")));
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
