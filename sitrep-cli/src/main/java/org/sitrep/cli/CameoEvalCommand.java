package org.sitrep.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.sitrep.annotate.AnnotateConfig;
import org.sitrep.annotate.CoreNlpAnnotator;
import org.sitrep.clean.ReportCleaner;
import org.sitrep.eval.CameoCoding;
import org.sitrep.eval.CameoRecordReader;
import org.sitrep.eval.CameoRoots;
import org.sitrep.eval.CameoScorer;
import org.sitrep.eval.CameoSentence;
import org.sitrep.eval.PetrActorDictionary;
import org.sitrep.extract.EventMention;
import org.sitrep.extract.ExtractedReport;
import org.sitrep.extract.Lexicon;
import org.sitrep.extract.ReportExtractor;
import org.sitrep.model.RawReport;
import org.sitrep.model.RejectedInputException;
import org.sitrep.model.Statement;
import org.sitrep.resolve.actor.Actor;
import org.sitrep.resolve.actor.ActorResolver;
import org.sitrep.resolve.place.Gazetteer;
import org.sitrep.resolve.place.PlaceMatcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep eval-cameo}: runs Sitrep's extraction on each PETRARCH validation sentence as a one-sentence
 * report dated from its record, codes the event mentions and statements as CAMEO roots ({@link CameoRoots}), and
 * scores them against the gold codings. The validation actors are fictional, so the registry is built from the
 * benchmark's own actor dictionary ({@code PETR.Validate.actors.txt}), as PETRARCH runs these records with it;
 * Sitrep's resolver, lexicons and rules are unchanged.
 */
@Command(name = "eval-cameo", mixinStandardHelpOptions = true,
        description = "CAMEO root, source and target agreement on PETRARCH's validation records.")
final class CameoEvalCommand implements Callable<Integer> {
    static final String RECORDS = "PETR.UnitTest.records.xml";
    static final String ACTORS = "PETR.Validate.actors.txt";

    @Spec
    CommandSpec spec;
    @Option(names = "--data", paramLabel = "DIR", defaultValue = "../shared/benchmarks/petrarch2-cameo/validation",
            description = "Folder with " + RECORDS + " and " + ACTORS + " (default: ${DEFAULT-VALUE}).")
    Path data;
    @Option(names = "--list", description = "Also list each record's gold codings and Sitrep's.")
    boolean list;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<CameoSentence> sentences;
        PetrActorDictionary dictionary;
        try {
            sentences = new CameoRecordReader().read(data.resolve(RECORDS));
            dictionary = PetrActorDictionary.load(data.resolve(ACTORS));
        } catch (IllegalArgumentException e) {
            err.println("eval-cameo: " + e.getMessage());
            return 1;
        }
        ReportCleaner cleaner = new ReportCleaner();
        CoreNlpAnnotator annotator = new CoreNlpAnnotator(AnnotateConfig.defaults());
        ReportExtractor extractor = new ReportExtractor(Lexicon.bundled(), dictionary.registry(),
                new PlaceMatcher(Gazetteer.bundled()));
        ActorResolver resolver = new ActorResolver(dictionary.registry());
        CameoRoots roots = new CameoRoots();
        Map<String, List<CameoCoding>> predicted = new LinkedHashMap<>();
        int rejected = 0;
        for (CameoSentence s : sentences) {
            ExtractedReport x;
            try {
                x = extractor.apply(annotator.apply(cleaner.apply(new RawReport(s.id(), null, null, null, s.date(), s.text()))));
            } catch (RejectedInputException e) {
                err.println(e.getMessage());
                rejected++;
                continue;
            }
            List<CameoCoding> codings = new ArrayList<>();
            for (EventMention m : x.mentions()) {
                roots.root(m.type()).ifPresent(r -> add(codings, new CameoCoding(code(m.actor1(), dictionary, s.date()),
                        code(m.actor2(), dictionary, s.date()), r)));
            }
            for (Statement st : x.statements()) {
                roots.root(st.plover()).ifPresent(r -> add(codings, new CameoCoding(code(st.speaker(), resolver, dictionary, s.date()),
                        code(st.about(), resolver, dictionary, s.date()), r)));
            }
            predicted.put(s.id(), codings);
            if (list) out.printf("%s [%s] gold %s%s | sitrep %s%n", s.id(), s.category(), s.codings(),
                    s.noEvents() ? " (no events)" : "", codings);
        }
        CameoScorer.Scores sc = new CameoScorer().score(sentences, predicted, roots.roots());
        err.printf("eval-cameo: %d records, %d rejected%n", sentences.size(), rejected);
        out.printf(Locale.ROOT, "gold codings (records with events): %d in %d sentences%n", sc.goldCodings(),
                sc.sentences() - sc.noEventRecords());
        out.printf(Locale.ROOT, "root code right:                    %3d  (%.3f)%n", sc.rootRight(), sc.rootShare());
        out.printf(Locale.ROOT, "  of the %d whose root Sitrep codes: %3d  (%.3f)  roots %s%n", sc.codable(),
                sc.codableRootRight(), sc.codable() == 0 ? 0.0 : (double) sc.codableRootRight() / sc.codable(), roots.roots());
        out.printf(Locale.ROOT, "source + target + root right:       %3d  (%.3f)%n", sc.allRight(), sc.allShare());
        out.printf(Locale.ROOT, "Sitrep codings in those sentences:  %3d  (%d with a root gold has)%n", sc.predicted(),
                sc.predictedRootInGold());
        out.printf(Locale.ROOT, "\"no event\" records wrongly coded:   %3d of %d%n", sc.noEventCoded(), sc.noEventRecords());
        Map<String, Integer> byRoot = new TreeMap<>();
        for (List<CameoCoding> cs : predicted.values()) for (CameoCoding c : cs) byRoot.merge(c.root(), 1, Integer::sum);
        out.println("Sitrep codings by root: " + byRoot);
        for (String line : sc.rightLines()) out.println("  all right: " + line);
        out.flush();
        return 0;
    }

    private static void add(List<CameoCoding> codings, CameoCoding c) {
        if (!codings.contains(c)) codings.add(c);
    }

    private static @Nullable String code(@Nullable Actor actor, PetrActorDictionary d, LocalDate date) {
        return actor == null ? null : d.code(actor.id(), date).orElse(null);
    }

    /** A statement names its speaker and topic as text: resolved again, as the extractor resolved them. */
    private static @Nullable String code(@Nullable String phrase, ActorResolver r, PetrActorDictionary d, LocalDate date) {
        if (phrase == null) return null;
        return r.resolve(phrase, date).flatMap(m -> d.code(m.actor().id(), date)).orElse(null);
    }
}
