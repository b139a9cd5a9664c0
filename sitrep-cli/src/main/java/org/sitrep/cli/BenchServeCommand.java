package org.sitrep.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sitrep.serve.ServerConfig;
import org.sitrep.serve.SitrepServer;
import org.sitrep.serve.SyntheticEvents;
import org.sitrep.store.EventQuery;
import org.sitrep.store.SqliteEventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep bench-serve}: latency of {@code GET /api/events} on a store of synthetic events written through the
 * store API. Starts the server on a free loopback port in this process, warms up, then sends the requests of
 * {@link #QUERIES} in turn, one at a time, from one client, and prints p50, p95, p99 and the maximum per query and
 * over all. Requests go to 127.0.0.1 only and stop after {@code --requests}.
 */
@Command(name = "bench-serve", mixinStandardHelpOptions = true,
        description = "Measure p95 latency of the events endpoint over synthetic events (10,000 by default).")
final class BenchServeCommand implements Callable<Integer> {
    /** The filters an analyst's page sends: a first page, a country, a month, a map view, a radius, text, paging. */
    static final List<String> QUERIES = List.of(
            "", "?country=IQ", "?since=2024-03-01&until=2024-03-31", "?bbox=38,29,49,38",
            "?near=33.8,42.4,50", "?q=killing%2012", "?actor=houthis&type=drone", "?status=claimed&offset=500",
            "?view=brief&country=UA&limit=1000");

    @Spec
    CommandSpec spec;
    @Option(names = "--events", defaultValue = "10000", description = "Synthetic events (default: ${DEFAULT-VALUE}).")
    int events;
    @Option(names = "--requests", defaultValue = "2000", description = "Measured requests (default: ${DEFAULT-VALUE}).")
    int requests;
    @Option(names = "--warmup", defaultValue = "500", description = "Unmeasured requests first (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        if (events < 1 || requests < QUERIES.size() || warmup < 0) {
            spec.commandLine().getErr().println("bench-serve: --events must be positive, --requests at least "
                    + QUERIES.size() + " and --warmup not negative");
            return 2;
        }
        Path dir = Files.createTempDirectory("sitrep-bench-serve");
        Path db = dir.resolve("bench.db");
        try (SqliteEventStore store = SqliteEventStore.open(db)) {
            long t0 = System.nanoTime();
            int reports = SyntheticEvents.write(store, events, 1);
            out.printf(Locale.ROOT, "%d synthetic events in %d reports written in %.1f s%n", store.count(EventQuery.all()),
                    reports, (System.nanoTime() - t0) / 1e9);
            try (SitrepServer server = SitrepServer.start(new ServerConfig("127.0.0.1", 0, null), store, null,
                    spec.commandLine().getErr())) {
                HttpClient http = HttpClient.newHttpClient();
                String base = "http://127.0.0.1:" + server.port() + "/api/events";
                for (int i = 0; i < warmup; i++) send(http, base + QUERIES.get(i % QUERIES.size()));
                List<List<Long>> perQuery = new ArrayList<>();
                for (int q = 0; q < QUERIES.size(); q++) perQuery.add(new ArrayList<>());
                List<Long> all = new ArrayList<>();
                for (int i = 0; i < requests; i++) {
                    int q = i % QUERIES.size();
                    long start = System.nanoTime();
                    send(http, base + QUERIES.get(q));
                    long micros = (System.nanoTime() - start) / 1000;
                    perQuery.get(q).add(micros);
                    all.add(micros);
                }
                out.printf(Locale.ROOT, "%-40s %6s %8s %8s %8s %8s%n", "GET /api/events", "n", "p50 ms", "p95 ms",
                        "p99 ms", "max ms");
                for (int q = 0; q < QUERIES.size(); q++) row(out, QUERIES.get(q).isEmpty() ? "(first page)" : QUERIES.get(q), perQuery.get(q));
                row(out, "all", all);
            }
        } finally {
            for (String f : new String[] {"bench.db", "bench.db-wal", "bench.db-shm"}) Files.deleteIfExists(dir.resolve(f));
            Files.deleteIfExists(dir);
        }
        return 0;
    }

    private static void send(HttpClient http, String url) throws IOException, InterruptedException {
        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 200) throw new IOException(url + ": HTTP " + r.statusCode());
    }

    private static void row(PrintWriter out, String label, List<Long> micros) {
        long[] sorted = micros.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        out.printf(Locale.ROOT, "%-40s %6d %8.1f %8.1f %8.1f %8.1f%n", label, sorted.length, pct(sorted, 50) / 1000.0,
                pct(sorted, 95) / 1000.0, pct(sorted, 99) / 1000.0, sorted[sorted.length - 1] / 1000.0);
    }

    /** The nearest-rank percentile. */
    private static long pct(long[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }
}
