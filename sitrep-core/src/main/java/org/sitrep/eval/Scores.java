package org.sitrep.eval;

import java.util.List;

/**
 * The result of scoring a run against gold.
 *
 * @param duplicates   predicted events that match a gold event another predicted event already matched
 * @param negativeEvents predicted events whose every report is a negative one (its gold lists no events)
 * @param misses       gold events not found, one line each
 * @param falseAlarms  predicted events that match no gold event, one line each with the sentence behind them
 * @param disagreements fields of matched events that differ from gold, one line each
 * @param statementErrors gold statements not found and predicted ones that match none, one line each
 * @param tallyErrors  the same for tallies
 */
public record Scores(Prf events, Prf tallies, Prf statements, List<FieldScore> fields, int duplicates,
                     int negativeReports, int negativeEvents, List<String> misses, List<String> falseAlarms,
                     List<String> disagreements, List<String> statementErrors,
                     List<String> tallyErrors) {
    public Scores {
        fields = List.copyOf(fields);
        misses = List.copyOf(misses);
        falseAlarms = List.copyOf(falseAlarms);
        disagreements = List.copyOf(disagreements);
        statementErrors = List.copyOf(statementErrors);
        tallyErrors = List.copyOf(tallyErrors);
    }

    public FieldScore field(String name) {
        return fields.stream().filter(f -> f.field().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no field " + name));
    }
}
