package org.sitrep.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.sitrep.model.Claim;
import org.sitrep.model.Event;
import org.sitrep.model.EventChange;
import org.sitrep.model.Evidence;
import org.sitrep.model.HistoryEntry;
import org.sitrep.model.Report;
import org.sitrep.model.ReportCopy;
import org.sitrep.store.EventStore;
import org.sitrep.store.SqliteEventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep show EVENT_ID [--as-of DATE]}: every field of one event with the sentences behind it, its reports
 * (each near-duplicate copy with the report it copies), and its history. With {@code --as-of}, the event as known on
 * DATE: its state after the last change caused by a report published on or before DATE (a report without a
 * publication date counts from the day it was ingested). Changes are kept in ingestion order, so when a report
 * published after DATE was ingested before one published by DATE, its changes are part of that state; a note says so.
 */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Show one event with its evidence, reports and history.")
final class ShowCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    StoreOption store;
    @Parameters(paramLabel = "EVENT_ID")
    String id;
    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
            description = "Show the event as known on this day (compared with the reports' publication dates).")
    LocalDate asOf;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        if (!store.db.toFile().exists()) {
            err.println(store.db + ": no such store (run sitrep ingest first)");
            return 1;
        }
        try (EventStore s = SqliteEventStore.open(store.db)) {
            Optional<Event> current = s.event(id);
            if (current.isEmpty()) {
                err.println(id + ": no such event");
                return 1;
            }
            List<HistoryEntry> history = s.history(id);
            Event shown = current.get();
            if (asOf != null) {
                int last = -1;
                for (int i = 0; i < history.size(); i++) if (!history.get(i).knownOn().isAfter(asOf)) last = i;
                if (history.isEmpty()) {
                    err.println(id + ": no history recorded (stored before schema version 3), cannot show it as of " + asOf);
                    return 1;
                }
                if (last < 0) {
                    err.println(id + ": not yet reported on " + asOf + " (first report published "
                            + history.get(0).knownOn() + ")");
                    return 1;
                }
                shown = history.get(last).state();
                List<HistoryEntry> known = new ArrayList<>();
                for (int i = 0; i <= last; i++) {
                    HistoryEntry h = history.get(i);
                    if (h.knownOn().isAfter(asOf)) {
                        out.println("note: report " + h.report() + " (published " + h.knownOn() + ") was ingested "
                                + "earlier; its changes are included");
                    } else {
                        known.add(h);
                    }
                }
                out.println("as of:          " + asOf);
                history = known;
            }
            print(shown, s, history, out);
        }
        return 0;
    }

    private static void print(Event e, EventStore s, List<HistoryEntry> history, PrintWriter out) {
        field(out, "id", e.id());
        field(out, "event_type", e.type().family());
        field(out, "sub_event_type", e.type().label());
        field(out, "plover", e.type().plover() + (e.type().ploverMode() == null ? "" : " / " + e.type().ploverMode()));
        field(out, "date", e.date() + " (" + e.datePrecision().code() + ")");
        field(out, "actor1", e.actor1());
        field(out, "actor2", e.actor2());
        field(out, "location", e.location() + " [" + e.admin1() + ", " + e.country() + "] " + e.latitude() + ", "
                + e.longitude() + " (geo_precision " + e.geoPrecision() + ")");
        field(out, "weapon", e.weapon());
        field(out, "status", e.status().code());
        field(out, "fatalities", e.fatalities());
        field(out, "injuries", e.injuries());
        field(out, "outcome", e.outcome());
        field(out, "notes", e.notes());
        Map<String, ReportCopy> copies = new HashMap<>();
        Set<String> sources = new LinkedHashSet<>(), outlets = new LinkedHashSet<>();
        Map<String, Report> reports = new HashMap<>();
        for (String r : e.reports()) {
            s.copyOf(r).ifPresent(c -> copies.put(r, c));
            s.report(r).ifPresent(x -> reports.put(r, x));
            sources.add(copies.containsKey(r) ? copies.get(r).duplicateOf() : r);
            Report x = reports.get(r);
            outlets.add(x != null && x.outlet() != null ? x.outlet() : r);
        }
        field(out, "reports", e.reports().size() + " (" + sources.size() + " sources, " + outlets.size() + " outlets)");
        for (String r : e.reports()) {
            Report x = reports.get(r);
            ReportCopy c = copies.get(r);
            out.printf("  %s %s %s%s%n", r, x == null || x.published() == null ? "-" : x.published(),
                    x == null || x.outlet() == null ? "-" : x.outlet(),
                    c == null ? "" : String.format(java.util.Locale.ROOT, "  copy of %s (similarity %.2f)",
                            c.duplicateOf(), c.similarity()));
        }
        out.println("claims:");
        for (Claim c : e.claims()) {
            out.printf("  %-8s %s on %s via %s (report %s)%n", c.kind().code(), c.by(), c.date(), c.channel(),
                    c.evidence().report());
        }
        out.println("evidence:");
        for (Evidence ev : e.evidence()) {
            out.printf("  [%s] report %s, sentence %d, chars %d-%d: %s%n", ev.field(), ev.report(), ev.sentence(),
                    ev.start(), ev.end(), ev.text());
        }
        out.println("history:");
        for (HistoryEntry h : history) {
            List<String> changes = new ArrayList<>();
            for (EventChange c : h.changes()) {
                changes.add(c.before() == null ? c.field() + " " + c.after()
                        : c.field() + " " + c.before() + " -> " + (c.after() == null ? "-" : c.after()));
            }
            boolean created = h == history.get(0) && h.changes().stream().allMatch(c -> c.before() == null);
            out.printf("  %s report %s (ingested %s): %s%n", h.knownOn(), h.report(), h.ingestedAt(),
                    created ? "first reported" : changes.isEmpty() ? "no field changed" : String.join("; ", changes));
        }
        out.flush();
    }

    private static void field(PrintWriter out, String name, Object value) {
        out.printf("%-15s %s%n", name + ":", value == null ? "-" : value);
    }
}
