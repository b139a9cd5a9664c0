package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.store.StoreFixtures.event;
import static org.sitrep.store.StoreFixtures.mention;
import static org.sitrep.store.StoreFixtures.report;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Event;
import org.sitrep.model.EventChange;
import org.sitrep.model.HistoryEntry;
import org.sitrep.model.ProcessedReport;
import org.sitrep.model.ReportCopy;
import org.sitrep.model.ReportFingerprint;

class HistoryStoreTest {
    @TempDir
    Path dir;

    private static ProcessedReport write(String reportId, LocalDate published, Event e, ReportFingerprint f) {
        return new ProcessedReport(report(reportId).withPublished(published), List.of(e),
                List.of(mention("m-" + reportId, reportId, e.id())), List.of(), List.of(), f);
    }

    private static ReportFingerprint print(String report, List<Long> buckets, String copyOf, Double similarity) {
        return new ReportFingerprint(report, List.of(1L, 2L, 3L), 40, buckets, copyOf, similarity);
    }

    private static Event revised(Event e, int fatalities, String report) {
        return new Event(e.id(), e.type(), e.date(), e.datePrecision(), e.actor1(), e.actor1Id(), e.actor2(),
                e.actor2Id(), e.location(), e.placeId(), e.admin1(), e.country(), e.latitude(), e.longitude(),
                e.geoPrecision(), e.weapon(), e.status(), e.claims(), fatalities, e.injuries(), e.outcome(),
                e.evidence(), List.of(e.reports().get(0), report), e.notes());
    }

    @Test
    void everyWriteOfAnEventIsRecordedWithItsReportAndChangedFields() {
        Event first = event("e1", "r1");
        Event second = revised(first, 4, "r2");
        try (SqliteEventStore store = SqliteEventStore.open(dir.resolve("s.db"))) {
            store.write(write("r1", LocalDate.of(2024, 10, 21), first, print("r1", List.of(7L), null, null)));
            store.write(write("r2", LocalDate.of(2024, 10, 23), second, print("r2", List.of(8L), null, null)));
            List<HistoryEntry> h = store.history("e1");
            assertEquals(2, h.size());
            assertEquals("r1", h.get(0).report());
            assertEquals(first, h.get(0).state());
            assertTrue(h.get(0).changes().contains(new EventChange("fatalities", null, "0")));
            assertEquals(List.of(new EventChange("fatalities", "0", "4"), new EventChange("reports", "1", "2")),
                    h.get(1).changes());
            assertEquals(LocalDate.of(2024, 10, 23), h.get(1).published());
            assertEquals(second, h.get(1).state());
            assertTrue(store.history("no-such-event").isEmpty());
        }
    }

    @Test
    void copyLinksAndFingerprintsAreKeptByBucket() {
        try (SqliteEventStore store = SqliteEventStore.open(dir.resolve("s.db"))) {
            store.write(write("r1", LocalDate.of(2024, 10, 21), event("e1", "r1"), print("r1", List.of(7L, 9L), null, null)));
            store.write(write("r2", LocalDate.of(2024, 10, 21), revised(event("e1", "r1"), 0, "r2"),
                    print("r2", List.of(7L), "r1", 0.75)));
            store.write(write("r3", LocalDate.of(2024, 10, 22), event("e3", "r3"), print("r3", List.of(11L), null, null)));

            List<ReportFingerprint> in7 = store.fingerprintsInBuckets(List.of(7L, 100L));
            assertEquals(List.of("r1", "r2"), in7.stream().map(ReportFingerprint::report).toList());
            assertEquals(List.of(1L, 2L, 3L), in7.get(0).signature());
            assertEquals(40, in7.get(0).shingles());
            assertNull(in7.get(0).duplicateOf());
            assertEquals("r1", in7.get(1).duplicateOf());
            assertEquals(List.of(new ReportCopy("r2", "r1", 0.75)), store.copies());
            assertEquals(Optional.of(new ReportCopy("r2", "r1", 0.75)), store.copyOf("r2"));
            assertEquals(Optional.empty(), store.copyOf("r1"));
            assertTrue(store.fingerprintsInBuckets(List.of()).isEmpty());
            assertEquals(store.reports().stream().filter(r -> r.id().equals("r2")).findFirst(), store.report("r2"));
            assertEquals(Optional.empty(), store.report("r9"));
        }
    }

    @Test
    void aReportWrittenWithoutFingerprintStillGetsHistory() {
        try (SqliteEventStore store = SqliteEventStore.open(dir.resolve("s.db"))) {
            store.write(StoreFixtures.processed("r1", event("e1", "r1")));
            assertTrue(store.copies().isEmpty());
            assertEquals(1, store.history("e1").size());
        }
    }
}
