package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sitrep.model.RawReport;
import org.sitrep.model.RejectedInputException;

class ReportInputsTest {
    private static final String GOOD_TEXT = "Guards at the crossing said they came under fire at night.\n";

    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        return write(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private Path write(String name, byte[] content) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.write(file, content);
        return file;
    }

    private static CollectingSink read(ReportInputs inputs, String... paths) {
        CollectingSink sink = new CollectingSink();
        inputs.read(List.of(paths), IngestOverrides.none(), sink);
        return sink;
    }

    static Stream<Arguments> badInputs() {
        return Stream.of(
                Arguments.of("a.txt", new byte[0], "empty file"),
                Arguments.of("blank.txt", "  \n\n".getBytes(StandardCharsets.UTF_8), "empty file"),
                Arguments.of("b.txt", new byte[] {'P', 'K', 3, 4, 0, 0, 1}, "binary content, not a report"),
                Arguments.of("x.txt", new byte[] {'o', 'k', (byte) 0x81, (byte) 0x8d, 'z'}, "not valid UTF-8"),
                Arguments.of("digits.txt", "2024 1 2 3\n".getBytes(StandardCharsets.UTF_8), "no letters, not a report"),
                Arguments.of("nav.html", "<html><body><nav>Menu</nav></body></html>".getBytes(StandardCharsets.UTF_8),
                        "no article text found"),
                Arguments.of("r.json", "{\"title\": \"no body\"}".getBytes(StandardCharsets.UTF_8),
                        "no text or html field"),
                Arguments.of("x.pdf", "%PDF-1.7 pretend".getBytes(StandardCharsets.UTF_8),
                        "unsupported file type (.pdf)"),
                Arguments.of("README", "no extension".getBytes(StandardCharsets.UTF_8),
                        "unsupported file type (no extension)"));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("badInputs")
    void badInputGivesOneRejectionNamingItAndTheBatchGoesOn(String name, byte[] content, String reason)
            throws IOException {
        Path bad = write(name, content);
        Path good = write("good.txt", GOOD_TEXT);
        CollectingSink sink = read(new ReportInputs(), bad.toString(), good.toString());
        assertEquals(List.of(bad + ": " + reason), sink.messages());
        assertEquals(List.of(good.toString()), sink.sources());
    }

    @Test
    void fileLargerThanTheLimitIsRejectedFromItsSizeWithoutReadingIt() throws IOException {
        Path big = dir.resolve("big.txt");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            // Sparse: 50 MB of NUL bytes that take no disk space. Read, they would be rejected as binary instead.
            file.setLength(50L * 1024 * 1024);
        }
        Path good = write("good.txt", GOOD_TEXT);
        CollectingSink sink = read(new ReportInputs(), big.toString(), good.toString());
        assertEquals(List.of(big + ": 52428800 bytes exceeds the 20971520-byte limit"), sink.messages());
        assertEquals(1, sink.reports.size());
    }

    @Test
    void limitIsTheConstructorsAndAppliesToEveryInput() throws IOException {
        Path small = write("small.txt", "Short.");
        Path large = write("large.txt", "Longer than ten bytes.");
        CollectingSink sink = read(new ReportInputs(10), small.toString(), large.toString());
        assertEquals(List.of(large + ": 22 bytes exceeds the 10-byte limit"), sink.messages());
        assertEquals(List.of(small.toString()), sink.sources());
        assertThrows(IllegalArgumentException.class, () -> new ReportInputs(0));
    }

    @Test
    void missingPathIsRejected() throws IOException {
        Path good = write("good.txt", GOOD_TEXT);
        CollectingSink sink = read(new ReportInputs(), "nowhere/none.txt", good.toString());
        assertEquals(List.of("nowhere/none.txt: no such file or folder"), sink.messages());
        assertEquals(1, sink.reports.size());
    }

