package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitrep.annotate.AnnotateConfig;
import org.sitrep.annotate.CoreNlpAnnotator;
import org.sitrep.clean.ReportCleaner;
import org.sitrep.model.RawReport;
import org.sitrep.model.Tally;
import org.sitrep.resolve.actor.ActorRegistry;
import org.sitrep.resolve.place.Gazetteer;
import org.sitrep.resolve.place.PlaceMatcher;

/**
 * Tallies as reports phrase them, and counts that are one event's toll, through the real parser: the rules read
 * dependency relations, so only parsed sentences test them. An integration test because the CoreNLP models need
 * the failsafe heap (about 2 GB).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TallyFinderIT {
    private CoreNlpAnnotator annotator;
    private ReportExtractor extractor;
    private final ReportCleaner cleaner = new ReportCleaner();

    @BeforeAll
    void loadModels() {
        annotator = new CoreNlpAnnotator(AnnotateConfig.defaults());
        extractor = new ReportExtractor(Lexicon.bundled(), ActorRegistry.bundled(), new PlaceMatcher(Gazetteer.bundled()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # Counted in "times", with the parts of the total in an aside.
            Since March 3, the garrison has been attacked at least 24 times, a spokesman said.                        | 24
            Militias have attacked the bases 40 times since January 5 (25 in Iraq and 15 in Syria), officials said.   | 40 25 15
            # A counted trigger over a span the words give but no date resolves.
            Since then, the rebels have carried out more than 70 attacks on army posts.                              | 70
            # Things counted as hit over a span.
            Over the past 24 hours, 14 settlements in the region were shelled, the governor said.                    | 14
            # Casualties and displacement: a scale word, a casualty noun, a cumulative toll.
            The agency says 2.5 million people have been displaced since the fighting began.                         | 2500000
            The monitor has documented 312 civilian deaths in the province so far this year.                         | 312
            The health ministry says 1,450 people have been killed in the governorate since October 2023.            | 1450
            # Weapons launched over a span, or at a whole country.
            Moscow fired more than 1,200 missiles at Ukraine in March, the president said.                           | 1200
            The air force said Russia attacked Ukraine overnight with 64 drones.                                     | 64
            # An official's damage count over a span.
            Security forces neutralised 23 insurgents over the past week, the ministry said.                         | 23
            # Session 14 (tallies14b): a whole war's perfect toll, displacement as a present state, passive and
            # conjoined official counts, "the previous week".
            The conflict, which erupted on May 9 after a border clash, has killed at least 27 people and displaced more than 140,000, officials said. | 27 140000
            Some 3 million people are displaced across the region, the refugee agency said.                         | 3000000
            The army said 46 insurgents had been neutralised and 19 suspects arrested in the north between June 2 and June 8. | 19 46
            The ministry said 13 militants had been neutralised in the hills over the previous week.                | 13
            # One event's toll, recalled or told with its date: no tally.
            Last March, a car bomb tore through a market in the town, killing 52 people.                             | -
            It is five years since militants raided the village and killed 31 people.                               | -
            The strike killed 18 people in April.                                                                    | -
            The army said its troops destroyed 12 armoured vehicles in the battle.                                   | -
            Houthi forces launched 11 drones at a tanker in the Red Sea on Thursday.                                 | -
            """)
    void findsTheTalliesOfASentence(String sentence, String expected) throws Exception {
        var report = cleaner.apply(new RawReport("t.txt", null, null, null, LocalDate.of(2024, 11, 20), sentence));
        List<Integer> counts = extractor.apply(annotator.apply(report)).tallies().stream().map(Tally::count).toList();
        List<Integer> want = expected.equals("-") ? List.of()
                : Arrays.stream(expected.split(" ")).map(Integer::valueOf).toList();
        assertEquals(want, counts, sentence);
    }
}
