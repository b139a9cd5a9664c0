package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpanScorerTest {
    private static final List<String> TYPES = List.of("Location", "Weapon");
    private final SpanScorer scorer = new SpanScorer();

    @Test
    void exactAndOverlapAreCountedPerType() {
        List<TypedSpan> gold = List.of(span("d1", "Location", 0, 5), span("d1", "Location", 10, 25),
                span("d1", "Weapon", 30, 36), span("d2", "Location", 0, 5));
        List<TypedSpan> predicted = List.of(span("d1", "Location", 0, 5), span("d1", "Location", 18, 25),
                span("d1", "Location", 40, 44), span("d2", "Weapon", 0, 5));
        SpanScorer.TypeScore loc = scorer.score(gold, predicted, TYPES).get(0);
        assertEquals(new Prf(1, 3, 3), loc.exact());
        assertEquals(new Prf(2, 3, 3), loc.overlap());
        SpanScorer.TypeScore weapon = scorer.score(gold, predicted, TYPES).get(1);
        // The predicted weapon is in another document: no match, even though the offsets coincide with a location.
        assertEquals(new Prf(0, 1, 1), weapon.exact());
        assertEquals(new Prf(0, 1, 1), weapon.overlap());
    }

    @Test
    void overlapMatchingIsOneToOne() {
        // "eastern Syria" found once cannot match both "eastern" and "Syria" annotated separately.
        List<TypedSpan> gold = List.of(span("d", "Location", 0, 7), span("d", "Location", 8, 13));
        List<TypedSpan> predicted = List.of(span("d", "Location", 0, 13));
        SpanScorer.TypeScore s = scorer.score(gold, predicted, TYPES).get(0);
        assertEquals(new Prf(1, 1, 2), s.overlap());
        assertEquals(0.5, s.overlap().recall(), 1e-9);
        assertEquals(1.0, s.overlap().precision(), 1e-9);
    }

    @Test
    void exactPairsAreTakenBeforeOverlaps() {
        // Greedy in text order alone would pair the wide prediction with the first gold span and leave one unmatched.
        List<TypedSpan> gold = List.of(span("d", "Location", 2, 4), span("d", "Location", 6, 10));
        List<TypedSpan> predicted = List.of(span("d", "Location", 0, 10), span("d", "Location", 2, 4));
        assertEquals(new Prf(2, 2, 2), scorer.score(gold, predicted, TYPES).get(0).overlap());
    }

    @Test
    void unmatchedListsMissesAndFalseAlarms() {
        List<TypedSpan> gold = List.of(span("d", "Location", 0, 5), span("d", "Location", 10, 15));
        List<TypedSpan> predicted = List.of(span("d", "Location", 2, 6), span("d", "Location", 20, 24));
        SpanScorer.Unmatched u = scorer.unmatched(gold, predicted, "Location");
        assertEquals(List.of(span("d", "Location", 10, 15)), u.missed());
        assertEquals(List.of(span("d", "Location", 20, 24)), u.falseAlarms());
    }

    @Test
    void duplicateSpansCountOnce() {
        List<TypedSpan> gold = List.of(span("d", "Weapon", 3, 9), span("d", "Weapon", 3, 9));
        List<TypedSpan> predicted = List.of(span("d", "Weapon", 3, 9));
        SpanScorer.TypeScore s = scorer.score(gold, predicted, TYPES).get(1);
        assertEquals(new Prf(1, 1, 1), s.exact());
        assertEquals(1.0, s.exact().f1(), 1e-9);
    }

    @Test
    void typeWithNothingOnEitherSideIsReported() {
        SpanScorer.TypeScore s = scorer.score(List.of(), List.of(), TYPES).get(1);
        assertEquals("Weapon", s.type());
        assertEquals(new Prf(0, 0, 0), s.exact());
    }

    private static TypedSpan span(String doc, String type, int start, int end) {
        return new TypedSpan(doc, type, start, end);
    }
}
