package org.sitrep.resolve.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Sentence;

class TimeResolverTest {
    private final TimeResolver resolver = new TimeResolver();

    /**
     * One row of {@code time-expressions.tsv}: the expression (as a sentence), the publication date and the previous
     * time of the report ("-" for none), and the expected first time mention. Precision "none" means that nothing
     * in the sentence is a time.
     */
    @ParameterizedTest(name = "{0} | published {1} | anchor {2}")
    @CsvFileSource(resources = "time-expressions.tsv", delimiter = '\t', numLinesToSkip = 1)
    void resolvesExpression(String expression, String published, String anchor, String from, String to, String precision) {
        List<TimeMention> found = resolver.find(sentence(expression), date(published), anchor(anchor));
        if (precision.equals("none")) {
            assertTrue(found.isEmpty(), "no time expected, found " + found);
            return;
        }
        assertFalse(found.isEmpty(), "no time found in '" + expression + "'");
        TimeValue v = found.get(0).value();
        assertEquals(date(from), v.from(), "from");
        assertEquals(date(to), v.to(), "to");
        assertEquals(precision, v.precision().code(), "precision");
    }

    @Test
    void mentionsComeInTextOrderWithSpansIntoTheSentence() {
        Sentence s = new Sentence(3, 1, 100, 100 + 60, "Ryder said late Thursday that attacks since October 17 went on", List.of(), List.of());
        List<TimeMention> found = resolver.find(s, LocalDate.of(2023, 10, 27), TimeValue.UNKNOWN);
        assertEquals(2, found.size());
        assertEquals("late Thursday", found.get(0).phrase().text());
        assertEquals(111, found.get(0).phrase().start());
        assertEquals(3, found.get(0).phrase().sentence());
        assertEquals("since October 17", found.get(1).phrase().text());
    }

    @Test
    void anEarlierTimeOfTheSentenceIsTheAnchor() {
        List<TimeMention> found = resolver.find(sentence("fired at Metula on Tuesday morning and, a few hours later, sent drones"),
                LocalDate.of(2024, 5, 22), TimeValue.day(LocalDate.of(2024, 5, 1)));
        assertEquals(2, found.size());
        assertEquals(new TimeValue(LocalDate.of(2024, 5, 21), LocalDate.of(2024, 5, 22), DatePrecision.RANGE), found.get(1).value());
    }

    @Test
    void impossibleDatesAreNotTimes() {
        assertTrue(resolver.find(sentence("on February 30"), LocalDate.of(2024, 3, 1), TimeValue.UNKNOWN).isEmpty());
    }

    @Test
    void aBareWeekdayFallsInTheWeekARoundupCovers() {
        // A Monday roundup of the week that ended on Sunday 9 March: its "Monday" is 3 March, its "last Friday" still
        // counts from publication.
        LocalDate pub = date("2025-03-10"), sunday = date("2025-03-09");
        assertEquals(date("2025-03-03"), resolver.find(sentence("a bomb went off on Monday morning"), pub, TimeValue.UNKNOWN, sunday)
                .get(0).value().from());
        assertEquals(date("2025-03-07"), resolver.find(sentence("police said last Friday"), pub, TimeValue.UNKNOWN, sunday)
                .get(0).value().from());
        assertEquals(date("2025-03-10"), resolver.find(sentence("a bomb went off on Monday morning"), pub, TimeValue.UNKNOWN, null)
                .get(0).value().from());
    }

    private static Sentence sentence(String text) {
        return new Sentence(0, 0, 0, text.length(), text, List.of(), List.of());
    }

    private static LocalDate date(String s) {
        return s.equals("-") ? null : LocalDate.parse(s);
    }

    private static TimeValue anchor(String s) {
        if (s.equals("-")) return TimeValue.UNKNOWN;
        return TimeValue.parse(s, s.contains("/") ? DatePrecision.RANGE : DatePrecision.DAY);
    }
}
