package org.sitrep.spark;

import java.io.Serializable;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What annotation and extraction made of one report: its mention batches by merge key, its tallies and statements
 * (as JSON), counts for the summary and the time the report took; or the one-line rejection.
 */
record ReportOutcome(String order, String source, @Nullable String rejection, List<KeyedBatch> batches,
                     List<String> tallies, List<String> statements, int mentions, int tokens, long nanos)
        implements Serializable {
    ReportOutcome {
        batches = List.copyOf(batches);
        tallies = List.copyOf(tallies);
        statements = List.copyOf(statements);
    }

    static ReportOutcome rejected(String order, String source, String rejection) {
        return new ReportOutcome(order, source, rejection, List.of(), List.of(), List.of(), 0, 0, 0);
    }
}
