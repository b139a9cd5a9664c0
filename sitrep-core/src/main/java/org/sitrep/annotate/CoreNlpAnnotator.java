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
import org.sitrep.model.AnnotatedReport;
import org.sitrep.model.Dependency;
import org.sitrep.model.Paragraph;
import org.sitrep.model.Report;
import org.sitrep.model.Sentence;
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
 */
public final class CoreNlpAnnotator implements Stage<Report, AnnotatedReport> {
    private final StanfordCoreNLP pipeline;
    private final boolean parse;

    public CoreNlpAnnotator(AnnotateConfig config) {
        Properties props = new Properties();
        props.setProperty("annotators", config.parse() ? "tokenize,ssplit,pos,lemma,ner,depparse" : "tokenize,ssplit,pos,lemma,ner");
        props.setProperty("tokenize.language", "en");
        props.setProperty("ner.model", config.nerModel());
        props.setProperty("ner.applyFineGrained", "false");
        props.setProperty("ner.useSUTime", "false");
        props.setProperty("ner.applyNumericClassifiers", "false");
        props.setProperty("ner.buildEntityMentions", "false");
        props.setProperty("threads", Integer.toString(config.threads()));
        this.pipeline = new StanfordCoreNLP(props);
        this.parse = config.parse();
    }

    @Override
    public AnnotatedReport apply(Report report) {
        List<Sentence> sentences = new ArrayList<>();
        for (Paragraph p : report.paragraphs()) {
            Annotation doc = new Annotation(p.text());
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
