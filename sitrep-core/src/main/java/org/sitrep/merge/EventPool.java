package org.sitrep.merge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.model.Event;
import org.sitrep.resolve.time.TimeValue;

/**
 * The events a mention may join, in the order the merger tries them (the order they were added), with lookup of
 * the first one compatible with a mention. Blocked, it files each event under cells of (type family, country or
 * first actor, week), a toll told on its own and the strikes and battles it may belong to also under shared cells,
 * and compares a mention only with the events of its cells; unblocked, with every event.
 *
 * <p>The blocking loses no pair: {@link EventCompatibility} asks for the same family (or a toll and the strike
 * or battle it belongs to, which share the cells of {@link #families}), known overlapping dates
 * (so a shared week), and either both points in one country or, when a point is missing, the same first actor;
 * an event is filed under each of those it has. So the blocked and the unblocked pool pick the same event, and the
 * unblocked one is kept as the reference the tests and {@code sitrep bench-merge} compare against. Mutable, one per
 * merge call.
 */
final class EventPool {
    /** Dates wider than this many weeks (a year, a vague "this month" range) share one cell per family and place. */
    private static final int MAX_WEEKS = 60;
    private static final long WIDE = Long.MIN_VALUE;

    private record Cell(String family, String where, long week) {
    }

    private final boolean blocked;
    private final LinkedHashMap<Integer, Event> slots = new LinkedHashMap<>();
    private final Map<Cell, Set<Integer>> cells = new HashMap<>();
    private final Map<Integer, List<Cell>> cellsOf = new HashMap<>();
    private int next;

    EventPool(boolean blocked) {
        this.blocked = blocked;
    }

    void add(Event e) {
        int slot = next++;
        slots.put(slot, e);
        if (!blocked) return;
        List<Cell> mine = cells(e);
        for (Cell c : mine) cells.computeIfAbsent(c, x -> new HashSet<>()).add(slot);
        cellsOf.put(slot, mine);
    }

    Event remove(int slot) {
        Event e = slots.remove(slot);
        for (Cell c : cellsOf.getOrDefault(slot, List.of())) {
            Set<Integer> s = cells.get(c);
            s.remove(slot);
            if (s.isEmpty()) cells.remove(c);
        }
        cellsOf.remove(slot);
        return e;
    }

    /** The earliest-added event compatible with {@code single}, as a slot, or -1. */
    int firstCompatible(Event single, EventCompatibility compatibility) {
        if (!blocked || (isWide(single) && known(single))) {
            for (Map.Entry<Integer, Event> s : slots.entrySet()) {
                if (compatibility.compatible(s.getValue(), single)) return s.getKey();
            }
            return -1;
        }
        int best = -1;
        Set<Integer> seen = new HashSet<>();
        for (Cell c : probes(single)) {
            for (int slot : cells.getOrDefault(c, Set.of())) {
                if ((best >= 0 && slot > best) || !seen.add(slot)) continue;
                if (compatibility.compatible(slots.get(slot), single)) best = slot;
            }
        }
        return best;
    }

    /** The events in the order they were added (an event re-added after a merge goes to the end). */
    List<Event> events() {
        return new ArrayList<>(slots.values());
    }

    private static List<Cell> cells(Event e) {
        List<Cell> out = new ArrayList<>();
        if (!known(e)) return out; // an unknown date is compatible with nothing
        for (String family : families(e, false)) {
            for (String where : wheres(e)) for (long w : weeks(e)) out.add(new Cell(family, where, w));
        }
        return out;
    }

    /**
     * The family an event is filed under or, probing, looks in, and the cross-family cells that let a toll told
     * on its own meet the strike or battle it belongs to ({@link EventCompatibility#tollOf}): a toll is filed as
     * "toll" and probes "host", a strike or battle with a named side the other way round.
     */
    private static List<String> families(Event e, boolean probing) {
        List<String> out = new ArrayList<>(2);
        out.add(e.type().family());
        if (EventCompatibility.isUnattributed(e)) out.add(probing ? HOST : TOLL);
        else if (e.actor1Id() != null && EventCompatibility.HOSTS.contains(e.type().family())) out.add(probing ? TOLL : HOST);
        return out;
    }

    private static final String TOLL = "toll", HOST = "host";

    /** A mention's cells: its weeks, plus the wide cells, under its country (a point) or its first actor. */
    private static List<Cell> probes(Event single) {
        List<Cell> out = new ArrayList<>();
        if (!known(single)) return out;
        List<String> wheres = new ArrayList<>();
        if (single.latitude() != null) wheres.add(country(single));
        if (single.actor1Id() != null) wheres.add(actor(single));
        for (String family : families(single, true)) {
            for (String where : wheres) {
                for (long w : weeks(single)) out.add(new Cell(family, where, w));
                out.add(new Cell(family, where, WIDE));
            }
        }
        return out;
    }

    private static List<String> wheres(Event e) {
        List<String> out = new ArrayList<>(2);
        if (e.latitude() != null) out.add(country(e));
        if (e.actor1Id() != null) out.add(actor(e));
        return out;
    }

    private static String country(Event e) {
        return "country:" + e.country();
    }

    private static String actor(Event e) {
        return "actor:" + e.actor1Id();
    }

    private static boolean known(Event e) {
        return e.date() != null;
    }

    private static boolean isWide(Event e) {
        TimeValue t = TimeValue.parse(e.date(), e.datePrecision());
        return t.isKnown() && week(t.to()) - week(t.from()) >= MAX_WEEKS;
    }

    private static List<Long> weeks(Event e) {
        TimeValue t = TimeValue.parse(e.date(), e.datePrecision());
        long from = week(t.from()), to = week(t.to());
        if (to - from >= MAX_WEEKS) return List.of(WIDE);
        List<Long> out = new ArrayList<>();
        for (long w = from; w <= to; w++) out.add(w);
        return out;
    }

    private static long week(LocalDate d) {
        return Math.floorDiv(d.toEpochDay(), 7);
    }
}
