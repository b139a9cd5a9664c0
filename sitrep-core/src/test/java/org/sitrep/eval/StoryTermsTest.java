package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class StoryTermsTest {
    @Test
    void keepsNamesAndWholeNumbersAndDropsGeneralWords() {
        List<List<String>> doc = List.of(
                List.of("A", "4.6-magnitude", "earthquake", "struck", "near", "Healdsburg", "on", "Thursday", "at", "2:09"),
                List.of("Hewlett-Packard", "will", "buy", "EDS", "for", "$", "13,900", "million", "in", "2008", "."),
                List.of("Peter", "Capaldi", "is", "the", "12th", "Doctor", "of", "the", "BBC", "'s", "show"));
        assertEquals(List.of("4.6", "healdsburg", "thursday", "2:09",
                "eds", "13900", "2008",
                "capaldi", "12th", "doctor", "bbc"), StoryTerms.of(doc));
    }

    @Test
    void aCapitalisedFirstWordOrShortWordIsNoName() {
        assertEquals(List.of("ohio", "us"), StoryTerms.of(List.of(List.of("Police", "in", "Ohio", "said", "US", "Mr", "It"))));
    }
}
