package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.sitrep.clean.ReportCleaner;
import org.sitrep.model.Paragraph;
import org.sitrep.model.RawReport;
import org.sitrep.model.RejectedInputException;
import org.sitrep.model.Report;

/**
 * Fuzz tests of the readers and the cleaner (Jazzer). In a normal test run each replays its seeds and the inputs
 * that once failed, from {@code src/test/resources/org/sitrep/ingest/ReaderFuzzTestInputs/<method>/}; with
 * {@code JAZZER_FUZZ=1} one of them fuzzes for {@code maxDuration} (see {@code scripts/fuzz}).
 *
 * <p>The contract, for any bytes: the decoder, the reader and the cleaner either give reports or reject with one
 * line that names the input; nothing else is thrown. A report's paragraphs are the text at their offsets.
 */
class ReaderFuzzTest {
    private static final String SOURCE = "fuzz/input";

    private final ReportCleaner cleaner = new ReportCleaner();

    @FuzzTest(maxDuration = "30s")
    void textReader(byte[] input) {
        readAndClean(new TextReportReader(), input, false);
    }

    @FuzzTest(maxDuration = "30s")
    void htmlReader(byte[] input) {
        readAndClean(new HtmlReportReader(), input, true);
    }

    @FuzzTest(maxDuration = "30s")
    void jsonLinesReader(byte[] input) {
        readAndClean(new JsonLinesReportReader(), input, false);
    }

    @FuzzTest(maxDuration = "30s")
    void cleaner(FuzzedDataProvider data) {
        String title = data.consumeBoolean() ? data.consumeString(300) : null;
        clean(new RawReport(SOURCE, null, null, title, null, data.consumeRemainingAsString()));
    }

    private void readAndClean(ReportReader reader, byte[] input, boolean html) {
        InputDecoder.Decoded decoded;
        try {
            decoded = InputDecoder.decode(SOURCE, input, html);
        } catch (RejectedInputException e) {
            assertNamesInput(e);
            return;
        }
        CollectingSink sink = new CollectingSink();
        try {
            reader.read(SOURCE, decoded.text(), sink);
        } catch (RejectedInputException e) {
            assertNamesInput(e);
        }
        sink.rejections.forEach(ReaderFuzzTest::assertNamesInput);
        for (RawReport raw : sink.reports) {
            assertTrue(raw.source().startsWith(SOURCE), raw.source());
            clean(raw);
        }
    }

    private void clean(RawReport raw) {
        Report report;
        try {
            report = cleaner.apply(raw);
        } catch (RejectedInputException e) {
            assertNamesInput(e);
            return;
        }
        assertFalse(report.text().isBlank(), "a cleaned report has text");
        for (Paragraph p : report.paragraphs()) {
            assertEquals(report.text().substring(p.start(), p.end()), p.text(), "paragraph " + p.index());
        }
    }

    private static void assertNamesInput(RejectedInputException e) {
        assertTrue(e.getMessage().startsWith(SOURCE), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
    }
}
