package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
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
    /** Regression floor measured on 2026-11-23; raise it as extraction improves. */
    static final double RECALL_FLOOR = 0.75;

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

        Map<String, JsonNode> gold = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(GOLD)) {
            for (Path f : files.sorted().toList()) {
                for (JsonNode g : GoldMatcher.read(f, "event")) gold.putIfAbsent(g.path("id").asText(), g);
            }
        }
        assertTrue(gold.size() >= 10, "the samples' gold lists at least ten real events");
        List<String> missed = new ArrayList<>();
        int found = 0;
        for (Map.Entry<String, JsonNode> g : gold.entrySet()) {
            if (first.stream().anyMatch(e -> GoldMatcher.matches(g.getValue(), e))) found++;
            else missed.add(g.getKey());
        }
        double recall = (double) found / gold.size();
        System.out.printf("samples: %d gold events, %d found (recall %.2f), %d Sitrep events; missed %s%n",
                gold.size(), found, recall, first.size(), missed);
        assertTrue(recall >= RECALL_FLOOR, "recall " + recall + " below the floor; missed " + missed);
    }
}
