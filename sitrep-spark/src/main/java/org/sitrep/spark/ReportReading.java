package org.sitrep.spark;

import java.io.DataInputStream;
import java.nio.channels.Channels;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.sitrep.ingest.JsonLinesReportReader;
import org.sitrep.ingest.ReportInputs;
import org.sitrep.ingest.ReportSink;
import org.sitrep.ingest.WarcReportReader;
import org.sitrep.model.RawReport;
import org.sitrep.model.RejectedInputException;

/**
 * Reads inputs into {@link InputReport}s with Sitrep's own readers, so a line or a record means on Spark what it
 * means to {@code sitrep ingest}. JSON Lines is split by line (a large file spreads over many tasks); a WARC file,
 * which cannot be split without an index, is one task streamed record by record, and the reports are spread over
 * the cluster afterwards. Paths are anything Hadoop reads ({@code s3a://}, {@code hdfs://}, local), with globs.
 */
final class ReportReading {
    private ReportReading() {
    }

    static JavaRDD<InputReport> jsonLines(JavaSparkContext sc, List<String> inputs) {
        JavaRDD<InputReport> all = sc.emptyRDD();
        for (String input : inputs) {
            // Line numbers from 1, as JsonLinesReportReader counts them; one input at a time keeps them per file.
            JavaRDD<InputReport> lines = sc.textFile(input).zipWithIndex().flatMap(line -> {
                long number = line._2() + 1;
                Collecting sink = new Collecting(order(input, number));
                new JsonLinesReportReader().read(input + ":" + number, line._1(), sink);
                return sink.out.iterator();
            });
            all = all.union(lines);
        }
        return all;
    }

    static JavaRDD<InputReport> warc(JavaSparkContext sc, List<String> inputs) {
        return sc.binaryFiles(String.join(",", inputs)).flatMap(file -> {
            String path = file._1();
            Collecting sink = new Collecting(null);
            try (DataInputStream in = file._2().open()) {
                new WarcReportReader(ReportInputs.DEFAULT_MAX_BYTES).read(path, Channels.newChannel(in), sink);
            } catch (RejectedInputException e) {
                sink.reject(e);
            }
            return sink.out.iterator();
        });
    }

    /** Zero-padded so that the string order is the numeric one. */
    static String order(String path, long position) {
        return String.format(Locale.ROOT, "%s#%015d", path, position);
    }

    /**
     * Collects what a reader gives. With a fixed {@code order} (one JSON line) every item takes it; without, each
     * takes the WARC record offset its source ends with ({@code path#OFFSET}), else the input itself.
     */
    private static final class Collecting implements ReportSink {
        private final RecordJson json = new RecordJson();
        private final String fixedOrder;
        final List<InputReport> out = new ArrayList<>();

        Collecting(String fixedOrder) {
            this.fixedOrder = fixedOrder;
        }

        @Override
        public void accept(RawReport report) {
            out.add(new InputReport(orderOf(report.source()), report.source(), json.write(report), null));
        }

        @Override
        public void reject(RejectedInputException rejection) {
            out.add(new InputReport(orderOf(rejection.input()), rejection.input(), null, rejection.getMessage()));
        }

        private String orderOf(String source) {
            if (fixedOrder != null) return fixedOrder;
            int hash = source.lastIndexOf('#');
            if (hash > 0) {
                try {
                    return order(source.substring(0, hash), Long.parseLong(source.substring(hash + 1)));
                } catch (NumberFormatException e) {
                    // Not a record offset: the whole input was rejected, which sorts before its records.
                }
            }
            return order(source, -1);
        }
    }
}
