package org.sitrep.spark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.sitrep.merge.StatementMerger;
import org.sitrep.merge.TallyMerger;
import org.sitrep.model.Statement;
import org.sitrep.model.Tally;
import org.sitrep.refdata.Names;

/**
 * Joins the tallies, and the statements, that several reports repeat (a wire story and its copies), as the embedded
 * store joins each report's to those stored before it. The job groups them by a key that the same ones share (a
 * tally's count; a statement's type and the actor its speaker speaks for); within a group the reports are taken in
 * input order, each joined to what the earlier ones left, so the first report's record keeps its id. One per partition.
 *
 * <p>Departs from the store in one case: a person's statement and one under the same name with no affiliation fall
 * under two keys, so they stay two (the store would join them by name).
 */
final class RepeatMerge {
    private final TallyMerger tallies = new TallyMerger();
    private final StatementMerger statements = new StatementMerger();
    private final RecordJson json = new RecordJson();

    static String key(Tally t) {
        return Integer.toString(t.count());
    }

    static String key(Statement s) {
        return s.plover() + "|" + Names.key(s.speakerAffiliation() != null ? s.speakerAffiliation() : s.speaker());
    }

    /** The group's tallies, the same ones joined, as JSON. */
    List<String> tallies(Iterable<ReportedRecord> group) {
        return join(group, Tally.class, tallies::merge, Tally::id);
    }

    /** The group's statements, the same ones joined, as JSON. */
    List<String> statements(Iterable<ReportedRecord> group) {
        return join(group, Statement.class, statements::merge, Statement::id);
    }

    private <T> List<String> join(Iterable<ReportedRecord> group, Class<T> type,
                                  BiFunction<List<T>, List<T>, List<T>> merge, Function<T, String> id) {
        List<ReportedRecord> sorted = new ArrayList<>();
        group.forEach(sorted::add);
        sorted.sort(Comparator.comparing(ReportedRecord::order).thenComparingInt(ReportedRecord::position));
        Map<String, T> kept = new LinkedHashMap<>();
        int i = 0;
        while (i < sorted.size()) {
            // One report's records at a time: the merger also joins a report's repeats of its own count.
            String order = sorted.get(i).order();
            List<T> report = new ArrayList<>();
            for (; i < sorted.size() && sorted.get(i).order().equals(order); i++) report.add(json.read(sorted.get(i).json(), type));
            for (T joined : merge.apply(report, List.copyOf(kept.values()))) kept.put(id.apply(joined), joined);
        }
        return kept.values().stream().map(json::write).toList();
    }
}
