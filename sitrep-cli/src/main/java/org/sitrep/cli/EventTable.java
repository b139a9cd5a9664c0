package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.sitrep.model.Event;

/** Prints events as a fixed-width table for the terminal. */
final class EventTable {
    private EventTable() {
    }

    static void print(List<Event> events, PrintWriter out) {
        String fmt = "%-15s %-21s %-26s %-30s %-30s %-28s %2s %-10s %-9s %s%n";
        out.printf(Locale.ROOT, fmt, "ID", "DATE", "TYPE", "ACTOR1", "ACTOR2", "LOCATION", "GP", "WEAPON", "STATUS", "FATAL");
        for (Event e : events) {
            out.printf(Locale.ROOT, fmt, e.id(), cut(e.date(), 21), cut(e.type().label(), 26), cut(e.actor1(), 30),
                    cut(e.actor2(), 30), cut(e.location() == null ? null : e.location() + (e.country() == null ? "" : ", " + e.country()), 28),
                    e.geoPrecision() == null ? "-" : e.geoPrecision().toString(), cut(e.weapon(), 10), e.status().code(),
                    e.fatalities() == null ? "-" : e.fatalities().toString());
        }
        out.printf(Locale.ROOT, "%d events%n", events.size());
        out.flush();
    }

    private static String cut(String s, int n) {
        if (s == null) return "-";
        return s.length() <= n ? s : s.substring(0, n - 1) + "~";
    }
}
