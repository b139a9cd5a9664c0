package org.sitrep.cli;

import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sitrep.store.EventQuery;
import org.sitrep.store.EventStore;
import org.sitrep.store.SqliteEventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code sitrep events}: a filtered table of stored events. */
@Command(name = "events", mixinStandardHelpOptions = true, description = "List stored events as a table.")
final class EventsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    StoreOption store;
    @Option(names = "--since", paramLabel = "YYYY-MM-DD") LocalDate since;
    @Option(names = "--until", paramLabel = "YYYY-MM-DD") LocalDate until;
    @Option(names = "--country", paramLabel = "CC", description = "ISO 3166-1 alpha-2 code.") String country;
    @Option(names = "--actor", description = "Part of either actor's name.") String actor;
    @Option(names = "--type", description = "Part of the event type or sub-event type.") String type;
    @Option(names = "--near", paramLabel = "LAT,LON,KM", description = "Events within KM of a point.") String near;

    @Override
    public Integer call() {
        EventQuery q = query(spec, since, until, country, actor, type, near);
        if (!store.db.toFile().exists()) {
            spec.commandLine().getErr().println(store.db + ": no such store (run sitrep ingest first)");
            return 1;
        }
        try (EventStore s = SqliteEventStore.open(store.db)) {
            EventTable.print(s.events(q), spec.commandLine().getOut());
        }
        return 0;
    }

    static EventQuery query(CommandSpec spec, LocalDate since, LocalDate until, String country, String actor,
                            String type, String near) {
        Double lat = null, lon = null, km = null;
        if (near != null) {
            String[] p = near.split(",");
            try {
                if (p.length != 3) throw new NumberFormatException();
                lat = Double.valueOf(p[0].trim());
                lon = Double.valueOf(p[1].trim());
                km = Double.valueOf(p[2].trim());
            } catch (NumberFormatException e) {
                throw new ParameterException(spec.commandLine(), "--near: expected LAT,LON,KM, got " + near);
            }
        }
        try {
            return new EventQuery(since, until, country == null ? null : country.toUpperCase(Locale.ROOT), actor, type, lat, lon, km);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
