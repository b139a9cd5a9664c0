package org.sitrep.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.EventMention;
import org.sitrep.resolve.actor.ActorRegistry;

class EventPoolTest {
    private static final ActorRegistry REGISTRY = ActorRegistry.bundled();
    private final EventMerger blocked = new EventMerger(new EventCompatibility(REGISTRY), new EventCombiner(REGISTRY), true);
    private final EventMerger linear = new EventMerger(new EventCompatibility(REGISTRY), new EventCombiner(REGISTRY), false);

    @Test
    void blockedMergerGivesExactlyWhatComparingEveryPairGives() {
        for (long seed = 1; seed <= 3; seed++) {
            List<EventMention> mentions = SyntheticMentions.generate(3000, seed).mentions();
            EventMerger.Result a = blocked.merge(mentions, List.of()), b = linear.merge(mentions, List.of());
            assertEquals(b, a);
            assertTrue(a.events().size() < 3000 * 0.6, "mentions were merged: " + a.events().size());
        }
    }

    @Test
    void blockedMergerAgreesWithStoredEventsToo() {
        List<EventMention> mentions = SyntheticMentions.generate(2000, 9).mentions();
        List<EventMention> first = mentions.subList(0, 1000), second = mentions.subList(1000, 2000);
        List<org.sitrep.model.Event> stored = linear.merge(first, List.of()).events();
        assertEquals(linear.merge(second, stored), blocked.merge(second, stored));
    }
}
