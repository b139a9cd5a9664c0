package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad inputs through the real command line: each gets exactly one line on stderr naming it, the good report in the
 * same batch is still stored, nothing leaks a stack trace, and the exit code says whether anything was processed.
 */
class BadInputIT {
    private static final String GOOD = "Rockets hit Erbil airport\n\nERBIL, Iraq - Three rockets struck Erbil "
            + "International Airport late on Monday, wounding two contractors, Kurdish security officials said.\n";

    record Run(int exit, String out, String err) {
        List<String> errLines() {
            return Arrays.stream(err.split("\\R")).filter(l -> !l.isBlank()).toList();
        }
    }

    private static Run sitrep(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(exit, out.toString(), err.toString());
    }

    private static void write(Path file, byte[] bytes) throws IOException {
        Files.write(file, bytes);
    }

    @Test
    void eachBadInputGetsOneLineAndTheBatchGoesOn(@TempDir Path dir) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        write(in.resolve("a_empty.txt"), new byte[0]);
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        write(in.resolve("b_binary.txt"), noise);
        // 50 MB of text: written as a stream so the test itself stays small in memory.
        try (OutputStream o = Files.newOutputStream(in.resolve("c_huge.txt"))) {
            byte[] line = "more words about nothing in particular, line after line after line\n"
                    .getBytes(StandardCharsets.US_ASCII);
            for (long written = 0; written < 50L * 1024 * 1024; written += line.length) o.write(line);
        }
        // 0x81 is neither UTF-8 nor windows-1252: rejected; 0xe9 alone is windows-1252: read, with a warning.
        write(in.resolve("d_invalid.txt"), new byte[] {'T', 'i', 't', 'l', 'e', '\n', 'a', (byte) 0x81, 'b', '\n'});
        write(in.resolve("e_latin.txt"), "Caf\u00e9 shelled\n\nThe caf\u00e9 was hit by a shell on Monday.\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(in.resolve("f_reports.jsonl"), "{\"url\":\"https://x.example/1\",\"published\":\"2024-01-16\","
                + "\"text\":" + jsonString(GOOD) + "}\n{\"url\": \"https://x.example/2\", \"text\": \"unterminated\n");
        Files.writeString(in.resolve("g_nobody.html"), "<html><head><title>Only a title</title></head></html>");
        Path emptyFolder = Files.createDirectories(dir.resolve("nothing-here"));

        Path db = dir.resolve("bad.db");
        Run run = sitrep("ingest", "--db", db.toString(), in.toString(), emptyFolder.toString());

        assertEquals(0, run.exit(), "one report was processed, so the batch succeeds:\n" + run.err());
        assertFalse(run.err().contains("\tat "), "no stack trace:\n" + run.err());
        assertFalse(run.err().contains("Exception"), "no exception names:\n" + run.err());
        List<String> lines = run.errLines();
        assertOneLine(lines, "a_empty.txt", "empty");
        assertOneLine(lines, "b_binary.txt", "binary");
        assertOneLine(lines, "c_huge.txt", "limit");
        assertOneLine(lines, "d_invalid.txt", "not valid UTF-8");
        assertOneLine(lines, "f_reports.jsonl:2", "malformed JSON");
        assertOneLine(lines, "g_nobody.html", "no article text");
        assertOneLine(lines, "nothing-here", "no reports found");
        assertTrue(lines.stream().anyMatch(l -> l.startsWith(in.resolve("e_latin.txt") + ": warning: not valid UTF-8")),
                "a guessed charset is reported:\n" + run.err());
        assertTrue(run.out().contains("2 reports added") && run.out().contains("7 inputs rejected"),
                "summary counts the good and the bad:\n" + run.out());

        // Running the same batch again stores nothing twice and rejects the same inputs again.
        Run again = sitrep("ingest", "--db", db.toString(), in.toString(), emptyFolder.toString());
        assertTrue(again.out().contains("0 reports added, 2 already stored, 7 inputs rejected"), again.out());
    }

    @Test
    void exitCodesSayWhatHappened(@TempDir Path dir) throws IOException {
        Path db = dir.resolve("codes.db");
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Run nothing = sitrep("ingest", "--db", db.toString(), empty.toString());
        assertEquals(1, nothing.exit(), "nothing could be processed");
        assertEquals(1, nothing.errLines().size(), nothing.err());

        Run usage = sitrep("ingest", "--db", db.toString(), "--published", "yesterday", empty.toString());
        assertEquals(2, usage.exit(), "a bad option value is a usage error");
        assertTrue(usage.err().contains("--published"), usage.err());

        Run missing = sitrep("ingest", "--db", db.toString(), dir.resolve("no-such-file.txt").toString());
        assertEquals(1, missing.exit());
        assertTrue(missing.err().contains("no-such-file.txt"), missing.err());

        Run noStore = sitrep("events", "--db", dir.resolve("absent.db").toString());
        assertEquals(1, noStore.exit(), noStore.err());
    }

    private static void assertOneLine(List<String> lines, String input, String reason) {
        List<String> about = lines.stream().filter(l -> l.contains(input)).toList();
        assertEquals(1, about.size(), "exactly one line names " + input + ": " + about);
        assertTrue(about.get(0).contains(reason), about.get(0) + " should say " + reason);
    }

    private static String jsonString(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
