package org.sitrep.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.dedup.MinHashDetector;
import org.sitrep.model.Paragraph;
import org.sitrep.model.ProcessedReport;
import org.sitrep.model.Report;
import org.sitrep.model.ReportFingerprint;
import org.sitrep.store.SqliteEventStore;

class CopyFinderTest {
    static final String WIRE = "Two drones targeted Ain al-Asad air base in western Iraq on Thursday, a U.S. military "
            + "official said, the latest in a string of attacks on bases hosting American troops. One drone was shot "
            + "down and the second hit an empty hangar, causing minor damage and no casualties, the official said on "
            + "condition of anonymity. The Islamic Resistance in Iraq claimed the attack in a statement on Telegram.";
    static final String REWRITE = "Two drones targeted Ain al-Asad air base in western Iraq on Thursday, a US military "
            + "official told Reuters, the latest in a string of attacks on bases that host American troops. One drone "
            + "was shot down and the second hit an empty hangar, causing minor damage and no casualties, the official "
            + "said on condition of anonymity. Our correspondent in Anbar could not confirm the damage.";
    static final String REWRITE_OF_REWRITE = REWRITE + " The base hosts about 2,500 US troops.";
    static final String OTHER = "A rocket struck near Erbil airport late on Wednesday, Kurdish officials said, in another "
            + "attack on a base hosting American troops in Iraq. No one was hurt. The Islamic Resistance in Iraq said "
            + "it had fired at the base with drones.";

    @TempDir
    Path dir;

    private final CopyFinder finder = new CopyFinder(MinHashDetector.defaults());

    private static Report report(String id, String text) {
        return new Report(id, id + ".txt", null, "Outlet " + id, null, LocalDate.of(2024, 10, 21), null, "en", text,
                List.of(new Paragraph(0, 0, text.length(), text)), 0);
    }

    private ReportFingerprint store(SqliteEventStore store, String id, String text) {
        Report r = report(id, text);
        ReportFingerprint f = finder.fingerprint(r, store);
        store.write(new ProcessedReport(r, List.of(), List.of(), List.of(), List.of(), f));
        return f;
    }

    @Test
    void copiesAreLinkedToTheFirstTextOfTheirChain() {
        try (SqliteEventStore store = SqliteEventStore.open(dir.resolve("s.db"))) {
            ReportFingerprint wire = store(store, "wire", WIRE);
            assertFalse(wire.isCopy());
            assertEquals(128, wire.signature().size());
            ReportFingerprint rewrite = store(store, "rewrite", REWRITE);
            assertEquals("wire", rewrite.duplicateOf());
            assertTrue(rewrite.similarity() >= 0.3, "similarity " + rewrite.similarity());
            assertEquals("wire", store(store, "again", REWRITE_OF_REWRITE).duplicateOf());
            assertNull(store(store, "other", OTHER).duplicateOf());
            assertEquals(List.of("rewrite", "again"), store.copies().stream().map(c -> c.report()).toList());
        }
    }

    @Test
    void linksSurviveReopeningTheStore() {
        try (SqliteEventStore store = SqliteEventStore.open(dir.resolve("s.db"))) {
            store(store, "wire", WIRE);
        }
        try (SqliteEventStore store = SqliteEventStore.open(dir.resolve("s.db"))) {
            assertEquals("wire", store(store, "rewrite", REWRITE).duplicateOf());
        }
    }
}
