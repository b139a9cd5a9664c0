package org.sitrep.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Iterator;
import org.sitrep.model.RejectedInputException;

/**
 * Reads JSON Lines ({@code .jsonl}): one report a line, an object with the fields {@code url, outlet, title,
 * published, text} or {@code html} (see {@link JsonReportFields}). Empty lines are skipped. A line that fails is
 * rejected on its own, named {@code file:LINE} (line numbers from 1), and the next lines are still read:
 * {@code feed.jsonl:7: malformed JSON (Unexpected end-of-input...)}, {@code feed.jsonl:9: no text or html field}.
 * {@code RawReport.source} is {@code file:LINE} too, so every report can be traced to its line.
 */
public final class JsonLinesReportReader implements ReportReader {
    private static final System.Logger LOG = System.getLogger(JsonLinesReportReader.class.getName());

    private final ObjectMapper mapper = JsonReportFields.newMapper();
    private final JsonReportFields fields = new JsonReportFields();

    @Override
    public void read(String source, String content, ReportSink sink) {
        Iterator<String> lines = content.lines().iterator();
        for (int number = 1; lines.hasNext(); number++) {
            String line = lines.next();
            if (line.isBlank()) continue;
            String lineSource = source + ":" + number;
            try {
                sink.accept(fields.toReport(lineSource, mapper.readTree(line)));
            } catch (JsonProcessingException e) {
                sink.reject(new RejectedInputException(lineSource,
                        "malformed JSON (" + JsonReportFields.reason(e) + ")"));
            } catch (RejectedInputException e) {
                sink.reject(e);
            } catch (RuntimeException e) {
                // One odd line must not cost the rest of the file.
                LOG.log(System.Logger.Level.DEBUG, "internal error reading " + lineSource, e);
                sink.reject(new RejectedInputException(lineSource, "internal error: " + ReportInputs.describe(e)));
            }
        }
    }
}
