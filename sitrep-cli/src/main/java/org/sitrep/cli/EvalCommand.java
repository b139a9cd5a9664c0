package org.sitrep.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.sitrep.annotate.AnnotateConfig;
import org.sitrep.eval.FieldScore;
import org.sitrep.eval.GoldCorpus;
import org.sitrep.eval.GoldDocument;
import org.sitrep.eval.MergeCheck;
import org.sitrep.eval.Prf;
import org.sitrep.eval.Scorer;
import org.sitrep.eval.Scores;
import org.sitrep.ingest.IngestOverrides;
import org.sitrep.model.Report;
import org.sitrep.relevance.RelevanceConfig;
import org.sitrep.store.EventQuery;
import org.sitrep.store.SqliteEventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep eval --gold DIR --reports DIR}: ingests the reports into a fresh store and scores what Sitrep kept
 * against the gold files. A report without its own publication date (plain text) gets the one its gold document
 * gives, as a user would pass {@code --published}.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score extraction against gold files: precision, recall, F1 and field accuracy.")
final class EvalCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Option(names = "--gold", required = true, paramLabel = "FILE|DIR", description = "Gold file or folder of *.gold.jsonl.")
    Path gold;
    @Option(names = "--reports", required = true, paramLabel = "FILE|DIR", description = "Report file or folder.")
    Path reports;
    @Option(names = "--db", paramLabel = "FILE", description = "Keep the store here (default: a temporary file).")
    Path db;
    @Option(names = "--json", paramLabel = "FILE", description = "Also write the figures as JSON.")
    Path json;
    @Option(names = "--no-filter", description = "Annotate every sentence of every report (no relevance filter).")
    boolean noFilter;
    @Option(names = "--summary", description = "Figures only: no list of misses and false alarms.")
    boolean summary;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        GoldCorpus corpus;
        try {
            corpus = GoldCorpus.load(gold);
        } catch (IllegalArgumentException | UncheckedIOException e) {
            err.println(e.getMessage());
            return 1;
        }
        if (!Files.exists(reports)) {
            err.println(reports + ": no such file or folder");
            return 1;
        }
        Path dir = Files.createTempDirectory("sitrep-eval");
        Path store = db != null ? db : dir.resolve("eval.db");
        Scores scores;
        MergeCheck.Figures merging;
        try (SqliteEventStore s = SqliteEventStore.open(store)) {
            Engine engine = new Engine(AnnotateConfig.defaults(), noFilter ? null : RelevanceConfig.defaults());
            PrintWriter quiet = new PrintWriter(OutputStream.nullOutputStream());
            int files = 0, rejected = 0;
            for (Path f : reportFiles(reports)) {
                GoldDocument doc = corpus.documentFor(f.toString()).orElse(null);
                // JSON Lines carry a date per line; other files take their gold document's date if they lack one.
                boolean jsonl = f.getFileName().toString().endsWith(".jsonl");
                IngestOverrides overrides = new IngestOverrides(null, null,
                        doc != null && !jsonl ? doc.published() : null);
                rejected += Ingestion.run(engine, s, List.of(f.toString()), overrides, quiet, err, false).rejected();
                files++;
            }
            Map<String, String> sources = new LinkedHashMap<>();
            for (Report r : s.reports()) sources.put(r.id(), r.source());
            List<org.sitrep.model.Event> events = s.events(EventQuery.all());
            scores = new Scorer().score(corpus, events, s.tallies(), s.statements(), sources);
            merging = new MergeCheck().check(corpus, events, sources);
            err.printf("eval: %d of the reports linked as near-duplicate copies of another%n", s.copies().size());
            err.printf("eval: %d files, %d reports, %d inputs rejected, %d gold documents%n", files, sources.size(),
                    rejected, corpus.documents().size());
            if (rejected > 0) out.printf("warning: %d inputs rejected (see the lines above); they count as misses%n", rejected);
        } finally {
            if (db == null) deleteQuietly(dir);
        }
        print(scores, merging, out);
        if (json != null) {
            Map<String, Object> figures = figures(scores);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("real_events", merging.realEvents());
            m.put("sitrep_events", merging.sitrepEvents());
            m.put("per_real_event", round(merging.perRealEvent()));
            m.put("duplicated", merging.duplicated());
            m.put("merged", merging.merged());
            figures.put("merging", m);
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(json.toFile(), figures);
        }
        out.flush();
        return 0;
    }

    private static List<Path> reportFiles(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().matches("(?i).*\\.(txt|text|html?|jsonl)$"))
                    .sorted(Comparator.comparing(Path::toString)).toList();
        }
    }

    private void print(Scores s, MergeCheck.Figures merging, PrintWriter out) {
        out.println("            precision  recall     F1  (matched / predicted / gold)");
        prf(out, "events", s.events());
        prf(out, "tallies", s.tallies());
        prf(out, "statements", s.statements());
        out.printf(Locale.ROOT, "duplicates: %d; events from negative reports: %d (over %d negative reports)%n",
                s.duplicates(), s.negativeEvents(), s.negativeReports());
        out.println(merging.summary());
        if (!summary) {
            for (String d : merging.duplicated()) out.println("  recorded twice: " + d);
            for (String m : merging.merged()) out.println("  merged: " + m);
        }
        out.println("field accuracy on matched events:");
        for (FieldScore f : s.fields()) {
            out.printf(Locale.ROOT, "  %-11s %.2f  (%d / %d)%n", f.field(), f.accuracy(), f.correct(), f.total());
        }
        if (summary) return;
        out.printf("misses (%d):%n", s.misses().size());
        for (String m : s.misses()) out.println("  " + m);
        out.printf("false alarms (%d):%n", s.falseAlarms().size());
        for (String f : s.falseAlarms()) out.println("  " + f);
        out.printf("field disagreements (%d):%n", s.disagreements().size());
        for (String d : s.disagreements()) out.println("  " + d);
        out.printf("statement misses and false alarms (%d):%n", s.statementErrors().size());
        for (String d : s.statementErrors()) out.println("  " + d);
        out.printf("tally misses and false alarms (%d):%n", s.tallyErrors().size());
        for (String d : s.tallyErrors()) out.println("  " + d);
    }

    private static void prf(PrintWriter out, String name, Prf p) {
        out.printf(Locale.ROOT, "%-11s %9.2f %7.2f %6.2f  (%d / %d / %d)%n", name, p.precision(), p.recall(), p.f1(),
                p.matched(), p.predicted(), p.gold());
    }

    static Map<String, Object> figures(Scores s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("events", prfMap(s.events()));
        m.put("tallies", prfMap(s.tallies()));
        m.put("statements", prfMap(s.statements()));
        m.put("duplicates", s.duplicates());
        m.put("negative_reports", s.negativeReports());
        m.put("negative_events", s.negativeEvents());
        Map<String, Object> fields = new LinkedHashMap<>();
        for (FieldScore f : s.fields()) fields.put(f.field(), round(f.accuracy()));
        m.put("fields", fields);
        m.put("misses", s.misses());
        m.put("false_alarms", new ArrayList<>(s.falseAlarms()));
        return m;
    }

    private static Map<String, Object> prfMap(Prf p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("precision", round(p.precision()));
        m.put("recall", round(p.recall()));
        m.put("f1", round(p.f1()));
        m.put("matched", p.matched());
        m.put("predicted", p.predicted());
        m.put("gold", p.gold());
        return m;
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // A temporary folder left behind is harmless.
        }
    }
}
