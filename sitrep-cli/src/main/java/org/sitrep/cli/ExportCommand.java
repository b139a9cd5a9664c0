package org.sitrep.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sitrep.export.CsvExporter;
import org.sitrep.export.ExportContent;
import org.sitrep.export.ExportSummary;
import org.sitrep.export.Exporter;
import org.sitrep.export.GeoJsonExporter;
import org.sitrep.export.JsonLinesExporter;
import org.sitrep.store.EventQuery;
import org.sitrep.store.EventStore;
import org.sitrep.store.SqliteEventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sitrep export --format jsonl|csv|geojson [-o FILE]}: the record format of RECORD.md. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export the record: jsonl (events, tallies, statements, reports), csv or geojson (events).")
final class ExportCommand implements Callable<Integer> {
    enum Format { jsonl, csv, geojson }

    @Spec
    CommandSpec spec;
    @Mixin
    StoreOption store;
    @Option(names = "--format", required = true, description = "One of: ${COMPLETION-CANDIDATES}.")
    Format format;
    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Output file (default: standard output).")
    Path output;

    @Override
    public Integer call() throws IOException {
        if (!store.db.toFile().exists()) {
            spec.commandLine().getErr().println(store.db + ": no such store (run sitrep ingest first)");
            return 1;
        }
        try (EventStore s = SqliteEventStore.open(store.db)) {
            ExportContent content = ExportContent.from(s, EventQuery.all());
            Exporter exporter = exporter(format);
            ExportSummary sum;
            if (output == null) {
                sum = exporter.write(content, System.out);
            } else {
                sum = exporter.write(content, output);
            }
            spec.commandLine().getErr().println(summary(format, sum, output));
        }
        return 0;
    }

    static Exporter exporter(Format f) {
        return switch (f) {
            case jsonl -> new JsonLinesExporter();
            case csv -> new CsvExporter();
            case geojson -> new GeoJsonExporter();
        };
    }

    static String summary(Format f, ExportSummary s, Path output) {
        String where = output == null ? "standard output" : output.toString();
        String extra = f == Format.geojson && s.eventsWithoutCoordinates() > 0
                ? String.format(Locale.ROOT, " (%d events without coordinates left out)", s.eventsWithoutCoordinates()) : "";
        return String.format(Locale.ROOT, "wrote %d events, %d tallies, %d statements, %d reports as %s to %s%s",
                s.events(), s.tallies(), s.statements(), s.reports(), f, where, extra);
    }
}
