package org.sitrep.extract;

import java.util.List;
import org.sitrep.model.AnnotatedReport;
import org.sitrep.model.Report;
import org.sitrep.model.Statement;
import org.sitrep.model.Tally;

/** A report with what extraction found in it: event mentions (not yet merged), tallies and statements. */
public record ExtractedReport(AnnotatedReport annotated, List<EventMention> mentions, List<Tally> tallies,
                              List<Statement> statements) {
    public ExtractedReport {
        mentions = List.copyOf(mentions);
        tallies = List.copyOf(tallies);
        statements = List.copyOf(statements);
    }

    public Report report() {
        return annotated.report();
    }
}
