package org.sitrep.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.jspecify.annotations.Nullable;
import org.sitrep.model.AnnotatedReport;
import org.sitrep.model.Dependency;
import org.sitrep.model.Paragraph;
import org.sitrep.model.Report;
import org.sitrep.model.Sentence;
import org.sitrep.model.SentenceSelector;
import org.sitrep.model.Stage;
import org.sitrep.model.Token;

/**
 * Runs Stanford CoreNLP (tokenize, ssplit, pos, lemma, 3-class NER, dependency parse) over a cleaned report and
 * copies the result into Sitrep's own records, so that no later stage sees CoreNLP types. Building one loads the
 * models (seconds, about 1.5-2 GB of heap): build once per process and share; {@link #apply} is thread-safe.
 *
 * <p>SUTime and the fine-grained NER are off: they are most of the default NER's cost and resolve the phrases
 * analysts need ("hours later", "between October 17 and 26") poorly; Sitrep's own time tagger does that instead.
 * Each paragraph is annotated on its own so that no sentence crosses a paragraph boundary.
 *
 * <p>With a {@link SentenceSelector} (issue 8), the report is first only tokenized and split, which costs a few
 * per cent of the whole; tagging, lemmas, NER and parsing then run on the sentences the selector chooses, as one
 * document, and the other sentences keep their tokens with the word as lemma, no tag, entity "O" and no parse
 * (which the extractor reads as "nothing here"). A chosen sentence gets exactly the annotation the full run gives,
 * since every annotator after ssplit works sentence by sentence.
 */
public final class CoreNlpAnnotator implements Stage<Report, AnnotatedReport> {
    private static final String SPLIT = "tokenize,ssplit";

    private final StanfordCoreNLP posTagger;
    private final StanfordCoreNLP pipeline;
    private final @Nullable StanfordCoreNLP splitter;
    private final @Nullable StanfordCoreNLP tagOnly;
    private final NounTags nounTags = NounTags.bundled();
    private final VerbTags verbTags = VerbTags.bundled();
    private final @Nullable SentenceSelector selector;
    private final boolean parse;

    /** Annotates every sentence in full. */
    public CoreNlpAnnotator(AnnotateConfig config) {
        this(config, null);
    }

    /** Annotates in full only the sentences {@code selector} chooses; every sentence when it is null. */
    public CoreNlpAnnotator(AnnotateConfig config, @Nullable SentenceSelector selector) {
        // The tagger runs on its own so that NounTags and VerbTags can mend its tags before the parser reads them.
        String rest = config.parse() ? "lemma,ner,depparse" : "lemma,ner";
        this.posTagger = new StanfordCoreNLP(properties(config, SPLIT + ",pos"));
        // CoreNLP's annotator pool shares the models between pipelines with the same settings, so these cost no
        // second copy of the models.
        this.pipeline = new StanfordCoreNLP(properties(config, rest), false);
        this.splitter = selector == null ? null : new StanfordCoreNLP(properties(config, SPLIT));
        this.tagOnly = selector == null ? null : new StanfordCoreNLP(properties(config, "pos"), false);
        this.selector = selector;
        this.parse = config.parse();
    }

    private static Properties properties(AnnotateConfig config, String annotators) {
        Properties props = new Properties();
        props.setProperty("annotators", annotators);
        props.setProperty("tokenize.language", "en");
        props.setProperty("ner.model", config.nerModel());
        props.setProperty("ner.applyFineGrained", "false");
        props.setProperty("ner.useSUTime", "false");
        props.setProperty("ner.applyNumericClassifiers", "false");
        props.setProperty("ner.buildEntityMentions", "false");
        props.setProperty("threads", Integer.toString(config.threads()));
        return props;
    }

    @Override
    public AnnotatedReport apply(Report report) {
        if (selector == null) return full(report);
        List<CoreMap> split = new ArrayList<>();
        List<Paragraph> paragraphOf = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        for (Paragraph p : report.paragraphs()) {
            Annotation doc = new Annotation(p.text());
            splitter.annotate(doc);
            for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
                split.add(s);
                paragraphOf.add(p);
                sentences.add(toSentence(s, sentences.size(), p, report.text()));
            }
        }
        SentenceSelector.Selection chosen = selector.select(sentences);
        if (chosen.sentences().isEmpty()) return new AnnotatedReport(report, sentences);
        List<CoreMap> sub = new ArrayList<>();
        List<CoreLabel> subTokens = new ArrayList<>();
        for (int i = 0; i < split.size(); i++) {
            if (!chosen.sentences().contains(i)) continue;
            sub.add(split.get(i));
            subTokens.addAll(split.get(i).get(CoreAnnotations.TokensAnnotation.class));
        }
        Annotation doc = new Annotation(report.text());
        doc.set(CoreAnnotations.SentencesAnnotation.class, sub);
        doc.set(CoreAnnotations.TokensAnnotation.class, subTokens);
        tagOnly.annotate(doc);
        mendTags(doc);
        pipeline.annotate(doc);
        for (int i = 0; i < split.size(); i++) {
            if (chosen.sentences().contains(i)) sentences.set(i, toSentence(split.get(i), i, paragraphOf.get(i), report.text()));
        }
        return new AnnotatedReport(report, sentences);
    }

    /** Mends the tags of the document's tagged sentences that the parser would stumble on. */
    private void mendTags(Annotation doc) {
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            nounTags.fix(s.get(CoreAnnotations.TokensAnnotation.class));
            verbTags.fix(s.get(CoreAnnotations.TokensAnnotation.class));
            ReducedRelatives.fix(s.get(CoreAnnotations.TokensAnnotation.class));
        }
    }

    private AnnotatedReport full(Report report) {
        List<Sentence> sentences = new ArrayList<>();
        for (Paragraph p : report.paragraphs()) {
            Annotation doc = new Annotation(p.text());
            posTagger.annotate(doc);
            mendTags(doc);
            pipeline.annotate(doc);
            for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
                sentences.add(toSentence(s, sentences.size(), p, report.text()));
            }
        }
        return new AnnotatedReport(report, sentences);
    }

    private Sentence toSentence(CoreMap s, int index, Paragraph p, String text) {
        List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
        List<Token> tokens = new ArrayList<>(labels.size());
        for (int i = 0; i < labels.size(); i++) {
            CoreLabel l = labels.get(i);
            int start = p.start() + l.beginPosition();
            int end = p.start() + l.endPosition();
            tokens.add(new Token(i, text.substring(start, end), nonNull(l.lemma(), l.word()), nonNull(l.tag(), ""),
                    nonNull(l.ner(), "O"), start, end));
        }
        List<Dependency> deps = new ArrayList<>();
        if (parse) {
            SemanticGraph g = s.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
            if (g != null) {
                for (IndexedWord root : g.getRoots()) deps.add(new Dependency(-1, root.index() - 1, "root"));
                for (SemanticGraphEdge e : g.edgeListSorted()) {
                    deps.add(new Dependency(e.getGovernor().index() - 1, e.getDependent().index() - 1,
                            e.getRelation().toString()));
                }
            }
        }
        int start = tokens.isEmpty() ? p.start() : tokens.get(0).start();
        int end = tokens.isEmpty() ? p.start() : tokens.get(tokens.size() - 1).end();
        return new Sentence(index, p.index(), start, end, text.substring(start, end), tokens, deps);
    }

    private static String nonNull(String s, String fallback) {
        return s == null ? fallback : s;
    }
}
