package org.sitrep.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.clean.ReportCleaner;
import org.sitrep.merge.EventCombiner;
import org.sitrep.merge.EventCompatibility;
import org.sitrep.merge.EventMerger;
import org.sitrep.model.AnnotatedReport;
import org.sitrep.model.RawReport;
import org.sitrep.model.RejectedInputException;
import org.sitrep.model.Report;
import org.sitrep.model.Stage;
import org.sitrep.resolve.actor.ActorRegistry;
import org.sitrep.store.SqliteEventStore;

/** The pipeline's time budget, with a stand-in annotator that never finishes; no models needed. */
class ReportPipelineTest {
    @Test
    void aReportOverItsTimeBudgetIsRejectedAndNothingOfItStored(@TempDir Path dir) throws Exception {
        CountDownLatch interrupted = new CountDownLatch(1);
        Stage<Report, AnnotatedReport> stuck = report -> {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                interrupted.countDown();
            }
            throw new IllegalStateException("a stuck annotator returns nothing");
        };
        ActorRegistry registry = ActorRegistry.bundled();
        try (SqliteEventStore store = SqliteEventStore.open(dir.resolve("t.db"))) {
            ReportPipeline pipeline = new ReportPipeline(new ReportCleaner(), stuck, annotated -> {
                throw new IllegalStateException("never reached");
            }, new EventMerger(new EventCompatibility(registry), new EventCombiner(registry)), store,
                    Duration.ofMillis(300));
            RawReport raw = new RawReport("slow.txt", null, null, null, null, "Shelling hit Kherson on Monday.");
            long start = System.nanoTime();
            RejectedInputException e = assertThrows(RejectedInputException.class, () -> pipeline.ingest(raw));
            assertEquals("slow.txt: not processed within 300 ms", e.getMessage());
            assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(10), "the budget holds");
            assertTrue(interrupted.await(10, TimeUnit.SECONDS), "the report's thread is interrupted");
            assertTrue(store.reports().isEmpty(), "nothing of the report is stored");
        }
    }
}
