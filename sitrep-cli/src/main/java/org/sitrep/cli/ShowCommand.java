package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.sitrep.model.Claim;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.store.EventStore;
import org.sitrep.store.SqliteEventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sitrep show EVENT_ID}: every field of one event with the sentences behind it. */
@Command(name = "show", mixinStandardHelpOptions = true, description = "Show one event with its evidence.")
final class ShowCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    StoreOption store;
    @Parameters(paramLabel = "EVENT_ID")
    String id;

    @Override
    public Integer call() {
        if (!store.db.toFile().exists()) {
            spec.commandLine().getErr().println(store.db + ": no such store (run sitrep ingest first)");
            return 1;
        }
        try (EventStore s = SqliteEventStore.open(store.db)) {
            Optional<Event> e = s.event(id);
            if (e.isEmpty()) {
                spec.commandLine().getErr().println(id + ": no such event");
                return 1;
            }
            print(e.get(), spec.commandLine().getOut());
        }
        return 0;
    }

    private static void print(Event e, PrintWriter out) {
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
        field(out, "reports", String.join(", ", e.reports()));
        field(out, "notes", e.notes());
        out.println("claims:");
        for (Claim c : e.claims()) {
            out.printf("  %-8s %s on %s via %s%n", c.kind().code(), c.by(), c.date(), c.channel());
        }
        out.println("evidence:");
        for (Evidence ev : e.evidence()) {
            out.printf("  [%s] report %s, sentence %d, chars %d-%d: %s%n", ev.field(), ev.report(), ev.sentence(),
                    ev.start(), ev.end(), ev.text());
        }
        out.flush();
    }

    private static void field(PrintWriter out, String name, Object value) {
        out.printf("%-15s %s%n", name + ":", value == null ? "-" : value);
    }
}
