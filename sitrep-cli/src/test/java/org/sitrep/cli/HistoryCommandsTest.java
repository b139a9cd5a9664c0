package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.ClaimStatus;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.model.Evidence;
import org.sitrep.model.MentionLink;
import org.sitrep.model.Paragraph;
import org.sitrep.model.ProcessedReport;
import org.sitrep.model.Report;
import org.sitrep.model.ReportFingerprint;
import org.sitrep.model.Tally;
import org.sitrep.store.SqliteEventStore;

/** {@code show} (reports, copies, history, --as-of) and {@code tallies} on a store built by hand; no models. */
class HistoryCommandsTest {
    @TempDir
    Path dir;
    Path db;

    record Run(int exit, String out, String err) {
    }

    private Run sitrep(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int exit = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(exit, out.toString(), err.toString());
    }

    private static Report report(String id, String outlet, LocalDate published) {
        String text = "Drones struck Al Asad Air Base.";
        return new Report(id, id + ".html", null, outlet, null, published, null, "en", text,
                List.of(new Paragraph(0, 0, text.length(), text)), 0);
    }

    private static Event event(Integer fatalities, List<String> reports) {
        return new Event("ev-1", EventType.AIR_DRONE_STRIKE, "2024-10-21", DatePrecision.DAY, null, null, null, null,
                "Al Asad Air Base", "gaz-1", "Al Anbar", "IQ", 33.78, 42.44, 1, "drone", ClaimStatus.REPORTED,
                List.of(), fatalities, null, null, List.of(new Evidence(reports.get(0), 0, 0, 6, "Drones", "trigger")),
                reports, null);
    }

    private static ProcessedReport processed(Report r, Event e, ReportFingerprint f, List<Tally> tallies) {
        return new ProcessedReport(r, List.of(e), List.of(new MentionLink("m-" + r.id(), r.id(), e.id(), 0,
                e.evidence().get(0), e.type())), tallies, List.of(), f);
    }

    @BeforeEach
    void store() {
        db = dir.resolve("s.db");
        Tally tally = new Tally("r1-t0", "r1", 16, "at least", "2024-10-17", "2024-10-26", "attacks", List.of("IQ"),
                "US Department of Defense", "Pat Ryder", "2024-10-27", List.of());
        try (SqliteEventStore s = SqliteEventStore.open(db)) {
            s.write(processed(report("r1", "Tigris Wire", LocalDate.of(2024, 10, 21)), event(1, List.of("r1")),
                    new ReportFingerprint("r1", List.of(1L), 10, List.of(5L), null, null), List.of(tally)));
            s.write(processed(report("r2", "Anbar Today", LocalDate.of(2024, 10, 22)), event(1, List.of("r1", "r2")),
                    new ReportFingerprint("r2", List.of(1L), 10, List.of(5L), "r1", 0.62), List.of()));
            s.write(processed(report("r3", "Baghdad Post", LocalDate.of(2024, 10, 24)),
                    event(3, List.of("r1", "r2", "r3")),
                    new ReportFingerprint("r3", List.of(2L), 10, List.of(6L), null, null), List.of()));
        }
    }

    @Test
    void showListsCopiesAndHistory() {
        Run r = sitrep("show", "ev-1", "--db", db.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("3 (2 sources, 3 outlets)"), r.out());
        assertTrue(r.out().contains("r2 2024-10-22 Anbar Today  copy of r1 (similarity 0.62)"), r.out());
        assertTrue(r.out().contains("2024-10-21 report r1"), r.out());
        assertTrue(r.out().contains("fatalities 1 -> 3"), r.out());
        assertTrue(r.out().contains("fatalities:     3"), r.out());
    }

    @Test
    void showAsOfADateGivesTheEventAsKnownThen() {
        Run r = sitrep("show", "ev-1", "--as-of", "2024-10-23", "--db", db.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("fatalities:     1"), r.out());
        assertTrue(r.out().contains("2 (1 sources, 2 outlets)"), r.out());
        assertFalse(r.out().contains("r3"), r.out());

        Run early = sitrep("show", "ev-1", "--as-of", "2024-10-20", "--db", db.toString());
        assertEquals(1, early.exit());
        assertEquals("ev-1: not yet reported on 2024-10-20 (first report published 2024-10-21)", early.err().strip());
    }

    @Test
    void badDateIsAUsageError() {
        Run r = sitrep("show", "ev-1", "--as-of", "last week", "--db", db.toString());
        assertEquals(2, r.exit());
    }

    @Test
    void talliesSitBesideTheEventsOfTheirWindow() {
        Run r = sitrep("tallies", "--events", "--db", db.toString());
        assertEquals(0, r.exit(), r.err());
        String line = r.out().lines().filter(l -> l.startsWith("r1-t0")).findFirst().orElseThrow();
        assertTrue(line.contains("at least 16"), line);
        assertTrue(line.contains("US Department of Defense (Pat Ryder), 2024-10-27"), line);
        assertTrue(line.matches(".*\\s1\\s+15  US Department.*"), line);
        assertTrue(r.out().contains("    ev-1 2024-10-21 Air/drone strike at Al Asad Air Base"), r.out());
        assertEquals(1, sitrep("tallies", "--db", dir.resolve("none.db").toString()).exit());
    }
}
