package org.sitrep.cli;

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
            description = "Address to listen on (default: ${DEFAULT-VALUE}). Ingestion is open to loopback clients only.")
    String host;
    @Option(names = "--tiles", paramLabel = "URL",
            description = "Tile URL template for the map, e.g. https://tile.openstreetmap.org/{z}/{x}/{y}.png "
                    + "(default: none, the bundled country outlines; no network needed).")
    String tiles;
    @Option(names = "--no-ingest", description = "Disable the ingestion form.")
    boolean noIngest;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ServerConfig config;
        try {
            config = new ServerConfig(host, port, tiles);
        } catch (IllegalArgumentException e) {
            err.println("serve: " + e.getMessage());
            return 2;
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
