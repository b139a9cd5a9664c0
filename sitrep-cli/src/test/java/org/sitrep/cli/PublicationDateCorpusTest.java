package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sitrep.clean.ReportCleaner;
import org.sitrep.eval.GoldCorpus;
import org.sitrep.eval.GoldDocument;
import org.sitrep.ingest.IngestOverrides;
import org.sitrep.ingest.ReportInputs;
import org.sitrep.ingest.ReportSink;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.PublicationDating;
import org.sitrep.model.RawReport;
import org.sitrep.model.RejectedInputException;
import org.sitrep.model.Report;
import org.sitrep.resolve.actor.ActorRegistry;
import org.sitrep.resolve.time.PublicationDateInferrer;

/**
 * Publication-date inference measured on the corpus: every report's cleaned text, its stated date withheld, against
 * the gold document's date. No models needed. Prints the figures EVALUATION.md quotes; fails if an inferred day is
 * wrong more often than it was when measured.
 */
class PublicationDateCorpusTest {
    @Test
    void inferredDatesAgreeWithTheGoldDates() throws IOException {
        PublicationDateInferrer inferrer = new PublicationDateInferrer(ActorRegistry.bundled(), LocalDate.of(2026, 11, 23));
        ReportCleaner cleaner = new ReportCleaner();
        int reports = 0, days = 0, daysRight = 0, ranges = 0, rangesHolding = 0, years = 0, unknown = 0, yearRight = 0;
        List<String> wrong = new ArrayList<>();
        for (String split : List.of("dev", "test")) {
            Path root = Path.of("..", "corpus", split);
            GoldCorpus gold = GoldCorpus.load(root.resolve("gold"));
            for (Path f : files(root.resolve("reports"))) {
                GoldDocument doc = gold.documentFor(f.toString()).orElse(null);
                if (doc == null || doc.published() == null) continue;
                for (Report r : read(f, cleaner)) {
                    reports++;
                    PublicationDating d = inferrer.infer(r.text());
                    LocalDate g = doc.published();
                    boolean holds = d.from() != null && !g.isBefore(d.from()) && !g.isAfter(d.to());
                    if (d.from() != null && d.from().getYear() <= g.getYear() && g.getYear() <= d.to().getYear()) yearRight++;
                    if (d.precision() == DatePrecision.DAY) {
                        days++;
                        if (holds) daysRight++;
                    } else if (d.precision() == DatePrecision.RANGE) {
                        ranges++;
                        if (holds) rangesHolding++;
                    } else if (d.precision() == DatePrecision.UNKNOWN) {
                        unknown++;
                    } else {
                        years++;
                    }
                    if (d.from() != null && !holds) wrong.add(f.getFileName() + ": gold " + g + ", inferred " + d.iso() + " (" + d.basis() + ")");
                }
            }
        }
        System.out.printf(Locale.ROOT, "publication dates of %d corpus reports inferred from text: %d days (%d right), %d ranges (%d holding the date), "
                + "%d year spans, %d unknown; year right in %d%n", reports, days, daysRight, ranges, rangesHolding, years, unknown, yearRight);
        wrong.forEach(w -> System.out.println("  " + w));
        assertEquals(226, reports);
        assertTrue(days - daysRight <= MAX_WRONG_DAYS, wrong.toString());
    }

    /**
     * Wrong inferred days when last measured (see EVALUATION.md): 1 of 88 reports; with the 16 dev reports of session
     * 7, 2 of 104 (a translated claim dated by its lead's weekday, two days early); the 10 dev reports of session 11 add
     * none (seven unknown, three ranges). Session 16's l and m sets add none, once a year-dated background event long
     * before the tenure of the people named (l06's "Oct. 7, 2023") stopped giving a day: 2 wrong of 3 days, 226 reports.
     */
    static final int MAX_WRONG_DAYS = 2;

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).filter(p -> p.toString().matches(".*\\.(txt|html)$")).sorted().toList();
        }
    }

    private static List<Report> read(Path f, ReportCleaner cleaner) {
        List<Report> out = new ArrayList<>();
        new ReportInputs().read(List.of(f.toString()), IngestOverrides.none(), new ReportSink() {
            @Override
            public void accept(RawReport raw) {
                try {
                    out.add(cleaner.apply(raw).withPublished(null));
                } catch (RejectedInputException e) {
                    throw new AssertionError(e.getMessage());
                }
            }

            @Override
            public void reject(RejectedInputException rejection) {
                throw new AssertionError(rejection.getMessage());
            }
        });
        return out;
    }
}
