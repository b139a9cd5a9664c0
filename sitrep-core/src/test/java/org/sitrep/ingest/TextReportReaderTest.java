package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.sitrep.model.RawReport;
import org.sitrep.model.RejectedInputException;

class TextReportReaderTest {
    private final TextReportReader reader = new TextReportReader();

    private RawReport read(String content) throws RejectedInputException {
        CollectingSink sink = new CollectingSink();
        reader.read("r.txt", content, sink);
        assertEquals(1, sink.reports.size());
        return sink.reports.get(0);
    }

    @Test
    void shortFirstLineWithoutPeriodIsTheTitle() throws Exception {
        RawReport report = read("Shelling hits border town\n\nResidents said shells fell on the town overnight.\n");
        assertEquals("Shelling hits border town", report.title());
        assertEquals("Residents said shells fell on the town overnight.\n", report.text());
        assertEquals("r.txt", report.source());
    }

    @Test
    void titleIsFoundAfterLeadingBlankLinesAndBeforeCrLfBody() throws Exception {
        RawReport report = read("\r\n  Checkpoint attacked  \r\nGuards returned fire, a witness said.\r\n");
        assertEquals("Checkpoint attacked", report.title());
        assertEquals("Guards returned fire, a witness said.\n", report.text());
    }

    @Test
    void firstLineEndingWithPeriodIsBody() throws Exception {
        String content = "Guards returned fire.\nNo one was hurt.";
        RawReport report = read(content);
        assertNull(report.title());
        assertEquals(content, report.text());
    }

    @Test
    void singleLineIsBodyNotTitle() throws Exception {
        RawReport report = read("Shelling hits border town");
        assertNull(report.title());
        assertEquals("Shelling hits border town", report.text());
    }

    @Test
    void hardWrappedFirstLineIsNotTakenForTitle() throws Exception {
        assertNull(read("Residents of the border town said shells fell\non their homes overnight.").title());
        assertNull(read("Residents of the border town said shells fell on\nTuesday night.").title());
    }

    @Test
    void firstLineOpeningWithDatelineIsNotTitle() throws Exception {
        assertNull(read("BASRA (Wire) - Officials said a pipeline was hit\nLater the fire was put out.").title());
        assertNull(read("ADEN: Port workers stopped work after a blast\nThey returned on Friday.").title());
    }

    @Test
    void longFirstLineIsNotTitle() throws Exception {
        String longLine = "word ".repeat(40).strip();
        assertNull(read(longLine + "\nMore text follows here.").title());
    }
}
