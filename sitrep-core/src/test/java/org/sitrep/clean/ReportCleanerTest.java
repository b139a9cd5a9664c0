package org.sitrep.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Paragraph;
import org.sitrep.model.RawReport;
import org.sitrep.model.RejectedInputException;
import org.sitrep.model.Report;

class ReportCleanerTest {
    private final ReportCleaner cleaner = new ReportCleaner();

    private static RawReport raw(String text) {
        return new RawReport("r.txt", null, null, null, null, text);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = ReportCleanerTest.class.getResourceAsStream("/clean/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void wrappedReportIsCleanedThroughEveryFilter() throws Exception {
        String file = resource("wrapped-report.txt");
        // As the text reader gives it, but with the headline left in the body too, as scraped text often has.
        Report report = cleaner.apply(new RawReport("r.txt", "https://example.org/a", "Example",
                "Militia claims drone attack on northern base", LocalDate.of(2024, 5, 7), file));
        assertEquals("A militia calling itself the Valley Brigades said on Tuesday it had launched two drones at a "
                + "base near the airport, in what it called \"a warning\" to foreign forces.\n\n"
                + "Local officials said one drone was shot down and the other fell in an empty field.\n\n"
                + "No injuries were reported, a spokesman for the regional government's security office said.",
                report.text());
        assertEquals("Erbil", report.dateline());
        assertEquals(1, report.duplicateParagraphsRemoved());
        assertEquals("en", report.language());
        assertEquals(3, report.paragraphs().size());
        assertEquals("https://example.org/a", report.url());
        assertEquals("Example", report.outlet());
        assertEquals(LocalDate.of(2024, 5, 7), report.published());
        assertEquals("r.txt", report.source());
        assertEquals("Militia claims drone attack on northern base", report.title());
    }

    @Test
    void aTextWithNoDateOfItsOwnTakesTheDateItStatesAtTheTop() throws Exception {
        assertEquals(LocalDate.of(2025, 9, 13), cleaner.apply(raw("Ministry of Defence\n\nMoscow, 13 September 2025\n\n"
                + "Air defences destroyed 12 drones overnight.")).published());
        assertEquals(LocalDate.of(2025, 4, 8), cleaner.apply(raw("KABUL, April 8, 2025 - Gunmen attacked a post.")).published());
        // A date in the story is no date of the report; nor is a date stated beside a date the input gives.
        assertNull(cleaner.apply(raw("Gunmen attacked a post on 13 September 2025, officials said.")).published());
        assertEquals(LocalDate.of(2025, 9, 20), cleaner.apply(new RawReport("r.txt", null, null, null,
                LocalDate.of(2025, 9, 20), "Moscow, 13 September 2025\n\nDrones fell.")).published());
    }

    @Test
    void paragraphsCarryExactOffsetsIntoTheText() throws Exception {
        Report report = cleaner.apply(raw("First paragraph here.\n\n\n\u201cSecond\u201d one.\nThird one."));
        assertEquals("First paragraph here.\n\n\"Second\" one.\n\nThird one.", report.text());
        for (int i = 0; i < report.paragraphs().size(); i++) {
            Paragraph p = report.paragraphs().get(i);
            assertEquals(i, p.index());
            assertEquals(p.text(), report.text().substring(p.start(), p.end()));
        }
        assertEquals(List.of("First paragraph here.", "\"Second\" one.", "Third one."),
                report.paragraphs().stream().map(Paragraph::text).toList());
    }

    @Test
    void idIsTheStartOfTheSha256OfTheTextSoAnotherUrlGivesTheSameId() throws Exception {
        Report a = cleaner.apply(new RawReport("a.txt", "https://one.example/x", null, null, null, "Same body."));
        Report b = cleaner.apply(new RawReport("b.html", "https://two.example/y", "Other", "T", null,
                "  Same\u00a0body.\r\n"));
        assertEquals(a.id(), b.id());
        byte[] hash = MessageDigest.getInstance("SHA-256").digest("Same body.".getBytes(StandardCharsets.UTF_8));
        assertEquals(HexFormat.of().formatHex(hash).substring(0, 16), a.id());
        assertNotEquals(a.id(), cleaner.apply(raw("Other body.")).id());
    }

    @Test
    void titleRepeatedAsFirstParagraphIsDropped() throws Exception {
        Report report = cleaner.apply(new RawReport("r.json", null, null, "Convoy hit on \u201cold road\u201d",
                null, "Convoy hit on \"old road\".\n\nA convoy was hit on the old road."));
        assertEquals("Convoy hit on \"old road\"", report.title());
        assertEquals("A convoy was hit on the old road.", report.text());
    }

    @Test
    void titleIsNormalisedOntoOneLine() throws Exception {
        Report report = cleaner.apply(new RawReport("r", null, null, " Talks\n  resume\u200b ", null, "Body."));
        assertEquals("Talks resume", report.title());
        assertNull(cleaner.apply(new RawReport("r", null, null, " \u200b ", null, "Body.")).title());
    }

    @Test
    void nothingLeftAfterCleaningIsRejected() {
        RejectedInputException e = assertThrows(RejectedInputException.class,
                () -> cleaner.apply(raw("\u200b\u200b \u00a0\n\r\n\u0007")));
        assertEquals("r.txt: no text left after cleaning", e.getMessage());
    }

    @Test
    void reportThatOnlyRepeatsItsTitleIsRejected() {
        assertThrows(RejectedInputException.class,
                () -> cleaner.apply(new RawReport("r", null, null, "Headline", null, "Headline")));
    }

    @Test
    void reportNotInEnglishPassesWithItsLanguage() throws Exception {
        Report report = cleaner.apply(raw("El ejército dijo que dos de sus soldados fueron heridos en un ataque."));
        assertEquals("es", report.language());
    }

    /** The contract every stage keeps: garbage gives a report or a rejection, nothing else, and the same twice. */
    @Test
    void anyInputGivesAReportOrARejectionAndTheSameInputTheSameReport() throws Exception {
        Random random = new Random(20240507L);
        String alphabet = "aZ .,-\n\r\t\"'\u2014\u201c\u00a0\u200b\u0000\u0007\ud800\u0627\u0416ERBIL:()";
        List<String> inputs = new ArrayList<>(List.of("", "\n\n\n", "-", "ERBIL -", "A:", "\"", "\u0000"));
        for (int i = 0; i < 300; i++) {
            StringBuilder s = new StringBuilder();
            int length = random.nextInt(200);
            for (int j = 0; j < length; j++) s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            inputs.add(s.toString());
        }
        for (String input : inputs) {
            Report first;
            try {
                first = cleaner.apply(raw(input));
            } catch (RejectedInputException e) {
                assertTrue(e.getMessage().startsWith("r.txt: "));
                continue;
            }
            assertEquals(first, cleaner.apply(raw(input)));
            for (Paragraph p : first.paragraphs()) {
                assertEquals(p.text(), first.text().substring(p.start(), p.end()));
            }
        }
    }
}
