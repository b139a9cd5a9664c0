package org.sitrep.cli;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.sitrep.annotate.AnnotateConfig;
import org.sitrep.annotate.CoreNlpAnnotator;
import org.sitrep.clean.ReportCleaner;
import org.sitrep.extract.Lexicon;
import org.sitrep.extract.ReportExtractor;
import org.sitrep.merge.EventCombiner;
import org.sitrep.merge.EventCompatibility;
import org.sitrep.merge.EventMerger;
import org.jspecify.annotations.Nullable;
import org.sitrep.pipeline.ReportPipeline;
import org.sitrep.relevance.ConflictVocabulary;
import org.sitrep.relevance.RelevanceConfig;
import org.sitrep.relevance.RelevanceFilter;
import org.sitrep.resolve.actor.ActorRegistry;
import org.sitrep.resolve.place.Gazetteer;
import org.sitrep.resolve.place.PlaceMatcher;
import org.sitrep.resolve.time.PublicationDateInferrer;
import org.sitrep.resolve.time.PublicationDater;
import org.sitrep.store.EventStore;

/**
 * The one place that builds and wires the stages. Reference data and the CoreNLP models are loaded once here
 * (seconds and about 2 GB of heap for the models), then shared by every report. With a relevance configuration
 * (the default), the expensive annotators run only on the sentences {@link RelevanceFilter} keeps (issue 8).
 */
final class Engine {
    final ReportCleaner cleaner;
    final CoreNlpAnnotator annotator;
    final PublicationDater dater;
    final ReportExtractor extractor;
    final EventMerger merger;

    Engine(AnnotateConfig config) {
        this(config, RelevanceConfig.defaults());
    }

    /** {@code relevance} null annotates every sentence of every report (the unfiltered run). */
    Engine(AnnotateConfig config, @Nullable RelevanceConfig relevance) {
        ActorRegistry registry = ActorRegistry.bundled();
        PlaceMatcher places = new PlaceMatcher(Gazetteer.bundled());
        Lexicon lexicon = Lexicon.bundled();
        this.cleaner = new ReportCleaner();
        // The run's date bounds inferred publication dates: no report is published after it.
        this.dater = new PublicationDater(new PublicationDateInferrer(registry, LocalDate.now(ZoneOffset.UTC)));
        this.extractor = new ReportExtractor(lexicon, registry, places);
        this.merger = new EventMerger(new EventCompatibility(registry), new EventCombiner(registry));
        this.annotator = new CoreNlpAnnotator(config, relevance == null ? null
                : new RelevanceFilter(ConflictVocabulary.bundled(lexicon), relevance));
    }

    ReportPipeline pipeline(EventStore store) {
        return new ReportPipeline(cleaner.then(dater), annotator, extractor, merger, store);
    }
}
