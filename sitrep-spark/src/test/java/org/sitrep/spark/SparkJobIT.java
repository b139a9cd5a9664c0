package org.sitrep.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.sitrep.annotate.AnnotateConfig;
import org.sitrep.export.ExportContent;
import org.sitrep.export.RecordLines;
import org.sitrep.ingest.JsonLinesReportReader;
import org.sitrep.ingest.ReportInputs;
import org.sitrep.ingest.ReportSink;
import org.sitrep.ingest.WarcReportReader;
import org.sitrep.model.Event;
import org.sitrep.model.RawReport;
import org.sitrep.model.RejectedInputException;
import org.sitrep.model.Statement;
import org.sitrep.model.Tally;
import org.sitrep.pipeline.ReportPipeline;
import org.sitrep.store.EventQuery;
import org.sitrep.store.SqliteEventStore;

/**
 * The Spark job in local mode against the embedded pipeline ({@code ReportPipeline} over a SQLite store, as
 * {@code sitrep ingest} runs it) on the same reports: a WARC this test writes from five sample pages, and the
 * samples' JSON Lines file. Both must give the same events. One set of stages serves both runs.
 */
class SparkJobIT {
    private static final Path SAMPLES = Path.of("..", "samples");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static StagesHolder stages;
    private static SparkSession spark;

    @TempDir
    static Path dir;

    @BeforeAll
    static void start() {
        stages = new StagesHolder(AnnotateConfig.defaults());
        stages.get();
        spark = SparkSession.builder().master("local[2]").appName("sitrep-test")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2").getOrCreate();
    }

    @AfterAll
    static void stop() {
        if (spark != null) spark.stop();
    }

    @Test
    void warcGivesTheEventsOfTheEmbeddedPipeline() throws IOException {
        Path warc = dir.resolve("news.warc.gz");
        writeWarc(warc, 5);
        JobSummary summary = SparkJob.run(spark, new JobOptions(List.of(warc.toString()), dir.resolve("warc-out").toString(),
                JobOptions.Format.WARC, 2, 7), stages);
        System.out.println("SparkJobIT warc: " + summary.describe());

        List<String> embedded = embedded("warc", sink -> {
            try (FileChannel in = FileChannel.open(warc)) {
                new WarcReportReader(ReportInputs.DEFAULT_MAX_BYTES).read(warc.toString(), in, sink);
            }
        }).get("event");
        assertEquals(5, summary.reports());
        assertFalse(embedded.isEmpty(), "the samples hold events");
        assertSameRecords(embedded, sparkRecords(dir.resolve("warc-out"), "event"));

        Dataset<Row> parquet = spark.read().parquet(dir.resolve("warc-out/events.parquet").toString());
        assertEquals(embedded.size(), parquet.count());
        assertTrue(Arrays.asList(parquet.columns()).containsAll(List.of("event_date", "actor1", "geo_precision", "source")));
    }

    @Test
    void jsonLinesGiveTheEventsOfTheEmbeddedPipeline() throws IOException {
        Path jsonl = SAMPLES.resolve("wire.jsonl");
        JobSummary summary = SparkJob.run(spark, new JobOptions(List.of(jsonl.toString()), dir.resolve("jsonl-out").toString(),
                JobOptions.Format.JSONL, 2, 7), stages);
        System.out.println("SparkJobIT jsonl: " + summary.describe());

        Map<String, List<String>> embedded = embedded("jsonl", sink ->
                new JsonLinesReportReader().read(jsonl.toString(), Files.readString(jsonl), sink));
        assertEquals(4, summary.reports());
        assertSameRecords(embedded.get("event"), sparkRecords(dir.resolve("jsonl-out"), "event"));
        assertSameRecords(embedded.get("tally"), sparkRecords(dir.resolve("jsonl-out"), "tally"));
        assertSameRecords(embedded.get("statement"), sparkRecords(dir.resolve("jsonl-out"), "statement"));
        assertEquals(summary.tallies(), spark.read().parquet(dir.resolve("jsonl-out/tallies.parquet").toString()).count());
    }

    /** A wire story and two rewrites repeat a count and a statement: one record each with three reports, as stored. */
    @Test
    void repeatedTalliesAndStatementsAreJoinedAsInTheStore() throws IOException {
        Path jsonl = Path.of("src/test/resources/repeats.jsonl");
        Path out = dir.resolve("repeats-out");
        JobSummary summary = SparkJob.run(spark, new JobOptions(List.of(jsonl.toString()), out.toString(),
                JobOptions.Format.JSONL, 2, 7), stages);
        Map<String, List<String>> embedded = embedded("repeats", sink ->
                new JsonLinesReportReader().read(jsonl.toString(), Files.readString(jsonl), sink));
        for (String kind : List.of("tally", "statement")) {
            assertEquals(1, embedded.get(kind).size(), kind + ": " + embedded.get(kind));
            assertTrue(embedded.get(kind).get(0).endsWith("reports 3"), embedded.get(kind).get(0));
            assertSameRecords(embedded.get(kind), sparkRecords(out, kind));
        }
        assertEquals(1, summary.tallies());
        assertEquals(1, summary.statements());
    }

