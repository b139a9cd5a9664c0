package org.sitrep.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.sitrep.annotate.AnnotateConfig;
import org.sitrep.clean.ReportCleaner;
import org.sitrep.export.ExportContent;
import org.sitrep.export.RecordLines;
import org.sitrep.model.Event;
import org.sitrep.model.RawReport;
import org.sitrep.model.RejectedInputException;
import org.sitrep.model.Report;
import org.sitrep.model.Statement;
import org.sitrep.model.Tally;
import org.sitrep.pipeline.Stages;
import scala.Tuple2;

/**
 * Sitrep's pipeline on Spark, for {@code spark-submit --class org.sitrep.spark.SparkJob}: reads WARC or JSON Lines
 * with Sitrep's readers, cleans every report and keeps the first of each text (as the store keeps the first), then
 * per partition annotates and extracts with one set of stages per executor ({@link StagesHolder}), merges mentions
 * per country and date window ({@link WindowMerge}) with a second pass across window boundaries
 * ({@link BoundaryMerge}), joins the tallies and statements that several reports repeat ({@link RepeatMerge}), and
 * writes under {@code --output}:
 * <ul>
 *   <li>{@code jsonl/}: the record format as JSON Lines (events, then tallies, then statements, as part files);
 *   <li>{@code events.parquet/}, {@code tallies.parquet/}, {@code statements.parquet/}: the same, flattened
 *       ({@link FlatRecords});
 *   <li>{@code rejections/}: one line per input or report that could not be processed (dead letters).
 * </ul>
 * Report lines ({@code kind = "report"}) are not written. Options: {@link JobOptions}.
 */
public final class SparkJob {
    private SparkJob() {
    }

    public static void main(String[] args) {
        JobOptions options;
        try {
            options = JobOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(JobOptions.USAGE);
            System.exit(2);
            return;
        }
        SparkSession spark = SparkSession.builder().appName("sitrep").getOrCreate();
        try {
            JobSummary summary = run(spark, options, new StagesHolder(AnnotateConfig.defaults()));
            System.out.println(summary.describe());
        } finally {
            spark.stop();
        }
    }

    /** Runs the job; {@code holder} is broadcast, so a caller in local mode may pass one already loaded. */
    static JobSummary run(SparkSession spark, JobOptions options, StagesHolder holder) {
        long start = System.nanoTime();
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        int partitions = options.partitions() > 0 ? options.partitions() : sc.defaultParallelism();
        int windowDays = options.windowDays();
        Broadcast<StagesHolder> stages = sc.broadcast(holder);

        JavaRDD<InputReport> inputs = options.format() == JobOptions.Format.WARC
                ? ReportReading.warc(sc, options.inputs()) : ReportReading.jsonLines(sc, options.inputs());
        JavaRDD<CleanedReport> cleaned = inputs.mapPartitions(SparkJob::clean)
                .persist(StorageLevel.MEMORY_AND_DISK());
        // The same text under two URLs is one report, as in the store; the first in input order is kept.
        JavaRDD<CleanedReport> unique = cleaned.filter(c -> c.rejection() == null)
                .mapToPair(c -> new Tuple2<>(c.id(), c)).reduceByKey(CleanedReport::first, partitions).values();
        JavaRDD<ReportOutcome> outcomes = unique.mapPartitions(part -> {
            ReportExtraction extraction = new ReportExtraction(stages.value().get(), windowDays);
            List<ReportOutcome> out = new ArrayList<>();
            part.forEachRemaining(c -> out.add(extraction.apply(c)));
            return out.iterator();
        }).persist(StorageLevel.MEMORY_AND_DISK());

        JavaPairRDD<MergeKey, String> batches = outcomes.flatMapToPair(o -> o.batches().stream()
                .map(b -> new Tuple2<>(b.key(), b.batch())).iterator());
        JavaRDD<MergedEvent> windowed = batches.groupByKey(partitions).mapPartitions(part -> {
            WindowMerge merge = new WindowMerge(stages.value().get().merger());
            List<MergedEvent> out = new ArrayList<>();
            part.forEachRemaining(g -> out.addAll(merge.merge(g._1(), g._2())));
            return out.iterator();
        });
        JavaRDD<MergedEvent> events = windowed.mapToPair(m -> new Tuple2<>(m.country(), m))
                .groupByKey(partitions).mapPartitions(part -> {
                    Stages s = stages.value().get();
                    BoundaryMerge merge = new BoundaryMerge(s.compatibility(), s.combiner(), windowDays);
                    List<MergedEvent> out = new ArrayList<>();
                    part.forEachRemaining(g -> out.addAll(merge.merge(g._2())));
                    return out.iterator();
                }).persist(StorageLevel.MEMORY_AND_DISK());

        // A tally's events_known counts the events in its window and countries: every event's date and country.
        List<EventSpan> spans = events.map(m -> EventSpan.of(new RecordJson().read(m.event(), Event.class))).collect();
        Broadcast<List<EventSpan>> allSpans = sc.broadcast(spans);
        JavaRDD<Tuple2<String, String>> eventLines = events.mapPartitions(part -> {
            RecordJson json = new RecordJson();
            RecordLines lines = new RecordLines(new ExportContent(List.of(), List.of(), List.of(), List.of()));
            List<Tuple2<String, String>> out = new ArrayList<>();
            part.forEachRemaining(m -> {
                Event e = json.read(m.event(), Event.class);
                out.add(new Tuple2<>(lines.event(e), source(e, m)));
            });
            return out.iterator();
        }).persist(StorageLevel.MEMORY_AND_DISK());
        // A count or a statement that several reports repeat is one record with all their sources.
        JavaRDD<String> tallyJson = joined(outcomes.flatMapToPair(o -> reported(o, o.tallies(), t -> RepeatMerge.key(t),
                Tally.class)), partitions, true);
        JavaRDD<String> statementJson = joined(outcomes.flatMapToPair(o -> reported(o, o.statements(),
                st -> RepeatMerge.key(st), Statement.class)), partitions, false);
        JavaRDD<String> tallyLines = tallyJson.mapPartitions(part -> {
            RecordJson json = new RecordJson();
            RecordLines lines = new RecordLines(new ExportContent(List.of(),
                    allSpans.value().stream().map(EventSpan::skeleton).toList(), List.of(), List.of()));
            List<String> out = new ArrayList<>();
            part.forEachRemaining(t -> out.add(lines.tally(json.read(t, Tally.class))));
            return out.iterator();
        }).persist(StorageLevel.MEMORY_AND_DISK());
        JavaRDD<String> statementLines = statementJson.mapPartitions(part -> {
            RecordJson json = new RecordJson();
            RecordLines lines = new RecordLines(new ExportContent(List.of(), List.of(), List.of(), List.of()));
            List<String> out = new ArrayList<>();
            part.forEachRemaining(s -> out.add(lines.statement(json.read(s, Statement.class))));
            return out.iterator();
        }).persist(StorageLevel.MEMORY_AND_DISK());

        String output = options.output().replaceAll("/+$", "");
        eventLines.map(Tuple2::_1).union(tallyLines).union(statementLines).saveAsTextFile(output + "/jsonl");
        writeParquet(spark, eventLines, FlatRecords.EVENT, output + "/events.parquet");
        writeParquet(spark, tallyLines.map(l -> new Tuple2<>(l, (String) null)), FlatRecords.TALLY, output + "/tallies.parquet");
        writeParquet(spark, statementLines.map(l -> new Tuple2<>(l, (String) null)), FlatRecords.STATEMENT, output + "/statements.parquet");
        JavaRDD<String> rejections = cleaned.filter(c -> c.rejection() != null).map(CleanedReport::rejection)
                .union(outcomes.filter(o -> o.rejection() != null).map(ReportOutcome::rejection));
        rejections.saveAsTextFile(output + "/rejections");

        long[] totals = outcomes.filter(o -> o.rejection() == null)
                .map(o -> new long[] {1, o.tokens(), o.nanos()})
                .fold(new long[3], (a, b) -> new long[] {a[0] + b[0], a[1] + b[1], a[2] + b[2]});
        long rejected = rejections.count();
        JobSummary summary = new JobSummary(totals[0], rejected, spans.size(), tallyLines.count(),
                statementLines.count(), totals[1], totals[2] / 1e9,
                (System.nanoTime() - start) / 1e9);
        for (JavaRDD<?> rdd : List.of(cleaned, outcomes, events, eventLines, tallyLines, statementLines)) rdd.unpersist(false);
        return summary;
    }

