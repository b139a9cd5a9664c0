package org.sitrep.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sitrep.annotate.AnnotateConfig;
import org.sitrep.annotate.CoreNlpAnnotator;
import org.sitrep.eval.EntitySpanFinder;
import org.sitrep.eval.Prf;
import org.sitrep.eval.Re3dDocument;
import org.sitrep.eval.Re3dReader;
import org.sitrep.eval.SpanScorer;
import org.sitrep.eval.TypedSpan;
import org.sitrep.extract.Lexicon;
import org.sitrep.model.AnnotatedReport;
import org.sitrep.resolve.actor.ActorRegistry;
import org.sitrep.resolve.place.Gazetteer;
import org.sitrep.resolve.place.PlaceMatcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep eval-re3d}: span precision, recall and F1 of Sitrep's place, actor and weapon finders on the re3d
 * benchmark (Location, Organisation, Weapon), exact and overlap, per dataset and overall. CoreNLP runs without the
 * dependency parse, which none of these finders reads (tokens, lemmas and NER are the same either way). Also prints
 * CoreNLP's own 3-class NER on Location and Organisation as a reference line.
 */
@Command(name = "eval-re3d", mixinStandardHelpOptions = true,
        description = "Span P/R/F1 for Location, Organisation and Weapon on the re3d benchmark.")
final class Re3dEvalCommand implements Callable<Integer> {
    private static final String ALL = "all";
    private static final String SITREP = "sitrep", NER = "corenlp-ner";

