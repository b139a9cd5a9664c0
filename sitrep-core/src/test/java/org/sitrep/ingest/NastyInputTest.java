package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.clean.ReportCleaner;
import org.sitrep.model.RawReport;
import org.sitrep.model.RejectedInputException;

/**
 * Inputs built to hurt, through the real reading path (file, size check, decoder, reader) and the cleaner: each is
 * read or rejected with one line naming it, within a time budget, and never with another exception. They are made
 * here rather than kept as files, since some are megabytes.
 */
class NastyInputTest {
    /** Far more than any of these needs on a slow machine, far less than a hang. */
    private static final Duration BUDGET = Duration.ofSeconds(60);

    private final ReportCleaner cleaner = new ReportCleaner();

    @Test
    void deeplyNestedHtmlIsReadOrRejected(@TempDir Path dir) throws IOException {
        int depth = 100_000;
        String html = "<html><body>" + "<div>".repeat(depth) + "<p>Shelling hit the town of Kupiansk on Monday, "
                + "officials said.</p>" + "</div>".repeat(depth) + "</body></html>";
        List<String> outcome = readAndClean(write(dir, "nested.html", html.getBytes(StandardCharsets.UTF_8)));
        assertOneOutcome(outcome, "nested.html");
    }

    @Test
    void twentyMegabyteSingleLineIsRejectedBySize(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("one-line.txt");
        byte[] words = "the convoy was struck near the border crossing and ".getBytes(StandardCharsets.US_ASCII);
        try (OutputStream out = Files.newOutputStream(file)) {
            for (long n = 0; n + words.length <= 20_000_000; n += words.length) out.write(words);
        }
        List<String> outcome = readAndClean(file);
        assertOneOutcome(outcome, "one-line.txt");
        assertTrue(outcome.get(0).contains("-character limit of one report"), outcome.get(0));
    }

    @Test
    void jsonLineWithHugeTextIsRejectedBySizeAndTheNextLineRead(@TempDir Path dir) throws IOException {
        String huge = "{\"text\": \"" + "rockets fell on the base again. ".repeat(400_000) + "\"}\n";
        String good = "{\"text\": \"A drone struck a fuel depot in Kherson on Tuesday, the governor said.\"}\n";
        List<String> outcome = readAndClean(write(dir, "big.jsonl", (huge + good).getBytes(StandardCharsets.UTF_8)));
        assertEquals(2, outcome.size(), outcome.toString());
        assertTrue(outcome.get(0).startsWith(dir.resolve("big.jsonl") + ":1: ") && outcome.get(0).contains("limit"),
                outcome.get(0));
        assertEquals("cleaned " + dir.resolve("big.jsonl") + ":2", outcome.get(1));
    }

    @Test
    void deeplyNestedJsonIsOneMalformedLine(@TempDir Path dir) throws IOException {
        String line = "{\"text\": \"Clashes in Marib\", \"extra\": " + "[".repeat(50_000) + "]".repeat(50_000) + "}\n";
        List<String> outcome = readAndClean(write(dir, "deep.jsonl", line.getBytes(StandardCharsets.US_ASCII)));
        assertOneOutcome(outcome, "deep.jsonl:1");
        assertTrue(outcome.get(0).contains("malformed JSON"), outcome.get(0));
    }

