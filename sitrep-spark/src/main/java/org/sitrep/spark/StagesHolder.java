package org.sitrep.spark;

import java.io.Serializable;
import org.sitrep.annotate.AnnotateConfig;
import org.sitrep.pipeline.Stages;

/**
 * The pipeline's stages, built on first use in the JVM that holds this object. Shipped to executors as a Spark
 * broadcast, which each executor deserializes once and keeps: so every task of an executor shares one CoreNLP
 * pipeline (seconds and about 2 GB to load) without a static field, and in local mode the driver's own instance,
 * already loaded, serves the tasks. Only the configuration is serialized. Thread-safe.
 */
final class StagesHolder implements Serializable {
    private static final long serialVersionUID = 1L;

    // AnnotateConfig is a record and not Serializable: its components travel instead.
    private final boolean parse;
    private final String nerModel;
    private final int threads;
    private transient volatile Stages stages;

    StagesHolder(AnnotateConfig config) {
        this.parse = config.parse();
        this.nerModel = config.nerModel();
        this.threads = config.threads();
    }

    Stages get() {
        Stages s = stages;
        if (s != null) return s;
        synchronized (this) {
            if (stages == null) stages = Stages.build(new AnnotateConfig(parse, nerModel, threads));
            return stages;
        }
    }
}
