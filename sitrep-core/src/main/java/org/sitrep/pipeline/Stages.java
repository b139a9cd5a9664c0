package org.sitrep.pipeline;

import org.sitrep.annotate.AnnotateConfig;
import org.sitrep.annotate.CoreNlpAnnotator;
import org.sitrep.clean.ReportCleaner;
import org.sitrep.extract.Lexicon;
import org.sitrep.extract.ReportExtractor;
import org.sitrep.merge.EventCombiner;
import org.sitrep.merge.EventCompatibility;
import org.sitrep.merge.EventMerger;
import org.sitrep.resolve.actor.ActorRegistry;
import org.sitrep.resolve.place.Gazetteer;
import org.sitrep.resolve.place.PlaceMatcher;
import org.sitrep.store.EventStore;

/**
 * The stages of the pipeline built once from the bundled reference data and the CoreNLP models (seconds and about
 * 2 GB of heap), for callers outside the command line that cannot use its wiring: the Spark job builds one per
 * executor. {@code compatibility} and {@code combiner} are the merger's own rules, exposed for merging events that
 * were merged apart (Spark's second pass across window boundaries). Immutable; every stage is thread-safe.
 */
public record Stages(ReportCleaner cleaner, CoreNlpAnnotator annotator, ReportExtractor extractor,
                     EventMerger merger, EventCompatibility compatibility, EventCombiner combiner) {

    /** Loads the bundled actor registry, gazetteer and lexicon and the CoreNLP models as {@code config} says. */
    public static Stages build(AnnotateConfig config) {
        ActorRegistry registry = ActorRegistry.bundled();
        PlaceMatcher places = new PlaceMatcher(Gazetteer.bundled());
        EventCompatibility compatibility = new EventCompatibility(registry);
        EventCombiner combiner = new EventCombiner(registry);
        return new Stages(new ReportCleaner(), new CoreNlpAnnotator(config),
                new ReportExtractor(Lexicon.bundled(), registry, places),
                new EventMerger(compatibility, combiner), compatibility, combiner);
    }

    /** The embedded per-report pipeline over {@code store}, as {@code sitrep ingest} runs it. */
    public ReportPipeline pipeline(EventStore store) {
        return new ReportPipeline(cleaner, annotator, extractor, merger, store);
    }
}
