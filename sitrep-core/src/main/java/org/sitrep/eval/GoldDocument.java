package org.sitrep.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One report's gold: its publication date and the events, tallies and statements it supports. */
public record GoldDocument(String key, @Nullable LocalDate published, List<JsonNode> events, List<JsonNode> tallies,
                           List<JsonNode> statements) {
    public GoldDocument {
        events = List.copyOf(events);
        tallies = List.copyOf(tallies);
        statements = List.copyOf(statements);
    }

    /** A report that supports no event: everything Sitrep makes from it is a false alarm. */
    public boolean isNegative() {
        return events.isEmpty();
    }
}
