package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sitrep.export.TallyComparison;
import org.sitrep.model.Event;
import org.sitrep.model.Tally;
import org.sitrep.store.EventQuery;
import org.sitrep.store.EventStore;
import org.sitrep.store.SqliteEventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep tallies}: each official tally with its source, beside the number of events Sitrep holds for the same
 * window and countries ({@link TallyComparison}) and the difference (the tally's count minus Sitrep's events; "-"
 * when the tally gives no window).
 */
@Command(name = "tallies", mixinStandardHelpOptions = true,
        description = "List official tallies beside the events Sitrep holds for the same window and places.")
final class TalliesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    StoreOption store;
    @Option(names = "--events", description = "Also list the ids of the events counted for each tally.")
    boolean listEvents;

    @Override
    public Integer call() {
        if (!store.db.toFile().exists()) {
            spec.commandLine().getErr().println(store.db + ": no such store (run sitrep ingest first)");
            return 1;
        }
        PrintWriter out = spec.commandLine().getOut();
        try (EventStore s = SqliteEventStore.open(store.db)) {
            List<Tally> tallies = s.tallies();
            TallyComparison comparison = new TallyComparison(s.events(EventQuery.all()));
            out.printf("%-22s %-16s %-24s %-23s %-8s %6s %6s  %s%n", "ID", "COUNT", "WHAT", "WINDOW", "WHERE",
                    "SITREP", "DIFF", "SOURCE");
            for (Tally t : tallies) {
                TallyComparison.Row row = comparison.compare(t);
                out.printf(Locale.ROOT, "%-22s %-16s %-24s %-23s %-8s %6s %6s  %s%n", cut(t.id(), 22),
                        cut(t.qualifier() + " " + t.count(), 16), cut(t.what(), 24), window(t),
                        cut(t.where().isEmpty() ? "-" : String.join(",", t.where()), 8), dash(row.eventsKnown()),
                        dash(row.difference()), source(t));
                if (listEvents && row.events() != null) {
                    for (Event e : row.events()) {
                        out.printf("    %s %s %s at %s%n", e.id(), e.date(), e.type().label(), e.location());
                    }
                }
            }
            out.printf("%d tallies%n", tallies.size());
        }
        out.flush();
        return 0;
    }

    private static String window(Tally t) {
        if (t.from() == null && t.to() == null) return "-";
        return (t.from() == null ? "" : t.from()) + "/" + (t.to() == null ? "" : t.to());
    }

    private static String source(Tally t) {
        String who = t.source() == null ? "-" : t.source();
        if (t.speaker() != null) who += " (" + t.speaker() + ")";
        if (t.stated() != null) who += ", " + t.stated();
        // A tally stated again by a copy or a rewrite is one tally; say how many reports state it.
        return t.reports().size() == 1 ? who : who + " [" + t.reports().size() + " reports]";
    }

    private static String dash(Integer v) {
        return v == null ? "-" : v.toString();
    }

    private static String cut(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width - 1) + "~";
    }
}