    @Spec
    CommandSpec spec;
    @Option(names = "--data", paramLabel = "DIR", defaultValue = "../shared/benchmarks/re3d",
            description = "re3d folder, one subfolder per dataset (default: ${DEFAULT-VALUE}).")
    Path data;
    @Option(names = "--min-confidence", paramLabel = "P", defaultValue = "0.5",
            description = "Keep gold entities with at least this confidence (default: ${DEFAULT-VALUE}).")
    double minConfidence;
    @Option(names = "--json", paramLabel = "FILE", description = "Also write the figures as JSON.")
    Path json;
    @Option(names = "--show", paramLabel = "TYPE", description = "Also list Sitrep's misses and false alarms of this "
            + "type (Location, Organisation or Weapon), most frequent text first.")
    String show;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Map<String, List<Re3dDocument>> datasets = new LinkedHashMap<>();
        try {
            Re3dReader reader = new Re3dReader(minConfidence);
            for (Path d : reader.datasets(data)) datasets.put(d.getFileName().toString(), reader.read(d));
        } catch (IllegalArgumentException e) {
            err.println("eval-re3d: " + e.getMessage());
            return 1;
        }
        CoreNlpAnnotator annotator = new CoreNlpAnnotator(new AnnotateConfig(false, AnnotateConfig.THREE_CLASS, 1));
        EntitySpanFinder finder = new EntitySpanFinder(new PlaceMatcher(Gazetteer.bundled()), ActorRegistry.bundled(),
                Lexicon.bundled());
        if (show != null && !EntitySpanFinder.TYPES.contains(show)) {
            err.println("eval-re3d: --show takes one of " + EntitySpanFinder.TYPES + ", not " + show);
            return 2;
        }
        Map<String, String> texts = new HashMap<>();
        Map<String, Map<String, List<SpanScorer.TypeScore>>> figures = new LinkedHashMap<>();
        List<TypedSpan> allGold = new ArrayList<>(), allSitrep = new ArrayList<>(), allNer = new ArrayList<>();
        SpanScorer scorer = new SpanScorer();
        int docs = 0, tokens = 0;
        for (Map.Entry<String, List<Re3dDocument>> d : datasets.entrySet()) {
            List<TypedSpan> gold = new ArrayList<>(), sitrep = new ArrayList<>(), ner = new ArrayList<>();
            for (Re3dDocument doc : d.getValue()) {
                AnnotatedReport annotated = annotator.apply(doc.report());
                gold.addAll(doc.entities());
                texts.put(doc.id(), doc.text());
                sitrep.addAll(finder.find(doc.id(), annotated));
                ner.addAll(finder.nerSpans(doc.id(), annotated));
                docs++;
                tokens += annotated.tokenCount();
            }
            figures.put(d.getKey(), Map.of(SITREP, scorer.score(gold, sitrep, EntitySpanFinder.TYPES),
                    NER, scorer.score(gold, ner, EntitySpanFinder.TYPES)));
            allGold.addAll(gold);
            allSitrep.addAll(sitrep);
            allNer.addAll(ner);
        }
        figures.put(ALL, Map.of(SITREP, scorer.score(allGold, allSitrep, EntitySpanFinder.TYPES),
                NER, scorer.score(allGold, allNer, EntitySpanFinder.TYPES)));
        err.printf(Locale.ROOT, "eval-re3d: %d datasets, %d documents, %d tokens, gold confidence >= %.2f%n",
                datasets.size(), docs, tokens, minConfidence);
        print(figures, out);
        if (show != null) {
            SpanScorer.Unmatched u = scorer.unmatched(allGold, allSitrep, show);
            list(out, "missed " + show, u.missed(), texts);
            list(out, "false alarms " + show, u.falseAlarms(), texts);
        }
        if (json != null) new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(json.toFile(), asJson(figures));
        out.flush();
        return 0;
    }

    private static void print(Map<String, Map<String, List<SpanScorer.TypeScore>>> figures, PrintWriter out) {
        out.println("dataset                                   type          gold  found | exact P    R    F1 | overlap P    R    F1");
        figures.forEach((dataset, byFinder) -> {
            for (SpanScorer.TypeScore s : byFinder.get(SITREP)) row(out, dataset, s.type(), s);
        });
        out.println("reference, not used by Sitrep to find places or actors: CoreNLP 3-class NER, all datasets");
        for (SpanScorer.TypeScore s : figures.get(ALL).get(NER)) {
            if (!s.type().equals(EntitySpanFinder.WEAPON)) row(out, NER, s.type(), s);
        }
    }

    /** Span texts with their counts, most frequent first. */
    private static void list(PrintWriter out, String title, List<TypedSpan> spans, Map<String, String> texts) {
        Map<String, Integer> counts = new HashMap<>();
        for (TypedSpan s : spans) counts.merge(texts.get(s.document()).substring(s.start(), s.end()).replace('\n', ' '), 1, Integer::sum);
        out.printf("%s (%d):%n", title, spans.size());
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> out.printf("  %3d  %s%n", e.getValue(), e.getKey()));
    }

    private static void row(PrintWriter out, String dataset, String type, SpanScorer.TypeScore s) {
        Prf e = s.exact(), o = s.overlap();
        if (e.gold() == 0 && e.predicted() == 0) {
            out.printf(Locale.ROOT, "%-41s %-12s %5d %6d |      -     -     - |        -     -     -%n", dataset, type, 0, 0);
            return;
        }
        out.printf(Locale.ROOT, "%-41s %-12s %5d %6d |  %5.2f %5.2f %5.2f |  %7.2f %5.2f %5.2f%n", dataset, type,
                e.gold(), e.predicted(), e.precision(), e.recall(), e.f1(), o.precision(), o.recall(), o.f1());
    }

    private static Map<String, Object> asJson(Map<String, Map<String, List<SpanScorer.TypeScore>>> figures) {
        Map<String, Object> m = new LinkedHashMap<>();
        figures.forEach((dataset, byFinder) -> {
            Map<String, Object> finders = new LinkedHashMap<>();
            for (String f : List.of(SITREP, NER)) {
                Map<String, Object> types = new LinkedHashMap<>();
                for (SpanScorer.TypeScore s : byFinder.get(f)) {
                    types.put(s.type(), Map.of("exact", prf(s.exact()), "overlap", prf(s.overlap())));
                }
                finders.put(f, types);
            }
            m.put(dataset, finders);
        });
        return m;
    }

    private static Map<String, Object> prf(Prf p) {
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
}
