package org.sitrep.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.sitrep.annotate.AnnotateConfig;
import org.sitrep.annotate.NaiveCoreNlp;
import org.sitrep.eval.OtherNews;
import org.sitrep.ingest.IngestOverrides;
import org.sitrep.ingest.ReportInputs;
import org.sitrep.ingest.ReportSink;
import org.sitrep.model.AnnotatedReport;
import org.sitrep.model.RawReport;
import org.sitrep.model.RejectedInputException;
import org.sitrep.model.Report;
import org.sitrep.model.Sentence;
import org.sitrep.pipeline.ReportPipeline;
import org.sitrep.relevance.RelevanceConfig;
import org.sitrep.store.EventStore;
import org.sitrep.store.SqliteEventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep bench} (issue 8): in one process and on the same reports, (a) the naive baseline, CoreNLP's
 * tokenize, ssplit, pos, lemma, ner, depparse on the whole of every report, one report after another, against (b)
 * Sitrep end to end (clean, relevance filter, annotate, extract, merge, batched store in a temporary database, on
 * a thread pool). Two sets: the conflict reports alone, and a mix in which they are the given share and generated
 * other news ({@link OtherNews}) the rest. Rounds interleave a and b so that the load of a shared machine falls on
 * both; throughput is the best round, latency percentiles pool every round. (a) on the conflict set is timed
 * inside the mix pass (it is sequential, so its time is the sum over those reports).
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Throughput of Sitrep end to end against the naive CoreNLP baseline, on conflict reports and on a mix with other news.")
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Option(names = "--reports", paramLabel = "PATH", description = "Conflict reports (default: ${DEFAULT-VALUE}).")
    List<String> inputs = new ArrayList<>(List.of("corpus/dev/reports"));
    @Option(names = "--mix", defaultValue = "0.1", description = "Share of conflict reports in the mix (default: ${DEFAULT-VALUE}).")
    double mix;
    @Option(names = "--rounds", defaultValue = "2", description = "Measured rounds (default: ${DEFAULT-VALUE}).")
    int rounds;
    @Option(names = "--threads", description = "Threads of run b (default: the number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();
    @Option(names = "--limit", description = "Use only the first N conflict reports (a quicker run).")
    int limit = Integer.MAX_VALUE;
    @Option(names = "--baseline", defaultValue = "corenlp", description = "corenlp: CoreNLP's default NER (SUTime, three models), the common way; sitrep: NER as Sitrep sets it (3-class only) (default: ${DEFAULT-VALUE}).")
    String baseline;
    @Option(names = "--no-filter", description = "Run b without the relevance filter.")
    boolean noFilter;

    /** One timed pass: wall time and each report's own time. */
    private record Pass(double seconds, double[] millis) {
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (mix <= 0 || mix > 1 || rounds < 1 || threads < 1 || !(baseline.equals("corenlp") || baseline.equals("sitrep"))) {
            err.println("bench: --mix must be in (0, 1], --rounds and --threads at least 1, --baseline corenlp or sitrep");
            return 2;
        }
        Engine engine = new Engine(AnnotateConfig.defaults(), noFilter ? null : RelevanceConfig.defaults());
        NaiveCoreNlp naive = new NaiveCoreNlp(baseline.equals("sitrep"));
        List<RawReport> conflict = read(err);
        if (conflict.size() > limit) conflict = new ArrayList<>(conflict.subList(0, limit));
        if (conflict.isEmpty()) {
            err.println("bench: no reports to measure");
            return 1;
        }
        int others = (int) Math.round(conflict.size() * (1 - mix) / mix);
        List<RawReport> mixed = new ArrayList<>(conflict);
        mixed.addAll(OtherNews.bundled().generate(others, 8));
        java.util.Collections.shuffle(mixed, new Random(8));
        boolean[] isConflict = new boolean[mixed.size()];
        for (int i = 0; i < mixed.size(); i++) isConflict[i] = conflict.contains(mixed.get(i));
        List<Report> cleaned = new ArrayList<>();
        for (RawReport r : mixed) cleaned.add(engine.cleaner.apply(r));

        // Warm-up of both, and what the filter lets through.
        int[] tokens = new int[mixed.size()];
        long[] sentences = new long[4];
        int[] passed = new int[2];
        for (int i = 0; i < cleaned.size(); i++) {
            AnnotatedReport a = engine.annotator.apply(cleaned.get(i));
            int full = 0;
            for (Sentence s : a.sentences()) if (s.tokens().stream().anyMatch(t -> !t.tag().isEmpty())) full++;
            int k = isConflict[i] ? 0 : 2;
            sentences[k] += full;
            sentences[k + 1] += a.sentences().size();
            if (full > 0) passed[k / 2]++;
            if (i < 5) tokens[i] = naive.annotate(cleaned.get(i).text());
        }
        for (int i = 0; i < cleaned.size(); i++) if (tokens[i] == 0) tokens[i] = engine.annotator.apply(cleaned.get(i)).tokenCount();

        Pass bestA = null, bestAConflict = null, bestBMix = null, bestBConflict = null;
        List<double[]> aMix = new ArrayList<>(), aConflict = new ArrayList<>(), bMix = new ArrayList<>(), bConflict = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            Pass a = naivePass(naive, cleaned);
            double conflictSeconds = 0;
            List<Double> conflictMillis = new ArrayList<>();
            for (int i = 0; i < mixed.size(); i++) {
                if (!isConflict[i]) continue;
                conflictSeconds += a.millis()[i] / 1000;
                conflictMillis.add(a.millis()[i]);
            }
            Pass ac = new Pass(conflictSeconds, conflictMillis.stream().mapToDouble(Double::doubleValue).toArray());
            Pass bm = sitrepPass(engine, mixed);
            Pass bc = sitrepPass(engine, conflict);
            aMix.add(a.millis());
            aConflict.add(ac.millis());
            bMix.add(bm.millis());
            bConflict.add(bc.millis());
            bestA = best(bestA, a);
            bestAConflict = best(bestAConflict, ac);
            bestBMix = best(bestBMix, bm);
            bestBConflict = best(bestBConflict, bc);
            out.printf(Locale.ROOT, "round %d: a mix %.1f s, b mix %.1f s, a conflict %.1f s, b conflict %.1f s; "
                            + "ratio b/a mix %.1f, conflict only %.1f%n", round + 1, a.seconds(), bm.seconds(),
                    ac.seconds(), bc.seconds(), a.seconds() / bm.seconds(), ac.seconds() / bc.seconds());
            out.flush();
        }
        long mixTokens = Arrays.stream(tokens).sum(), conflictTokens = 0;
        for (int i = 0; i < mixed.size(); i++) if (isConflict[i]) conflictTokens += tokens[i];
        out.printf(Locale.ROOT, "conflict reports: %d (%d tokens); mix: %d reports, %.0f%% conflict (%d tokens); "
                        + "best of %d interleaved rounds; b on %d threads; baseline: %s%n", conflict.size(), conflictTokens,
                mixed.size(), 100.0 * conflict.size() / mixed.size(), mixTokens, rounds, threads,
                baseline.equals("corenlp") ? "CoreNLP defaults" : "CoreNLP with Sitrep's NER settings");
        out.printf(Locale.ROOT, "%-13s %-22s %10s %10s %8s %8s%n", "set", "run", "reports/s", "tokens/s", "p50 ms", "p95 ms");
        line(out, "mix", "(a) CoreNLP naive", mixed.size(), mixTokens, bestA, aMix);
        line(out, "mix", "(b) Sitrep end to end", mixed.size(), mixTokens, bestBMix, bMix);
        line(out, "conflict only", "(a) CoreNLP naive", conflict.size(), conflictTokens, bestAConflict, aConflict);
        line(out, "conflict only", "(b) Sitrep end to end", conflict.size(), conflictTokens, bestBConflict, bConflict);
        out.printf(Locale.ROOT, "ratio b/a: mix %.1f, conflict only %.1f%n", bestA.seconds() / bestBMix.seconds(),
                bestAConflict.seconds() / bestBConflict.seconds());
        out.printf(Locale.ROOT, "relevance filter: %d of %d conflict reports and %d of %d other reports passed; "
                        + "sentences annotated in full: %d of %d (conflict), %d of %d (other)%n", passed[0], conflict.size(),
                passed[1], others, sentences[0], sentences[1], sentences[2], sentences[3]);
        out.printf(Locale.ROOT, "peak heap: %d MB (both pipelines loaded in this process)%n", peakHeapMb());
        out.flush();
        return 0;
    }

    private List<RawReport> read(PrintWriter err) {
        List<RawReport> raws = new ArrayList<>();
        new ReportInputs().read(inputs, IngestOverrides.none(), new ReportSink() {
            @Override public void accept(RawReport r) { raws.add(r); }
            @Override public void reject(RejectedInputException e) { err.println(e.getMessage()); }
        });
        return raws;
    }

    private static Pass naivePass(NaiveCoreNlp naive, List<Report> reports) {
        double[] millis = new double[reports.size()];
        long t0 = System.nanoTime();
        for (int i = 0; i < reports.size(); i++) {
            long t = System.nanoTime();
            naive.annotate(reports.get(i).text());
            millis[i] = (System.nanoTime() - t) / 1e6;
        }
        return new Pass((System.nanoTime() - t0) / 1e9, millis);
    }

    /**
     * The whole pipeline as {@code sitrep ingest} runs it into a fresh store: prepare on the pool, commit in input
     * order, batched. A report's time is its own preparing and committing, not its wait in the queue.
     */
    private Pass sitrepPass(Engine engine, List<RawReport> raws) throws Exception {
        Path dir = Files.createTempDirectory("sitrep-bench");
        double[] millis = new double[raws.size()];
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try (SqliteEventStore store = SqliteEventStore.open(dir.resolve("bench.db"))) {
            ReportPipeline p = engine.pipeline(store);
            long t0 = System.nanoTime();
            try (EventStore.Batch batch = store.batch(Ingestion.BATCH)) {
                Deque<Future<ReportPipeline.Prepared>> inFlight = new ArrayDeque<>();
                int next = 0;
                for (int i = 0; i < raws.size(); i++) {
                    while (next < raws.size() && inFlight.size() < 2 * threads) {
                        int k = next++;
                        inFlight.add(pool.submit(() -> {
                            long t = System.nanoTime();
                            ReportPipeline.Prepared prepared = p.prepare(raws.get(k));
                            millis[k] = (System.nanoTime() - t) / 1e6;
                            return prepared;
                        }));
                    }
                    Future<ReportPipeline.Prepared> f = inFlight.remove();
                    if (!f.isDone()) batch.flush();
                    ReportPipeline.Prepared prepared = f.get();
                    long t = System.nanoTime();
                    p.commit(prepared);
                    millis[i] += (System.nanoTime() - t) / 1e6;
                }
            }
            return new Pass((System.nanoTime() - t0) / 1e9, millis);
        } finally {
            pool.shutdownNow();
            try (var files = Files.list(dir)) {
                for (Path f : files.toList()) Files.deleteIfExists(f);
            }
            Files.deleteIfExists(dir);
        }
    }

    private static Pass best(Pass current, Pass candidate) {
        return current == null || candidate.seconds() < current.seconds() ? candidate : current;
    }

    private static void line(PrintWriter out, String set, String run, int reports, long tokens, Pass best,
                             List<double[]> rounds) {
        double[] all = rounds.stream().flatMapToDouble(Arrays::stream).sorted().toArray();
        out.printf(Locale.ROOT, "%-13s %-22s %10.1f %10.0f %8.0f %8.0f%n", set, run, reports / best.seconds(),
                tokens / best.seconds(), percentile(all, 0.50), percentile(all, 0.95));
    }

    private static double percentile(double[] sorted, double q) {
        if (sorted.length == 0) return 0;
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)];
    }

    private static long peakHeapMb() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) sum += pool.getPeakUsage().getUsed();
        }
        return sum / (1024 * 1024);
    }
}
