package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.eval.GoldCorpus;
import org.sitrep.eval.Scorer;
import org.sitrep.eval.Scores;
import org.sitrep.merge.TallyMerger;
import org.sitrep.model.Report;
import org.sitrep.model.Statement;
import org.sitrep.model.Tally;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Event;
import org.sitrep.store.EventQuery;
import org.sitrep.store.SqliteEventStore;

/**
 * The demo's samples through the command line: a second run adds nothing, and the gold events of every sample
 * (one real event may be listed by several samples under one shared id) are measured against what Sitrep keeps.
 * Recall has a floor that guards against regressions; the gap to 1.0 is open work (see the issue notes).
 */
class SamplesIT {
    static final Path SAMPLES = Path.of("..", "samples");
    static final Path GOLD = Path.of("..", "samples-gold");
    /** Regression floors: measured 0.85 recall and 0.94 precision on 2026-11-23; raise it as extraction improves. */
    static final double RECALL_FLOOR = 0.80;
    static final double PRECISION_FLOOR = 0.85;

    @TempDir
    Path dir;

    @Test
    void samplesYieldTheirGoldEventsAndASecondRunAddsNothing() throws Exception {
        Path db = dir.resolve("demo.db");
        assertEquals(0, Main.run("demo", "--samples", SAMPLES.toString(), "--db", db.toString()));
        List<Event> first;
        int reports;
        try (SqliteEventStore s = SqliteEventStore.open(db)) {
            first = s.events(EventQuery.all());
            reports = s.reports().size();
        }
        assertEquals(0, Main.run("demo", "--samples", SAMPLES.toString(), "--db", db.toString()));
        try (SqliteEventStore s = SqliteEventStore.open(db)) {
            assertEquals(first, s.events(EventQuery.all()), "a second run changed the events");
            assertEquals(reports, s.reports().size());
        }

        Map<String, String> sources = new LinkedHashMap<>();
        List<Tally> tallies;
        List<Statement> statements;
        try (SqliteEventStore s = SqliteEventStore.open(db)) {
            for (Report r : s.reports()) sources.put(r.id(), r.source());
            tallies = s.tallies();
            statements = s.statements();
        }
        Scores scores = new Scorer().score(GoldCorpus.load(GOLD), first, tallies, statements, sources);
        System.out.printf("samples: events P %.2f R %.2f F1 %.2f (%d / %d / %d); misses %s%n",
                scores.events().precision(), scores.events().recall(), scores.events().f1(),
                scores.events().matched(), scores.events().predicted(), scores.events().gold(), scores.misses());
        assertTrue(scores.events().gold() >= 10, "the samples' gold lists at least ten real events");
        assertTrue(scores.events().recall() >= RECALL_FLOOR, "recall below the floor; missed " + scores.misses());
        assertTrue(scores.events().precision() >= PRECISION_FLOOR, "precision below the floor; false alarms "
                + scores.falseAlarms());
        assertEquals(0, scores.negativeEvents(), "events from reports with no events");

        // The wire's "at least 130 attacks" and its syndicated copy's are one tally with two sources.
        TallyMerger merger = new TallyMerger();
        for (int i = 0; i < tallies.size(); i++) {
            for (int j = i + 1; j < tallies.size(); j++) {
                assertFalse(merger.same(tallies.get(i), tallies.get(j)), "one tally stored twice: " + tallies.get(i)
                        + " and " + tallies.get(j));
            }
        }
        assertTrue(tallies.stream().anyMatch(t -> t.reports().size() == 2), "no tally joined by the copy: " + tallies);
        assertEquals(1.0, scores.tallies().precision(), "tallies " + scores.tallyErrors());
    }
}
