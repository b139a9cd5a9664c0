package org.sitrep.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.annotate.AnnotateConfig;
import org.sitrep.export.ExportContent;
import org.sitrep.ingest.IngestOverrides;
import org.sitrep.store.EventQuery;
import org.sitrep.store.EventStore;
import org.sitrep.store.SqliteEventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep demo}: ingests the bundled sample reports into the store, prints the events and writes the three
 * exports next to the store ({@code sitrep-events.jsonl}, {@code .csv}, {@code .geojson}).
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Ingest the bundled samples, print the events, write JSON Lines, CSV and GeoJSON exports.")
final class DemoCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    StoreOption store;
    @Option(names = "--samples", paramLabel = "DIR", defaultValue = "samples", description = "Sample reports (default: ${DEFAULT-VALUE}).")
    Path samples;

    @Override
    public Integer call() throws Exception {
        var err = spec.commandLine().getErr();
        if (!Files.isDirectory(samples)) {
            err.println(samples + ": no such folder of sample reports");
            return 1;
        }
        Engine engine = new Engine(AnnotateConfig.defaults());
        try (EventStore s = SqliteEventStore.open(store.db)) {
            Ingestion.Totals t = Ingestion.run(engine, s, List.of(samples.toString()), IngestOverrides.none(),
                    spec.commandLine().getOut(), err, false);
            EventTable.print(s.events(EventQuery.all()), spec.commandLine().getOut());
            Path dir = store.db.toAbsolutePath().getParent();
            ExportContent content = ExportContent.from(s, EventQuery.all());
            for (ExportCommand.Format f : ExportCommand.Format.values()) {
                Path out = dir.resolve("sitrep-events." + f.name());
                err.println(ExportCommand.summary(f, ExportCommand.exporter(f).write(content, out), out));
            }
            return t.nothingProcessed() ? 1 : 0;
        }
    }
}
