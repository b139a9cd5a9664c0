package org.sitrep.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Properties;

/**
 * The baseline of issue 8's bench, "the common way" (the Phoenix pipeline's): CoreNLP's tokenize, ssplit, pos,
 * lemma, ner and depparse with CoreNLP's own defaults (three NER models, SUTime, fine-grained and numeric NER) on
 * the whole text of every report. With {@code sitrepSettings}, NER is configured as {@link CoreNlpAnnotator}
 * configures it (the 3-class model only), the fairer and harder baseline. Thread-safe.
 */
public final class NaiveCoreNlp {
    private final StanfordCoreNLP pipeline;

    public NaiveCoreNlp(boolean sitrepSettings) {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
        props.setProperty("tokenize.language", "en");
        if (sitrepSettings) {
            props.setProperty("ner.model", AnnotateConfig.THREE_CLASS);
            props.setProperty("ner.applyFineGrained", "false");
            props.setProperty("ner.useSUTime", "false");
            props.setProperty("ner.applyNumericClassifiers", "false");
            props.setProperty("ner.buildEntityMentions", "false");
        }
        this.pipeline = new StanfordCoreNLP(props);
    }

    /** Annotates {@code text} and returns its number of tokens. */
    public int annotate(String text) {
        Annotation doc = new Annotation(text);
        pipeline.annotate(doc);
        return doc.get(CoreAnnotations.TokensAnnotation.class).size();
    }
}
