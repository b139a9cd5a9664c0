package org.sitrep.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
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
 * {@code sitrep bench-load}: holds a fixed request rate against the server on a loopback port over a store of
 * synthetic events (as {@code bench-serve} makes it), and reports latency percentiles, errors and the rate held.
 *
 * <p>Open loop: request {@code i} is due at {@code start + i / rate} whatever the earlier ones are doing, sent
 * asynchronously, and its latency counts from when it was due, not from when it went out. A server that stalls
 * thus shows the wait of every request queued behind the stall, which a client waiting for each answer before
 * the next (closed loop) would never send and so never measure ("coordinated omission").
 *
 * <p>The requests cycle through {@link #MIX}: short pages (20 events) of the filters {@code bench-serve} times, the
 * weekly timeline, 200 map markers, one event with its evidence and duplicates, about and tallies: what an API
 * client or the page asks most. The heavy views (1,000 markers, actors, places) are {@code bench-serve}'s to time. The per-client rate limit is off for
 * the run: every request comes from 127.0.0.1, one client, which the limit exists to hold back. A warm-up at the
 * same rate comes first and is not counted. Exit code 0 when there was no error and at least 95% of the rate was
 * held, 1 otherwise, 2 for bad options.
 */
@Command(name = "bench-load", mixinStandardHelpOptions = true,
        description = "Hold a request rate against the server over synthetic events; report p50/p95/p99, errors, rate.")
final class BenchLoadCommand implements Callable<Integer> {
    /** Paths after the host; {@code {id}} is an event of the store. */
    static final List<String> MIX = List.of(
            "/api/about", "/api/events?limit=20", "/api/events?country=IQ&limit=20",
            "/api/events?bbox=38,29,49,38&limit=20", "/api/events?since=2024-03-01&until=2024-03-07&limit=20",
            "/api/timeline?bucket=week", "/api/events?near=33.8,42.4,50&limit=20", "/api/events?view=brief&limit=200",
            "/api/events/{id}", "/api/tallies");
    static final Duration TIMEOUT = Duration.ofSeconds(10);

    @Spec
    CommandSpec spec;
    @Option(names = "--rate", defaultValue = "200", description = "Requests per second (default: ${DEFAULT-VALUE}).")
    int rate;
    @Option(names = "--seconds", defaultValue = "60", description = "Measured seconds (default: ${DEFAULT-VALUE}).")
    int seconds;
    @Option(names = "--warmup", defaultValue = "10", description = "Unmeasured seconds first (default: ${DEFAULT-VALUE}).")
    int warmup;
    @Option(names = "--events", defaultValue = "10000", description = "Synthetic events (default: ${DEFAULT-VALUE}).")
    int events;

    /** What a run measured: latencies in microseconds from the due time, of the requests that got a 200. */
    record Result(int sent, int errors, long[] micros, double seconds, long maxSendLagMicros, List<String> firstErrors) {
        double achievedRate() {
            return micros.length / seconds;
        }
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (rate < 1 || rate > 10_000 || seconds < 1 || warmup < 0 || events < 1) {
            err.println("bench-load: --rate must be 1 to 10000, --seconds and --events positive, --warmup not negative");
            return 2;
        }
        Path dir = Files.createTempDirectory("sitrep-bench-load");
        Path db = dir.resolve("bench.db");
        StringWriter serverLog = new StringWriter();
        try (SqliteEventStore store = SqliteEventStore.open(db)) {
            long t0 = System.nanoTime();
            int reports = SyntheticEvents.write(store, events, 1);
            String eventId = store.events(EventQuery.all().page(events / 2, 1)).get(0).id();
            out.printf(Locale.ROOT, "%d synthetic events in %d reports written in %.1f s%n",
                    store.count(EventQuery.all()), reports, (System.nanoTime() - t0) / 1e9);
            ServerConfig config = new ServerConfig("127.0.0.1", 0, null).withRateLimit(ServerConfig.RateLimit.OFF);
            try (SitrepServer server = SitrepServer.start(config, store, null, new PrintWriter(serverLog))) {
                List<URI> uris = new ArrayList<>();
                for (String path : MIX) {
                    uris.add(URI.create("http://127.0.0.1:" + server.port() + path.replace("{id}", eventId)));
                }
                out.printf(Locale.ROOT, "open loop at %d requests/s on 127.0.0.1:%d, per-client rate limit off; "
                        + "%d s warm-up, then %d s measured, %d kinds of request in turn%n", rate, server.port(), warmup,
                        seconds, MIX.size());
                out.flush();
                HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(TIMEOUT).build();
                if (warmup > 0) run(http, uris, rate, warmup);
                Result r = run(http, uris, rate, seconds);
                report(out, r);
                for (String e : r.firstErrors()) err.println("bench-load: " + e);
                if (!serverLog.toString().isEmpty()) err.print(serverLog);
                boolean held = r.achievedRate() >= 0.95 * rate;
                if (r.errors() > 0 || !held) {
                    err.printf(Locale.ROOT, "bench-load: %s%n", r.errors() > 0 ? r.errors() + " errors"
                            : String.format(Locale.ROOT, "held %.1f of %d requests/s", r.achievedRate(), rate));
                    return 1;
                }
                return 0;
            }
        } finally {
            for (String f : new String[] {"bench.db", "bench.db-wal", "bench.db-shm"}) Files.deleteIfExists(dir.resolve(f));
            Files.deleteIfExists(dir);
        }
    }

    /** Sends {@code rate * seconds} requests, each at its due time, and waits for the last answer. */
    static Result run(HttpClient http, List<URI> uris, int rate, int seconds) throws InterruptedException {
        int n = rate * seconds;
        long period = 1_000_000_000L / rate;
        long[] latency = new long[n];
        Arrays.fill(latency, -1);
        AtomicInteger errors = new AtomicInteger();
        List<String> firstErrors = java.util.Collections.synchronizedList(new ArrayList<>());
        List<CompletableFuture<?>> pending = new ArrayList<>(n);
        long maxLag = 0;
        long start = System.nanoTime() + 10_000_000L;
        for (int i = 0; i < n; i++) {
            long due = start + i * period;
            long wait;
            while ((wait = due - System.nanoTime()) > 0) LockSupport.parkNanos(wait);
            maxLag = Math.max(maxLag, System.nanoTime() - due);
            int index = i;
            URI uri = uris.get(i % uris.size());
            HttpRequest request = HttpRequest.newBuilder(uri).timeout(TIMEOUT).build();
            pending.add(http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray()).whenComplete((resp, failure) -> {
                long done = System.nanoTime();
                if (failure == null && resp.statusCode() == 200) {
                    latency[index] = (done - due) / 1000;
                } else {
                    errors.incrementAndGet();
                    if (firstErrors.size() < 5) {
                        firstErrors.add(uri + ": " + (failure != null ? failure : "HTTP " + resp.statusCode()));
                    }
                }
            }));
        }
        try {
            CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).exceptionally(t -> null)
                    .get(TIMEOUT.toSeconds() + 5, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            // Requests still out count as errors below.
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        long[] ok = Arrays.stream(latency).filter(l -> l >= 0).sorted().toArray();
        int failed = n - ok.length;
        return new Result(n, Math.max(failed, errors.get()), ok, elapsed, maxLag / 1000, List.copyOf(firstErrors));
    }

    static void report(PrintWriter out, Result r) {
        long[] m = r.micros();
        out.printf(Locale.ROOT, "%8s %8s %8s %8s %8s %8s %8s %8s%n", "sent", "ok", "errors", "req/s", "p50 ms",
                "p95 ms", "p99 ms", "max ms");
        out.printf(Locale.ROOT, "%8d %8d %8d %8.1f %8.1f %8.1f %8.1f %8.1f%n", r.sent(), m.length, r.errors(),
                r.achievedRate(), pct(m, 50), pct(m, 95), pct(m, 99), m.length == 0 ? 0 : m[m.length - 1] / 1000.0);
        out.printf(Locale.ROOT, "latency from each request's due time; the sender was at most %.1f ms late%n",
                r.maxSendLagMicros() / 1000.0);
    }

    /** The nearest-rank percentile in milliseconds. */
    static double pct(long[] sortedMicros, int p) {
        if (sortedMicros.length == 0) return 0;
        int rank = (int) Math.ceil(p / 100.0 * sortedMicros.length);
        return sortedMicros[Math.max(0, rank - 1)] / 1000.0;
    }
}
