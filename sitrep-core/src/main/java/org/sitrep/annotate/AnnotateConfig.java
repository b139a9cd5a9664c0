package org.sitrep.annotate;

/**
 * Options of the annotate stage. {@code parse} runs the neural dependency parser (default true);
 * {@code nerModel} is the CoreNLP CRF model path (default the 3-class model, about 8x faster than the default
 * three-model NER with fine-grained types, see ../shared/DOMAIN.md); {@code threads} for CoreNLP (default 1).
 */
public record AnnotateConfig(boolean parse, String nerModel, int threads) {
    public static final String THREE_CLASS = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";

    public AnnotateConfig {
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1");
    }

    public static AnnotateConfig defaults() {
        return new AnnotateConfig(true, THREE_CLASS, 1);
    }
}
