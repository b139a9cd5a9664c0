package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.RawReport;

class JsonLinesReportReaderTest {
    private final JsonLinesReportReader reader = new JsonLinesReportReader();

    private CollectingSink read(String content) {
        CollectingSink sink = new CollectingSink();
        reader.read("feed.jsonl", content, sink);
        return sink;
    }

    @Test
    void malformedLineIsRejectedAndTheLinesAfterItAreStillRead() {
        CollectingSink sink = read(CollectingSink.resource("feed.jsonl"));
        assertEquals(List.of("feed.jsonl:1", "feed.jsonl:4", "feed.jsonl:6"), sink.sources());
        assertEquals(2, sink.rejections.size());
        assertTrue(sink.messages().get(0).startsWith("feed.jsonl:2: malformed JSON ("), sink.messages().get(0));
        assertEquals("feed.jsonl:5: no text or html field", sink.messages().get(1));
    }

    @Test
    void fieldsBecomeReportMetadata() {
        RawReport first = read(CollectingSink.resource("feed.jsonl")).reports.get(0);
        assertEquals("https://wire.example/a1", first.url());
        assertEquals("Example Wire", first.outlet());
        assertEquals("Rocket lands near airport", first.title());
        assertEquals(LocalDate.of(2024, 3, 2), first.published());
        assertEquals("A rocket landed in an empty field near the airport on Saturday, officials said.", first.text());
        assertEquals(LocalDate.of(2024, 3, 3), read(CollectingSink.resource("feed.jsonl")).reports.get(1).published());
    }

    @Test
    void htmlFieldGoesThroughArticleExtractionAndJsonFieldsWin() {
        RawReport fromHtml = read(CollectingSink.resource("feed.jsonl")).reports.get(2);
        assertEquals("Police said they detained four men after a clash at a fuel depot.", fromHtml.text());
        assertEquals("https://wire.example/a5", fromHtml.url());
        assertEquals("Page Outlet", fromHtml.outlet());
        assertEquals("From the page", fromHtml.title());
    }

    @Test
    void emptyLinesAreSkippedButCounted() {
        CollectingSink sink = read("\n\n{\"text\": \"Third line text.\"}\n   \n");
        assertEquals(List.of("feed.jsonl:3"), sink.sources());
        assertTrue(sink.rejections.isEmpty());
    }

    @Test
    void lineThatIsNotAnObjectIsRejected() {
        CollectingSink sink = read("[1, 2]\n\"just a string\"\n{\"text\": \"Fine.\"}");
        assertEquals(List.of("feed.jsonl:1: not a JSON object", "feed.jsonl:2: not a JSON object"), sink.messages());
        assertEquals(1, sink.reports.size());
    }

    @Test
    void trailingContentAfterObjectIsMalformed() {
        CollectingSink sink = read("{\"text\": \"One.\"} {\"text\": \"Two.\"}");
        assertEquals(1, sink.rejections.size());
        assertTrue(sink.messages().get(0).startsWith("feed.jsonl:1: malformed JSON"));
    }

    @Test
    void htmlWithoutArticleTextIsRejectedWithItsLine() {
        CollectingSink sink = read("{\"html\": \"<html><body><nav>Menu</nav></body></html>\"}");
        assertEquals(List.of("feed.jsonl:1: no article text found"), sink.messages());
    }

    @Test
    void unreadableDateAndNonStringFieldsAreLeftOut() {
        RawReport report = read("{\"text\": \"Body.\", \"published\": \"last week\", \"url\": 17}").reports.get(0);
        assertNull(report.published());
        assertNull(report.url());
    }

    @Test
    void unexpectedExceptionOnOneLineBecomesInternalErrorAndNextLineIsRead() {
        CollectingSink collected = new CollectingSink();
        ReportSink failingOnce = new ReportSink() {
            private boolean failed;

            @Override
            public void accept(RawReport report) {
                if (!failed) {
                    failed = true;
                    throw new IllegalStateException("store unavailable");
                }
                collected.accept(report);
            }

            @Override
            public void reject(org.sitrep.model.RejectedInputException rejection) {
                collected.reject(rejection);
            }
        };
        reader.read("feed.jsonl", "{\"text\": \"One.\"}\n{\"text\": \"Two.\"}", failingOnce);
        assertEquals(List.of("feed.jsonl:1: internal error: store unavailable"), collected.messages());
        assertEquals(List.of("feed.jsonl:2"), collected.sources());
    }
}
