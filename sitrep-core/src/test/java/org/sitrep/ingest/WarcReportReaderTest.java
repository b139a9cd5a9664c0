package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.sitrep.model.RawReport;
import org.sitrep.model.RejectedInputException;

class WarcReportReaderTest {
    private final WarcReportReader reader = new WarcReportReader(ReportInputs.DEFAULT_MAX_BYTES);

    private CollectingSink read(String source, byte[] bytes) throws RejectedInputException {
        CollectingSink sink = new CollectingSink();
        reader.read(source, Channels.newChannel(new ByteArrayInputStream(bytes)), sink);
        return sink;
    }

    @ParameterizedTest(name = "gzip {0}")
    @ValueSource(booleans = {false, true})
    void htmlResponsesWithStatus200AreReportsAndTheRestIsCounted(boolean gzip) throws RejectedInputException {
        CollectingSink sink = read("crawl.warc", WarcFixtures.archive(gzip));

        assertEquals(2, sink.reports.size(), sink.sources().toString());
        RawReport convoy = sink.reports.get(0);
        assertEquals("https://daily.example/convoy", convoy.url());
        assertEquals(LocalDate.of(2024, 4, 2), convoy.published(), "the page's own date wins over the crawl's");
        assertEquals("Desert Daily", convoy.outlet());
        assertTrue(convoy.text().startsWith("Gunmen ambushed a supply convoy"), convoy.text());
        assertTrue(convoy.source().matches("crawl\\.warc#\\d+"), convoy.source());

        RawReport mortars = sink.reports.get(1);
        assertEquals("https://other.example/mortars", mortars.url());
        assertEquals(LocalDate.of(2024, 4, 3), mortars.published(), "an undated page takes the crawl's day");

        assertEquals(1, sink.rejections.size(), sink.messages().toString());
        assertTrue(sink.messages().get(0).matches("crawl\\.warc#\\d+: no article text found"), sink.messages().get(0));
        assertEquals(List.of("crawl.warc: skipped 2 responses (1 not HTML, 1 not status 200)"), sink.notes);
    }

    @Test
    void truncatedArchiveKeepsTheRecordsBeforeTheCutAndGivesOneLine() throws RejectedInputException {
        byte[] whole = WarcFixtures.archive(true);
        byte[] cut = Arrays.copyOf(whole, whole.length - 200);
        CollectingSink sink = new CollectingSink();
        RejectedInputException e = assertThrows(RejectedInputException.class,
                () -> reader.read("cut.warc.gz", Channels.newChannel(new ByteArrayInputStream(cut)), sink));
        assertTrue(e.getMessage().matches("cut\\.warc\\.gz#\\d+: truncated or malformed WARC record \\(.+\\)"),
                e.getMessage());
        assertTrue(e.getMessage().lines().count() == 1, e.getMessage());
        assertEquals(1, sink.reports.size(), "the convoy page came before the cut");
    }

    @Test
    void fileThatIsNotWarcIsRejected() {
        RejectedInputException e = assertThrows(RejectedInputException.class,
                () -> read("notes.warc", "These are just notes, not an archive.\n".getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.getMessage().startsWith("notes.warc: not a WARC file, or truncated ("), e.getMessage());
    }

    @Test
    void pageOverTheLimitIsRejectedOnItsOwn() throws RejectedInputException {
        CollectingSink sink = new CollectingSink();
        new WarcReportReader(200).read("small.warc",
                Channels.newChannel(new ByteArrayInputStream(WarcFixtures.archive(false))), sink);
        assertTrue(sink.messages().stream().anyMatch(m -> m.endsWith("page larger than the 200-byte limit")),
                sink.messages().toString());
    }
}
