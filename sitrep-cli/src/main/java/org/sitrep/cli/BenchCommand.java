package org.sitrep.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sitrep.annotate.AnnotateConfig;
import org.sitrep.ingest.IngestOverrides;
import org.sitrep.ingest.ReportInputs;
import org.sitrep.ingest.ReportSink;
import org.sitrep.model.RawReport;
import org.sitrep.model.RejectedInputException;
import org.sitrep.model.Report;
import org.sitrep.pipeline.ReportPipeline;
import org.sitrep.store.SqliteEventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code sitrep bench}: on the same reports, in one process, times (a) CoreNLP alone (Sitrep's annotator
 * configuration) and (b) the whole pipeline (clean, annotate, extract, merge, store into a temporary database),
 * after one warm-up pass each; prints reports/s, tokens/s, ms per report and peak heap, and the ratio b/a.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Measure pipeline throughput against CoreNLP alone.")
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Reports to use (default: samples).")
    List<String> inputs = new ArrayList<>(List.of("samples"));
    @Option(names = "--rounds", defaultValue = "3", description = "Measured rounds (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Engine engine = new Engine(AnnotateConfig.defaults());
        List<RawReport> raws = new ArrayList<>();
        new ReportInputs().read(inputs, IngestOverrides.none(), new ReportSink() {
            @Override public void accept(RawReport r) { raws.add(r); }
            @Override public void reject(RejectedInputException e) { spec.commandLine().getErr().println(e.getMessage()); }
        });
        List<Report> reports = new ArrayList<>();
        for (RawReport r : raws) {
            try {
                reports.add(engine.cleaner.apply(r));
            } catch (RejectedInputException e) {
                spec.commandLine().getErr().println(e.getMessage());
            }
        }
        if (reports.isEmpty()) {
            spec.commandLine().getErr().println("bench: no reports to measure");
            return 1;
        }
        long tokens = 0;
        for (Report r : reports) tokens += engine.annotator.apply(r).tokenCount(); // warm-up, and the token count
        double a = Double.MAX_VALUE, b = Double.MAX_VALUE;
        for (int round = 0; round < rounds; round++) {
            long t0 = System.nanoTime();
            for (Report r : reports) engine.annotator.apply(r);
            a = Math.min(a, (System.nanoTime() - t0) / 1e9);
            Path dir = Files.createTempDirectory("sitrep-bench");
            try (SqliteEventStore store = SqliteEventStore.open(dir.resolve("bench.db"))) {
                ReportPipeline p = engine.pipeline(store);
                long t1 = System.nanoTime();
                for (RawReport r : raws) {
                    try {
                        p.ingest(r);
                    } catch (RejectedInputException e) {
                        // already reported above
                    }
                }
                b = Math.min(b, (System.nanoTime() - t1) / 1e9);
            }
        }
        out.printf(Locale.ROOT, "reports: %d, tokens: %d, best of %d rounds%n", reports.size(), tokens, rounds);
        line(out, "(a) CoreNLP alone", reports.size(), tokens, a);
        line(out, "(b) Sitrep end to end", reports.size(), tokens, b);
        out.printf(Locale.ROOT, "throughput ratio b/a: %.2f%n", a / b);
        out.printf(Locale.ROOT, "peak heap: %d MB%n", peakHeapMb());
        out.flush();
        return 0;
    }

    private static void line(PrintWriter out, String name, int reports, long tokens, double seconds) {
        out.printf(Locale.ROOT, "%-24s %8.1f reports/s %10.0f tokens/s %8.1f ms/report%n", name, reports / seconds,
                tokens / seconds, seconds * 1000 / reports);
    }

    private static long peakHeapMb() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) sum += pool.getPeakUsage().getUsed();
        }
        return sum / (1024 * 1024);
    }
}
