package org.sitrep.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.ProcessedReport;
import org.sitrep.store.EventQuery;
import org.sitrep.store.SqliteEventStore;

class ExportFromStoreTest {
    @TempDir
    Path dir;

    @Test
    void storedContentExportsAsWritten() throws IOException {
        ExportContent content = new ExportContent(List.of(ExportFixtures.report("r1", "Example News")),
                List.of(ExportFixtures.located()), List.of(ExportFixtures.windowlessTally()),
                List.of(ExportFixtures.statement()));
        try (SqliteEventStore store = SqliteEventStore.open(dir.resolve("x.db"))) {
            store.write(new ProcessedReport(content.reports().get(0), content.events(), List.of(),
                    content.tallies(), content.statements()));
            ExportContent stored = ExportContent.from(store, EventQuery.all());
            assertEquals(content, stored);
            StringWriter a = new StringWriter();
            StringWriter b = new StringWriter();
            new JsonLinesExporter().write(content, a);
            new JsonLinesExporter().write(stored, b);
            assertEquals(a.toString(), b.toString());
        }
    }
}
