package org.sitrep.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.jspecify.annotations.Nullable;
import org.sitrep.annotate.AnnotateConfig;
import org.sitrep.ingest.IngestOverrides;
import org.sitrep.serve.ReportIngester;
import org.sitrep.serve.ServerConfig;
import org.sitrep.serve.ServerToken;
import org.sitrep.serve.SitrepServer;
import org.sitrep.store.EventStore;
import org.sitrep.store.SqliteEventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep serve}: the REST API and the analyst's page over a store, until Ctrl-C. The language models are
 * loaded only when the page's ingestion form is first used, so the server starts in about a second.
 *
 * <p>Reading needs nothing; ingesting needs the token kept in {@code --token-file} (default: the store's path plus
 * {@code .token}, made at the first start with permissions 0600) and, unless {@code --allow-remote-ingest}, a
 * loopback client. With {@code --no-ingest} no token file is read or made. Exit codes: 0 after Ctrl-C, 1 when the
 * token file or the port cannot be used, 2 for a bad option.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the REST API (/api, described at /openapi.json) and the analyst's page over the store.")
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    StoreOption store;
    @Option(names = "--port", defaultValue = "8080", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;
    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}).")
    String host;
    @Option(names = "--tiles", paramLabel = "URL",
            description = "Tile URL template for the map, e.g. https://tile.openstreetmap.org/{z}/{x}/{y}.png "
                    + "(default: none, the bundled country outlines; no network needed).")
    String tiles;
    @Option(names = "--no-ingest", description = "Disable ingestion: the server is read-only for everyone.")
    boolean noIngest;
    @Option(names = "--token-file", paramLabel = "FILE",
            description = "Where the ingestion token is kept, made at the first start with permissions 0600 "
                    + "(default: the store's path plus .token).")
    Path tokenFile;
    @Option(names = "--allow-remote-ingest",
            description = "Let clients other than loopback ingest with the token (default: loopback only).")
    boolean allowRemoteIngest;
    @Option(names = "--cors-origin", paramLabel = "ORIGIN",
            description = "An origin (https://desk.example.org) whose pages may call the API; repeatable "
                    + "(default: none, cross-origin calls are refused).")
    List<String> corsOrigins = new ArrayList<>();
    @Option(names = "--rate-limit", paramLabel = "N", defaultValue = "20",
            description = "Requests per second each client address may send, in bursts of twice as many "
                    + "(default: ${DEFAULT-VALUE}; 0 turns the limit off).")
    double rateLimit;
    @Option(names = "--max-request-mb", paramLabel = "MB", defaultValue = "20",
            description = "Largest request body in MiB, uploads included (default: ${DEFAULT-VALUE}).")
    int maxRequestMb;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ServerConfig config;
        try {
            config = new ServerConfig(host, port, tiles).withCorsOrigins(corsOrigins)
                    .withRateLimit(ServerConfig.RateLimit.of(rateLimit))
                    .withMaxRequestBytes((long) maxRequestMb * 1024 * 1024);
        } catch (IllegalArgumentException e) {
            err.println("serve: " + e.getMessage());
            return 2;
        }
        if (!noIngest) {
            Path file = tokenFile != null ? tokenFile : store.db.resolveSibling(store.db.getFileName() + ".token");
            ServerToken token;
            try {
                token = ServerToken.loadOrCreate(file);
            } catch (IOException e) {
                err.println("serve: cannot read or make the token file " + file + ": " + e.getMessage());
                return 1;
            }
            if (token.narrowed()) {
                err.println("serve: " + file + " was readable by others; narrowed to 0600. Delete it and restart for a"
                        + " new token if others may have read it.");
            }
            config = config.withToken(token.token(), allowRemoteIngest);
            out.println("sitrep: ingestion token " + (token.created() ? "made in " : "in ") + file
                    + " (send it as Authorization: Bearer <token>; the page's form asks for it)");
        }
        EventStore s = SqliteEventStore.open(store.db);
        SitrepServer server;
        try {
            server = SitrepServer.start(config, s, noIngest ? null : new LazyIngester(s), err);
        } catch (RuntimeException e) {
            s.close();
            err.println("serve: cannot listen on " + host + ":" + port + ": " + rootMessage(e));
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            s.close();
            err.println("sitrep serve: stopped");
            err.flush();
            stopped.countDown();
        }, "sitrep-serve-stop"));
        String shown = host.contains(":") ? "[" + host + "]" : host;
        out.println("sitrep: serving " + store.db + " at http://" + shown + ":" + server.port() + "/ (Ctrl-C stops)");
        out.flush();
        stopped.await();
        return 0;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) t = t.getCause();
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }

    /** Builds the pipeline on the first ingestion (a minute or more), then reuses it; one ingestion at a time. */
    static final class LazyIngester implements ReportIngester {
        private final EventStore store;
        private @Nullable Engine engine;

        LazyIngester(EventStore store) {
            this.store = store;
        }

        @Override
        public synchronized Outcome ingest(List<Path> files, @Nullable LocalDate published, @Nullable String url,
                                           @Nullable String outlet) {
            if (engine == null) engine = new Engine(AnnotateConfig.defaults());
            StringWriter lines = new StringWriter();
            PrintWriter writer = new PrintWriter(lines);
            List<String> inputs = new ArrayList<>();
            for (Path f : files) inputs.add(f.toString());
            Ingestion.Totals t = Ingestion.run(engine, store, inputs, new IngestOverrides(url, outlet, published),
                    writer, writer, false);
            writer.flush();
            return new Outcome(t.added(), t.alreadyStored(), t.rejected(), lines.toString().lines().toList());
        }
    }
}
