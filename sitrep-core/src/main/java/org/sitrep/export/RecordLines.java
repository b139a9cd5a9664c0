package org.sitrep.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import org.jspecify.annotations.Nullable;
import org.sitrep.model.ClaimKind;
import org.sitrep.model.Event;
import org.sitrep.model.Report;
import org.sitrep.model.Statement;
import org.sitrep.model.Tally;

/**
 * One line of the record format's JSON Lines at a time ({@code kind} first, then the fields of RECORD.md), for
 * writers that never hold the whole content at once, such as a Spark partition. The cross-references (a report's
 * events, a tally's {@code events_known}) come from {@code context}, which needs only what they read: for a tally,
 * the events' dates and countries. {@link JsonLinesExporter} writes the same lines. Not thread-safe (one per
 * writer).
 */
public final class RecordLines {
    private final ObjectMapper mapper = JsonOutput.newMapper();
    private final RecordNodes nodes;

    public RecordLines(ExportContent context) {
        this.nodes = new RecordNodes(context);
    }

    public String report(Report r) {
        return line("report", nodes.report(r));
    }

    public String event(Event e) {
        return line("event", nodes.event(e));
    }

    public String tally(Tally t) {
        return line("tally", nodes.tally(t));
    }

    public String statement(Statement s) {
        return line("statement", nodes.statement(s));
    }

    /** The {@code by} of the event's first claim of {@code kind} ("claimed_by" and the like), or null. */
    public static @Nullable String firstBy(Event e, ClaimKind kind) {
        return RecordNodes.firstBy(e, kind);
    }

    private String line(String kind, ObjectNode fields) {
        ObjectNode line = mapper.createObjectNode();
        line.put("kind", kind);
        line.setAll(fields);
        try {
            return mapper.writeValueAsString(line);
        } catch (JsonProcessingException e) {
            // A tree of strings and numbers always serialises; this would be a bug in the mapper's setup.
            throw new UncheckedIOException(e);
        }
    }
}
