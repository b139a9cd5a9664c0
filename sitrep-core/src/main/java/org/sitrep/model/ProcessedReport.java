package org.sitrep.model;

import java.util.List;

/**
 * Everything one report changes in the store, written in one transaction: the report, the events it created or
 * revised (their full new state), its mentions' links to events, its tallies and statements.
 */
public record ProcessedReport(Report report, List<Event> events, List<MentionLink> mentions, List<Tally> tallies,
                              List<Statement> statements) {
    public ProcessedReport {
        events = List.copyOf(events);
        mentions = List.copyOf(mentions);
        tallies = List.copyOf(tallies);
        statements = List.copyOf(statements);
    }
}