    /** The keyed tallies ({@code tallies}) or statements, the same ones joined, as JSON. */
    private static JavaRDD<String> joined(JavaPairRDD<String, ReportedRecord> keyed, int partitions, boolean tallies) {
        return keyed.groupByKey(partitions).mapPartitions(part -> {
            RepeatMerge merge = new RepeatMerge();
            List<String> out = new ArrayList<>();
            part.forEachRemaining(g -> out.addAll(tallies ? merge.tallies(g._2()) : merge.statements(g._2())));
            return out.iterator();
        });
    }

    /** A report's tallies or statements (JSON), keyed for {@link RepeatMerge}, with the report's order. */
    private static <T> java.util.Iterator<Tuple2<String, ReportedRecord>> reported(ReportOutcome o, List<String> records,
                                                                                java.util.function.Function<T, String> key,
                                                                                Class<T> type) {
        RecordJson json = new RecordJson();
        List<Tuple2<String, ReportedRecord>> out = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            out.add(new Tuple2<>(key.apply(json.read(records.get(i), type)), new ReportedRecord(o.order(), i, records.get(i))));
        }
        return out.iterator();
    }

    /** Cleans each report of a partition; cleaning needs no models, so the stages are not loaded here. */
    private static java.util.Iterator<CleanedReport> clean(java.util.Iterator<InputReport> part) {
        ReportCleaner cleaner = new ReportCleaner();
        RecordJson json = new RecordJson();
        List<CleanedReport> out = new ArrayList<>();
        part.forEachRemaining(in -> {
            if (in.rejection() != null) {
                out.add(new CleanedReport(in.order(), in.source(), null, null, in.rejection()));
                return;
            }
            try {
                Report r = cleaner.apply(json.read(in.raw(), RawReport.class));
                out.add(new CleanedReport(in.order(), in.source(), r.id(), json.write(r), null));
            } catch (RejectedInputException e) {
                out.add(new CleanedReport(in.order(), in.source(), null, null, e.getMessage()));
            }
        });
        return out.iterator();
    }

    /** The CSV's source column: each report's outlet, else URL, else id, once each, in the event's order. */
    private static String source(Event e, MergedEvent m) {
        return String.join("; ", e.reports().stream().map(r -> m.sources().getOrDefault(r, r)).distinct().toList());
    }

    private static void writeParquet(SparkSession spark, JavaRDD<Tuple2<String, String>> lines,
                                     List<FlatRecords.Column> columns, String path) {
        JavaRDD<org.apache.spark.sql.Row> rows = lines.mapPartitions(part -> {
            FlatRecords flat = new FlatRecords();
            List<org.apache.spark.sql.Row> out = new ArrayList<>();
            part.forEachRemaining(l -> out.add(flat.row(l._1(), columns, l._2())));
            return out.iterator();
        });
        spark.createDataFrame(rows, FlatRecords.schema(columns)).write().parquet(path);
    }
}