    /** Writes the first {@code n} sample pages as HTML responses of a gzip'd WARC, crawled the day after the events. */
    private static void writeWarc(Path warc, int n) throws IOException {
        List<Path> pages;
        try (Stream<Path> files = Files.list(SAMPLES)) {
            pages = files.filter(p -> p.toString().endsWith(".html")).sorted().limit(n).toList();
        }
        try (WarcWriter writer = new WarcWriter(FileChannel.open(warc, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE), WarcCompression.GZIP)) {
            for (Path page : pages) {
                URI url = URI.create("https://news.example/" + page.getFileName());
                HttpResponse http = new HttpResponse.Builder(200, "OK")
                        .body(MediaType.parse("text/html; charset=utf-8"), Files.readAllBytes(page)).build();
                writer.write(new WarcResponse.Builder(url).date(Instant.parse("2024-01-30T06:00:00Z")).body(http).build());
            }
        }
    }

    private interface Reading {
        void read(ReportSink sink) throws IOException, RejectedInputException;
    }

    /** Keys of the records of each kind from the embedded pipeline over a new store, fed by {@code reading}. */
    private static Map<String, List<String>> embedded(String name, Reading reading) throws IOException {
        Path db = dir.resolve(name + ".db");
        try (SqliteEventStore store = SqliteEventStore.open(db)) {
            ReportPipeline pipeline = stages.get().pipeline(store);
            List<String> failures = new ArrayList<>();
            try {
                reading.read(new ReportSink() {
                    @Override
                    public void accept(RawReport report) {
                        try {
                            pipeline.ingest(report);
                        } catch (RejectedInputException e) {
                            failures.add(e.getMessage());
                        }
                    }

                    @Override
                    public void reject(RejectedInputException rejection) {
                        failures.add(rejection.getMessage());
                    }
                });
            } catch (RejectedInputException e) {
                failures.add(e.getMessage());
            }
            assertEquals(List.of(), failures);
            RecordLines lines = new RecordLines(new ExportContent(List.of(), List.of(), List.of(), List.of()));
            Map<String, List<String>> keys = Map.of("event", new ArrayList<>(), "tally", new ArrayList<>(),
                    "statement", new ArrayList<>());
            for (Event e : store.events(EventQuery.all())) keys.get("event").add(key(MAPPER.readTree(lines.event(e))));
            for (Tally t : store.tallies()) keys.get("tally").add(key(MAPPER.readTree(lines.tally(t))));
            for (Statement st : store.statements()) keys.get("statement").add(key(MAPPER.readTree(lines.statement(st))));
            return keys;
        }
    }

    private static List<String> sparkRecords(Path output, String kind) throws IOException {
        List<String> keys = new ArrayList<>();
        try (Stream<Path> parts = Files.list(output.resolve("jsonl"))) {
            for (Path part : parts.filter(p -> p.getFileName().toString().startsWith("part-")).toList()) {
                for (String line : Files.readAllLines(part, StandardCharsets.UTF_8)) {
                    JsonNode n = MAPPER.readTree(line);
                    if (n.path("kind").asText().equals(kind)) keys.add(key(n));
                }
            }
        }
        return keys;
    }

    /**
     * What must agree: for an event its type, date, place, actors, and what the merge decides (weapon, status, toll);
     * for a tally its count, what, window and source; for a statement its type, speaker, date and target; and how
     * many reports each record has.
     */
    private static String key(JsonNode n) {
        List<String> fields = switch (n.path("kind").asText()) {
            case "tally" -> List.of("count", "what", "from", "to", "source");
            case "statement" -> List.of("plover", "speaker", "date", "about");
            default -> List.of("sub_event_type", "date", "location", "place_id", "actor1", "actor2", "weapon", "status",
                    "fatalities");
        };
        return String.join(" | ", fields.stream().map(f -> n.path(f).asText()).toList())
                + " | reports " + n.path("reports").size();
    }

    private static void assertSameRecords(List<String> expected, List<String> actual) {
        assertEquals(count(expected), count(actual), "records as a multiset");
    }

    private static Map<String, Integer> count(List<String> keys) {
        Map<String, Integer> m = new HashMap<>();
        for (String k : keys) m.merge(k, 1, Integer::sum);
        return new java.util.TreeMap<>(m);
    }
}
