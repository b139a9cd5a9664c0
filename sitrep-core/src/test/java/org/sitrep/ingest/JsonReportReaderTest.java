package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.RejectedInputException;

class JsonReportReaderTest {
    private final JsonReportReader reader = new JsonReportReader();

    private CollectingSink read(String content) throws RejectedInputException {
        CollectingSink sink = new CollectingSink();
        reader.read("r.json", content, sink);
        return sink;
    }

    @Test
    void prettyPrintedObjectIsOneReportNamedByTheFile() throws Exception {
        CollectingSink sink = read("{\n  \"title\": \"Bridge closed\",\n  \"text\": \"The bridge was closed.\"\n}\n");
        assertEquals(List.of("r.json"), sink.sources());
        assertEquals("Bridge closed", sink.reports.get(0).title());
    }

    @Test
    void arrayElementsAreNamedByTheLineTheyStartOn() throws Exception {
        CollectingSink sink = read("[\n  {\"text\": \"First.\"},\n  {\"title\": \"none\"},\n  {\"text\": \"Third.\"}\n]");
        assertEquals(List.of("r.json:2", "r.json:4"), sink.sources());
        assertEquals(List.of("r.json:3: no text or html field"), sink.messages());
    }

    @Test
    void jsonLinesInAJsonFileAreReadLineByLine() throws Exception {
        CollectingSink sink = read("{\"text\": \"One.\"}\n{\"text\": \"Two.\"}\n");
        assertEquals(List.of("r.json:1", "r.json:2"), sink.sources());
    }

    @Test
    void syntaxErrorIsOneRejectionAtItsLine() {
        RejectedInputException e = assertThrows(RejectedInputException.class,
                () -> read("{\n  \"text\": \"Body.\",\n  \"title\" \"missing colon\"\n}"));
        assertTrue(e.getMessage().startsWith("r.json:3: malformed JSON ("), e.getMessage());
    }

    @Test
    void emptyArrayIsRejected() {
        RejectedInputException e = assertThrows(RejectedInputException.class, () -> read("[ ]"));
        assertEquals("r.json: empty JSON array", e.getMessage());
    }

    @Test
    void scalarIsRejected() {
        RejectedInputException e = assertThrows(RejectedInputException.class, () -> read("\"text\""));
        assertEquals("r.json: not a JSON object or array", e.getMessage());
    }
}