    @Test
    void blankPathIsRejectedRatherThanReadAsTheWorkingFolder() {
        assertEquals(List.of("\"\": no such file or folder"), read(new ReportInputs(), "").messages());
    }

    @Test
    void folderIsWalkedInSortedOrderSkippingHiddenAndOtherFiles() throws IOException {
        write("b.txt", GOOD_TEXT);
        write("a.html", "<p>An HTML report.</p>");
        write("sub/c.jsonl", "{\"text\": \"A line report.\"}\n");
        write("sub/d.JSON", "{\"text\": \"A JSON report.\"}");
        write(".hidden.txt", GOOD_TEXT);
        write(".git/e.txt", GOOD_TEXT);
        write("notes.pdf", "%PDF");
        write("image.png", new byte[] {1, 2, 3});
        CollectingSink sink = read(new ReportInputs(), dir.toString());
        assertEquals(List.of(dir.resolve("a.html").toString(), dir.resolve("b.txt").toString(),
                dir.resolve("sub/c.jsonl") + ":1", dir.resolve("sub/d.JSON").toString()), sink.sources());
        assertTrue(sink.rejections.isEmpty(), sink.messages().toString());
    }

    @Test
    void badFileInsideFolderIsRejectedAndTheOthersAreRead() throws IOException {
        write("reports/a.txt", new byte[0]);
        write("reports/b.txt", GOOD_TEXT);
        CollectingSink sink = read(new ReportInputs(), dir.resolve("reports").toString());
        assertEquals(List.of(dir.resolve("reports/a.txt") + ": empty file"), sink.messages());
        assertEquals(List.of(dir.resolve("reports/b.txt").toString()), sink.sources());
    }

    @Test
    void folderWithNoReportsIsRejectedOnce() throws IOException {
        Path empty = dir.resolve("empty");
        Files.createDirectories(empty);
        write("empty/scan.pdf", "%PDF");
        write("empty/.draft.txt", GOOD_TEXT);
        CollectingSink sink = read(new ReportInputs(), empty.toString());
        assertEquals(List.of(empty + ": no reports found (.txt, .html, .json, .jsonl, .xml, .rss, .atom, .warc)"), sink.messages());
    }

    @Test
    void stdinIsTextUnlessItStartsLikeJsonOrHtml() {
        assertEquals(List.of("stdin"), readStdin("Sirens sounded across the city.").sources());
        assertEquals(List.of("stdin:1", "stdin:2"),
                readStdin("{\"text\": \"One.\"}\n{\"text\": \"Two.\"}").sources());
        RawReport html = readStdin("  <html><body><p>Report from a page.</p></body></html>").reports.get(0);
        assertEquals("Report from a page.", html.text());
        RawReport text = readStdin("Sirens sounded\nAcross the city, people ran.").reports.get(0);
        assertEquals("Sirens sounded", text.title());
    }

    @Test
    void stdinOverTheLimitIsRejected() {
        CollectingSink sink = new CollectingSink();
        new ReportInputs(8, () -> new ByteArrayInputStream("More than eight bytes".getBytes(StandardCharsets.UTF_8)))
                .read(List.of("-"), IngestOverrides.none(), sink);
        assertEquals(List.of("stdin: more than 8 bytes exceeds the 8-byte limit"), sink.messages());
    }

    private static CollectingSink readStdin(String content) {
        return readStdin(content.getBytes(StandardCharsets.UTF_8));
    }

    private static CollectingSink readStdin(byte[] content) {
        CollectingSink sink = new CollectingSink();
        new ReportInputs(ReportInputs.DEFAULT_MAX_BYTES, () -> new ByteArrayInputStream(content))
                .read(List.of("-"), IngestOverrides.none(), sink);
        return sink;
    }

