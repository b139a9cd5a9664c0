package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Event;
import org.sitrep.model.Report;
import org.sitrep.store.EventQuery;
import org.sitrep.store.SqliteEventStore;

/**
 * Reports full of war words that tell of no conflict event (sport, markets, drone shows and farm drones, films, books
 * and games about old wars, anniversaries, drills, court cases, weather and disease, takeovers, politics), beside
 * short real reports that must still give an event, some of them in the same settings (a stadium shelled, a farmer's
 * tractor hit, oil prices after a refinery attack). All go through {@code sitrep ingest} as it runs by default (the
 * relevance filter on). Fixtures: {@code negatives/neg-*.txt} and {@code negatives/pos-*.txt}, first line the title.
 */
class NegativeReportsIT {
    @TempDir
    Path dir;

    @Test
    void negativeReportsGiveNoEventAndRealOnesStillDo() throws IOException, URISyntaxException {
        Path fixtures = Path.of(NegativeReportsIT.class.getResource("negatives").toURI());
        List<Path> files;
        try (Stream<Path> s = Files.list(fixtures)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        assertTrue(files.size() >= 30, "fixtures missing: " + files.size());
        Path db = dir.resolve("negatives.db");
        assertEquals(0, Main.run("ingest", fixtures.toString(), "--published", "2025-03-12", "--db", db.toString()));
        try (SqliteEventStore store = SqliteEventStore.open(db)) {
            List<Event> events = store.events(EventQuery.all());
            List<Report> reports = store.reports();
            List<String> failures = new ArrayList<>();
            for (Path f : files) {
                String name = f.getFileName().toString();
                String title = Files.readAllLines(f, StandardCharsets.UTF_8).get(0).strip();
                Report r = reports.stream().filter(x -> title.equals(x.title())).findFirst().orElse(null);
                if (r == null) {
                    failures.add(name + ": not stored");
                    continue;
                }
                List<Event> mine = events.stream().filter(e -> e.reports().contains(r.id())).toList();
                if (name.startsWith("neg-") && !mine.isEmpty()) {
                    failures.add(name + ": expected no event, got " + mine.stream().map(e -> e.type().label() + " at " + e.location()).toList());
                } else if (name.startsWith("pos-") && mine.isEmpty()) {
                    failures.add(name + ": expected an event, got none");
                }
            }
            assertTrue(failures.isEmpty(), String.join("\n", failures));
        }
    }
}
