package org.sitrep.eval;

import java.time.LocalDate;
import java.util.List;

/**
 * One PETRARCH validation record: a sentence with its date and gold codings. {@code noEvents} marks a record whose
 * gold says nothing should be coded; its {@code codings} are then empty.
 */
public record CameoSentence(String id, String category, LocalDate date, String text, List<CameoCoding> codings,
                            boolean noEvents) {
    public CameoSentence {
        codings = List.copyOf(codings);
    }
}