    @Test
    void feedsArchivesAndTelegramExportsAreReadByTheirNames() throws IOException {
        write("in/wire.rss", CollectingSink.resource("feed.rss"));
        write("in/coast.atom", CollectingSink.resource("feed.atom"));
        write("in/channel/result.json", CollectingSink.resource("telegram-result.json"));
        write("in/crawl.WARC.GZ", WarcFixtures.archive(true));
        write("in/plain.warc", WarcFixtures.archive(false));
        CollectingSink sink = read(new ReportInputs(), dir.resolve("in").toString());
        List<String> sources = sink.sources();
        assertEquals(2 + 2 + 2 + 1 + 2, sources.size(), sources.toString());
        assertTrue(sources.contains(dir.resolve("in/channel/result.json") + "#3"), sources.toString());
        assertTrue(sources.contains(dir.resolve("in/wire.rss") + "#2"), sources.toString());
        assertTrue(sources.stream().anyMatch(s -> s.startsWith(dir.resolve("in/crawl.WARC.GZ") + "#")), sources.toString());
        assertEquals(4, sink.notes.size(), "one note per input that skipped something: " + sink.notes);
    }

    @Test
    void webArchiveIsStreamedSoTheSizeLimitIsPerPage() throws IOException {
        Path archive = write("crawl.warc", WarcFixtures.archive(false));
        assertTrue(Files.size(archive) > 1000);
        CollectingSink sink = read(new ReportInputs(1000), archive.toString());
        assertEquals(2, sink.reports.size(), sink.messages().toString());
    }

    @Test
    void stdinIsAFeedOrAnArchiveWhenItStartsLikeOne() {
        assertEquals(List.of("stdin#1", "stdin#2"), readStdin(CollectingSink.resource("feed.rss")).sources());
        assertEquals(2, readStdin(WarcFixtures.archive(true)).reports.size());
        assertEquals(2, readStdin(WarcFixtures.archive(false)).reports.size());
        assertEquals(InputFormat.HTML, ReportInputs.sniffFormat("<p>x</p>".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void overridesWinOverFileMetadataAndTheRestIsKept() throws IOException {
        Path page = write("page.html", CollectingSink.resource("article.html"));
        CollectingSink sink = new CollectingSink();
        new ReportInputs().read(List.of(page.toString()),
                new IngestOverrides("https://override.example/x", null, LocalDate.of(2024, 1, 1)), sink);
        RawReport report = sink.reports.get(0);
        assertEquals("https://override.example/x", report.url());
        assertEquals(LocalDate.of(2024, 1, 1), report.published());
        assertEquals("The Sample Gazette", report.outlet());
    }

    @Test
    void unexpectedExceptionBecomesInternalErrorAndTheBatchGoesOn() throws IOException {
        Path first = write("first.txt", GOOD_TEXT);
        Path second = write("second.txt", GOOD_TEXT);
        CollectingSink collected = new CollectingSink();
        ReportSink failingOnFirst = new ReportSink() {
            @Override
            public void accept(RawReport report) {
                if (report.source().equals(first.toString())) throw new IllegalStateException("disk full");
                collected.accept(report);
            }

            @Override
            public void reject(RejectedInputException rejection) {
                collected.reject(rejection);
            }
        };
        int count = new ReportInputs().read(List.of(first.toString(), second.toString()), IngestOverrides.none(),
                failingOnFirst);
        assertEquals(List.of(first + ": internal error: disk full"), collected.messages());
        assertEquals(List.of(second.toString()), collected.sources());
        assertEquals(1, count);
    }

    @Test
    void readReturnsTheNumberOfReports() throws IOException {
        Path feed = write("feed.jsonl", CollectingSink.resource("feed.jsonl"));
        assertEquals(3, new ReportInputs().read(List.of(feed.toString()), IngestOverrides.none(), new CollectingSink()));
    }

    @Test
    void windows1252FileIsReadAfterUtf8Fails() throws IOException {
        Path file = write("old.txt", new byte[] {'C', 'a', 'f', (byte) 0xe9, ' ', 'h', 'i', 't', '.'});
        assertEquals("Café hit.", read(new ReportInputs(), file.toString()).reports.get(0).text());
    }
}
