package org.sitrep.spark;

import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.sitrep.annotate.AnnotateConfig;

/**
 * Measures the job's rate in local mode: {@code SparkBench INPUT.jsonl OUTPUT_DIR [MASTER]}. Runs the job twice
 * (the first run warms the JIT) and prints both summaries; the second is the rate to quote. Not a test: speed is
 * measured, never asserted.
 */
public final class SparkBench {
    private SparkBench() {
    }

    public static void main(String[] args) {
        String master = args.length > 2 ? args[2] : "local[2]";
        SparkSession spark = SparkSession.builder().master(master).appName("sitrep-bench")
                .config("spark.ui.enabled", "false").getOrCreate();
        try {
            StagesHolder stages = new StagesHolder(AnnotateConfig.defaults());
            long load = System.nanoTime();
            stages.get();
            System.out.printf("stages loaded in %.1f s%n", (System.nanoTime() - load) / 1e9);
            for (int round = 1; round <= 2; round++) {
                JobSummary s = SparkJob.run(spark, new JobOptions(List.of(args[0]), args[1] + "/round" + round,
                        JobOptions.Format.JSONL, 0, 7), stages);
                System.out.println("round " + round + ": " + s.describe());
            }
        } finally {
            spark.stop();
        }
    }
}
