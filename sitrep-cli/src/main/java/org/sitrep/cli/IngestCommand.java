package org.sitrep.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.annotate.AnnotateConfig;
import org.sitrep.ingest.IngestOverrides;
import org.sitrep.relevance.RelevanceConfig;
import org.sitrep.store.EventStore;
import org.sitrep.store.SqliteEventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sitrep ingest PATH... [-]}: reads reports into the store. Exit 1 when nothing could be processed. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Ingest reports (.txt, .html, .json, .jsonl, RSS/Atom feeds, .warc[.gz] web archives, Telegram result.json exports; files, folders, or - for stdin) into the store.")
final class IngestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    StoreOption store;
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, folders (recursive) or - for standard input.")
    List<String> inputs;
    @Option(names = "--published", paramLabel = "YYYY-MM-DD", description = "Publication date for every input.")
    LocalDate published;
    @Option(names = "--url", description = "Source URL for every input.")
    String url;
    @Option(names = "--outlet", paramLabel = "NAME", description = "Outlet name for every input.")
    String outlet;
    @Option(names = "--threads", description = "Reports annotated at once (default: the number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();
    @Option(names = "--no-filter", description = "Annotate every sentence of every report (no relevance filter).")
    boolean noFilter;
    @Option(names = "--verbose", description = "Print stack traces of internal errors.")
    boolean verbose;

    @Override
    public Integer call() {
        if (threads < 1) throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1");
        Engine engine = new Engine(AnnotateConfig.defaults(), noFilter ? null : RelevanceConfig.defaults());
        try (EventStore s = SqliteEventStore.open(store.db)) {
            Ingestion.Totals t = Ingestion.run(engine, s, inputs, new IngestOverrides(url, outlet, published),
                    spec.commandLine().getOut(), spec.commandLine().getErr(), verbose, threads);
            return t.nothingProcessed() ? 1 : 0;
        }
    }
}
