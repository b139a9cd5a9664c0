package org.sitrep.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.sitrep.model.RejectedInputException;

/**
 * Reads a {@code .json} file: one report object, or an array of report objects (fields as in
 * {@link JsonReportFields}). Files named {@code .json} that hold JSON Lines are common, so a file whose first
 * object is followed by another is read by the {@link JsonLinesReportReader}.
 *
 * <p>An element of an array is named {@code file:LINE} by the line it starts on; a rejected element does not stop
 * the others. A syntax error ends the file with one rejection at its line, after the elements before it.
 *
 * <p>An object with a {@code messages} array is a Telegram channel export ({@code result.json}), read by
 * {@link TelegramExportReader}.
 */
public final class JsonReportReader implements ReportReader {
    /** Reads one value at a time from a stream of them, so it must not insist that nothing follows a value. */
    private final ObjectMapper mapper = new ObjectMapper();
    private final JsonReportFields fields = new JsonReportFields();
    private final JsonLinesReportReader lines = new JsonLinesReportReader();
    private final TelegramExportReader telegram = new TelegramExportReader();

    @Override
    public void read(String source, String content, ReportSink sink) throws RejectedInputException {
        int line = 1;
        try (JsonParser parser = mapper.createParser(content)) {
            JsonToken token = parser.nextToken();
            if (token == JsonToken.START_OBJECT) {
                JsonNode node = mapper.readTree(parser);
                line = parser.currentLocation().getLineNr();
                if (parser.nextToken() != null) {
                    lines.read(source, content, sink);
                } else if (TelegramExportReader.isExport(node)) {
                    telegram.read(source, node, sink);
                } else {
                    sink.accept(fields.toReport(source, node));
                }
            } else if (token == JsonToken.START_ARRAY) {
                int elements = 0;
                while ((token = parser.nextToken()) != JsonToken.END_ARRAY && token != null) {
                    line = parser.currentTokenLocation().getLineNr();
                    JsonNode node = mapper.readTree(parser);
                    readElement(source + ":" + line, node, sink);
                    elements++;
                }
                if (elements == 0) throw new RejectedInputException(source, "empty JSON array");
            } else {
                throw new RejectedInputException(source, "not a JSON object or array");
            }
        } catch (JsonProcessingException e) {
            int at = e.getLocation() != null ? e.getLocation().getLineNr() : line;
            throw new RejectedInputException(source + ":" + at, "malformed JSON (" + JsonReportFields.reason(e) + ")");
        } catch (IOException e) {
            // The parser reads from a String in memory: no real I/O can fail here.
            throw new UncheckedIOException(e);
        }
    }

    private void readElement(String source, JsonNode node, ReportSink sink) {
        try {
            sink.accept(fields.toReport(source, node));
        } catch (RejectedInputException e) {
            sink.reject(e);
        }
    }
}
