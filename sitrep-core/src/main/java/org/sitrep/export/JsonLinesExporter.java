package org.sitrep.export;

import java.io.IOException;
import java.io.Writer;
import org.sitrep.model.Event;
import org.sitrep.model.Report;
import org.sitrep.model.Statement;
import org.sitrep.model.Tally;

/**
 * The record format as JSON Lines (RECORD.md): one object a line, each starting with its {@code kind}: every
 * report, then every event, tally and statement, each group in the content's order. Field names are those of the
 * spec; unstated values are null, not left out, so every line of a kind has the same keys. No options.
 */
public final class JsonLinesExporter implements Exporter {
    @Override
    public ExportSummary write(ExportContent content, Writer out) throws IOException {
        RecordLines lines = new RecordLines(content);
        for (Report r : content.reports()) line(out, lines.report(r));
        for (Event e : content.events()) line(out, lines.event(e));
        for (Tally t : content.tallies()) line(out, lines.tally(t));
        for (Statement s : content.statements()) line(out, lines.statement(s));
        out.flush();
        return new ExportSummary(content.reports().size(), content.events().size(), content.tallies().size(),
                content.statements().size(), 0);
    }

    private static void line(Writer out, String line) throws IOException {
        out.write(line);
        out.write('\n');
    }
}