    @Test
    void controlCharactersAreDroppedOrTheInputRejectedAsBinary(@TempDir Path dir) throws IOException {
        StringBuilder few = new StringBuilder("Clashes in Gao\n\n");
        // Under 2% control bytes, as a stray one per sentence of a bad export: they are dropped.
        for (int i = 0; i < 200; i++) {
            few.append("Gunfire was heard near the airport. ").append(i % 3 == 0 ? (char) (1 + i % 8) : ' ');
        }
        List<String> some = readAndClean(write(dir, "few.txt", few.toString().getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of("cleaned " + dir.resolve("few.txt")), some);

        StringBuilder many = new StringBuilder("Clashes\n");
        for (int i = 0; i < 5_000; i++) many.append("a\u0002\u0003\u0011\u0016");
        List<String> binary = readAndClean(write(dir, "many.txt", many.toString().getBytes(StandardCharsets.UTF_8)));
        assertOneOutcome(binary, "many.txt");
        assertTrue(binary.get(0).contains("binary"), binary.get(0));
    }

    @Test
    void mixedEncodingsAreReadWithAWarningOrRejected(@TempDir Path dir) throws IOException {
        ByteArrayOutputStream mixed = new ByteArrayOutputStream();
        mixed.writeBytes("Frappe \u00e0 Gaza\n\nUne frappe a touch\u00e9 ".getBytes(StandardCharsets.UTF_8));
        mixed.writeBytes("un caf\u00e9 \u00e0 Rafah, selon la d\u00e9fense civile.".getBytes(Charset.forName("windows-1252")));
        assertOneOutcome(readAndClean(write(dir, "mixed.txt", mixed.toByteArray())), "mixed.txt");

        // An odd number of bytes after a UTF-16 mark cannot be UTF-16.
        byte[] utf16 = "\ufeffAirstrike in Idlib".getBytes(StandardCharsets.UTF_16BE);
        byte[] odd = new byte[utf16.length + 1];
        System.arraycopy(utf16, 0, odd, 0, utf16.length);
        odd[utf16.length] = 'x';
        assertOneOutcome(readAndClean(write(dir, "odd.txt", odd)), "odd.txt");
    }

    @Test
    void rightToLeftScriptsAndBidiControlsAreCleaned(@TempDir Path dir) throws IOException {
        String text = "\u0642\u0635\u0641 \u0639\u0644\u0649 \u062d\u0644\u0628\n\n\u202e\u0642\u062a\u0644 "
                + "\u062b\u0644\u0627\u062b\u0629 \u0645\u062f\u0646\u064a\u064a\u0646 \u05d1\u05e2\u05d6\u05d4 "
                + "\u2066Aleppo\u2069 \u200f12\u200e \u0627\u0644\u0627\u062b\u0646\u064a\u0646\u202c";
        List<String> outcome = readAndClean(write(dir, "rtl.txt", text.getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of("cleaned " + dir.resolve("rtl.txt")), outcome);
    }

    @Test
    void gzipBombIsNeverInflated(@TempDir Path dir) throws IOException {
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bomb)) {
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 256; i++) gz.write(zeros);
        }
        // No reader opens archives: by name it is an unsupported type, by content (renamed) it is binary.
        List<String> byName = readAndClean(write(dir, "bomb.txt.gz", bomb.toByteArray()));
        assertTrue(byName.get(0).contains("unsupported file type"), byName.toString());
        List<String> renamed = readAndClean(write(dir, "bomb.txt", bomb.toByteArray()));
        assertTrue(renamed.get(0).contains("binary"), renamed.toString());
    }

    @Test
    void manyParagraphsSharingWordsStayWithinBudget(@TempDir Path dir) throws IOException {
        // Every paragraph shares shingles with every other: the repeated-paragraph filter compares them all.
        StringBuilder html = new StringBuilder("<html><body><article>");
        for (int i = 0; html.length() < 190_000; i++) {
            html.append("<p>the attack on the checkpoint number ").append(i).append(" was repelled</p>");
        }
        html.append("</article></body></html>");
        List<String> outcome = readAndClean(write(dir, "shingles.html", html.toString().getBytes(StandardCharsets.UTF_8)));
        assertOneOutcome(outcome, "shingles.html");
    }

    /** Reads a file as the CLI does and cleans each report; one line per report or rejection. */
    private List<String> readAndClean(Path file) {
        return assertTimeoutPreemptively(BUDGET, () -> {
            CollectingSink sink = new CollectingSink();
            new ReportInputs().read(List.of(file.toString()), new IngestOverrides(null, null, null), sink);
            List<String> out = new ArrayList<>(sink.messages());
            for (RawReport raw : sink.reports) {
                try {
                    cleaner.apply(raw);
                    out.add("cleaned " + raw.source());
                } catch (RejectedInputException e) {
                    out.add(e.getMessage());
                }
            }
            return out;
        }, file.getFileName() + " took longer than " + BUDGET);
    }

    private static void assertOneOutcome(List<String> outcome, String name) {
        assertEquals(1, outcome.size(), outcome.toString());
        String line = outcome.get(0);
        assertAll(() -> assertTrue(line.contains(name), line + " names " + name),
                () -> assertFalse(line.contains("\n"), "one line"),
                () -> assertFalse(line.contains("internal error"), line));
    }

    private static Path write(Path dir, String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }
}
