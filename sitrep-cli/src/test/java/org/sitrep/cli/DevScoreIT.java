package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Guards extraction quality: scores the dev split of the corpus through {@code sitrep eval} and fails when event F1
 * drops more than 0.02 below the figure recorded in corpus/recorded-scores.properties (raise that figure when
 * extraction improves, and update EVALUATION.md with it), or when merging records real events more often or merges
 * more of them than recorded there.
 */
class DevScoreIT {
    static final Path CORPUS = Path.of("..", "corpus");
    static final double TOLERANCE = 0.02;

    @Test
    void devEventF1StaysAtTheRecordedFigure(@TempDir Path dir) throws Exception {
        Properties recorded = new Properties();
        try (Reader r = Files.newBufferedReader(CORPUS.resolve("recorded-scores.properties"))) {
            recorded.load(r);
        }
        Path json = dir.resolve("dev.json");
        StringWriter out = new StringWriter();
        int exit = Main.run(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true), "eval",
                "--gold", CORPUS.resolve("dev/gold").toString(), "--reports", CORPUS.resolve("dev/reports").toString(),
                "--summary", "--json", json.toString());
        assertEquals(0, exit);
        System.out.print(out);
        JsonNode figures = new ObjectMapper().readTree(json.toFile());
        double f1 = figures.path("events").path("f1").asDouble();
        double floor = Double.parseDouble(recorded.getProperty("dev.events.f1")) - TOLERANCE;
        assertTrue(f1 >= floor, String.format("dev event F1 %.3f fell below %.3f%n%s", f1, floor, out));
        assertTrue(figures.path("events").path("gold").asInt() >= 50, "the dev split lists at least 50 events");
        // Merging may not record real events more often, nor merge more of them, than the recorded figures.
        JsonNode merging = figures.path("merging");
        double perRealEvent = merging.path("per_real_event").asDouble();
        assertTrue(perRealEvent <= Double.parseDouble(recorded.getProperty("dev.merging.per_real_event")) + 0.001,
                String.format("%.3f Sitrep events per real event%n%s", perRealEvent, out));
        int merged = merging.path("merged").size();
        assertTrue(merged <= Integer.parseInt(recorded.getProperty("dev.merging.merged")),
                merged + " real events merged into another: " + merging.path("merged"));
    }
}
