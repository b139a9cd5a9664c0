package org.sitrep.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Everything one report changes in the store, written in one transaction: the report, the events it created or
 * revised (their full new state), its mentions' links to events, its tallies and statements, and its near-duplicate
 * fingerprint (null when the caller computed none) with the link to the report it copies.
 */
public record ProcessedReport(Report report, List<Event> events, List<MentionLink> mentions, List<Tally> tallies,
                              List<Statement> statements, @Nullable ReportFingerprint fingerprint) {
    public ProcessedReport {
        events = List.copyOf(events);
        mentions = List.copyOf(mentions);
        tallies = List.copyOf(tallies);
        statements = List.copyOf(statements);
        if (fingerprint != null && !fingerprint.report().equals(report.id())) {
            throw new IllegalArgumentException("fingerprint of " + fingerprint.report() + " given for report " + report.id());
        }
    }

    /** Without a fingerprint: the report is not compared with later ones. */
    public ProcessedReport(Report report, List<Event> events, List<MentionLink> mentions, List<Tally> tallies,
                           List<Statement> statements) {
        this(report, events, mentions, tallies, statements, null);
    }
}
