package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.RawReport;
import org.sitrep.model.RejectedInputException;

/** Telegram exports come in as {@code .json} files: read through {@link JsonReportReader}, which spots the shape. */
class TelegramExportReaderTest {
    private final JsonReportReader reader = new JsonReportReader();

    private CollectingSink read(String source, String content) throws RejectedInputException {
        CollectingSink sink = new CollectingSink();
        reader.read(source, content, sink);
        return sink;
    }

    @Test
    void eachMessageWithTextIsAReport() throws RejectedInputException {
        CollectingSink sink = read("result.json", CollectingSink.resource("telegram-result.json"));

        assertEquals(List.of("result.json#2", "result.json#3"), sink.sources());
        RawReport claim = sink.reports.get(0);
        assertEquals("Our fighters targeted an enemy checkpoint west of the river with two drones tonight.",
                claim.text());
        assertEquals("https://t.me/c/1987654321/2", claim.url());
        assertEquals("Test Brigade Media", claim.outlet());
        assertEquals(LocalDate.of(2024, 1, 15), claim.published());
    }

    @Test
    void textInPiecesIsJoined() throws RejectedInputException {
        RawReport statement = read("result.json", CollectingSink.resource("telegram-result.json")).reports.get(1);
        assertEquals("Statement: the attack on the checkpoint was carried out in response to the shelling of our "
                + "villages. #statement", statement.text());
    }

    @Test
    void serviceMessagesAndPhotosWithoutCaptionAreSkippedWithACount() throws RejectedInputException {
        CollectingSink sink = read("result.json", CollectingSink.resource("telegram-result.json"));
        assertEquals(List.of("result.json: skipped 2 Telegram messages without text"), sink.notes);
        assertTrue(sink.rejections.isEmpty());
    }

    @Test
    void knownUsernameGivesAPublicLinkAndUnixTimeDates() throws RejectedInputException {
        String export = "{\"name\": \"Front News\", \"type\": \"public_channel\", \"id\": 5, \"username\": \"frontnews\","
                + " \"messages\": [{\"id\": 40, \"type\": \"message\", \"date_unixtime\": \"1705353124\","
                + " \"text\": \"Air raid sirens sounded over the port.\"}]}";
        RawReport report = read("r.json", export).reports.get(0);
        assertEquals("https://t.me/frontnews/40", report.url());
        assertEquals(LocalDate.of(2024, 1, 15), report.published());
    }

    @Test
    void exportWithoutAnyTextIsRejected() {
        String export = "{\"name\": \"Photos only\", \"type\": \"public_channel\", \"id\": 7, \"messages\": ["
                + "{\"id\": 1, \"type\": \"message\", \"date\": \"2024-01-01T00:00:00\", \"photo\": \"a.jpg\", \"text\": \"\"},"
                + "{\"id\": 2, \"type\": \"message\", \"date\": \"2024-01-01T00:00:00\", \"text\": []}]}";
        RejectedInputException e = assertThrows(RejectedInputException.class, () -> read("result.json", export));
        assertEquals("result.json: no Telegram message has text (2 messages)", e.getMessage());
    }

    @Test
    void malformedExportIsRejectedAtItsLine() {
        String broken = "{\n \"name\": \"Cut short\",\n \"messages\": [\n  {\"id\": 1, \"text\": \"Shelling near";
        RejectedInputException e = assertThrows(RejectedInputException.class, () -> read("result.json", broken));
        assertTrue(e.getMessage().startsWith("result.json:4: malformed JSON ("), e.getMessage());
        assertEquals(1, e.getMessage().lines().count());
    }

    @Test
    void plainReportObjectIsStillAReport() throws RejectedInputException {
        CollectingSink sink = read("one.json", "{\"title\": \"t\", \"text\": \"Rockets hit the base.\"}");
        assertEquals(List.of("one.json"), sink.sources());
    }
}
