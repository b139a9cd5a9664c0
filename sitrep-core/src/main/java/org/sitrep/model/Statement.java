package org.sitrep.model;

import org.jspecify.annotations.Nullable;
import java.util.List;

/** An attributed statement: accusation, demand, threat, disapproval, denial (PLOVER types). */
public record Statement(String id, String report, String speaker, @Nullable String speakerAffiliation,
                        @Nullable String date, DatePrecision datePrecision, String plover, @Nullable String about,
                        String summary, @Nullable String quote, List<Evidence> evidence) {
    public Statement {
        evidence = List.copyOf(evidence);
    }
}
