package org.sitrep.serve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.sitrep.model.Event;
import org.sitrep.store.DateRange;

/**
 * Pairs of stored events that may be one real event the merger kept apart: the same ACLED event type, dates at
 * most {@value #DAYS_APART} day apart, and the same gazetteer place or points within {@value #KM} km. A warning for
 * the analyst, not a merge: the merger has already refused these (different actors or weapons, say), and the
 * analyst decides. Events without a date or a point are never paired.
 */
final class DuplicateFinder {
    static final int DAYS_APART = 1;
    static final double KM = 25;

    /** A possible duplicate pair, {@code a} before {@code b} in date order, with the distance between them. */
    record Pair(Event a, Event b, double km) {
    }

    /** Every pair among {@code events}; sorted by first day, so only a two-day window is compared. */
    List<Pair> pairs(List<Event> events) {
        List<Dated> dated = new ArrayList<>();
        for (Event e : events) {
            DateRange r = DateRange.parse(e.date());
            if (r != null && r.from() != null && e.latitude() != null && e.longitude() != null) {
                dated.add(new Dated(e, r.from().toEpochDay(), r.to() == null ? Long.MAX_VALUE : r.to().toEpochDay()));
            }
        }
        dated.sort(Comparator.comparingLong(Dated::from).thenComparing(d -> d.event().id()));
        List<Pair> out = new ArrayList<>();
        for (int i = 0; i < dated.size(); i++) {
            Dated a = dated.get(i);
            for (int j = i + 1; j < dated.size() && dated.get(j).from() <= sat(a.to(), DAYS_APART); j++) {
                Dated b = dated.get(j);
                Double km = distance(a.event(), b.event());
                if (km != null) out.add(new Pair(a.event(), b.event(), km));
            }
        }
        return out;
    }

    /** The other events among {@code candidates} that {@code event} may duplicate. */
    List<Event> of(Event event, List<Event> candidates) {
        DateRange r = DateRange.parse(event.date());
        if (r == null || event.latitude() == null) return List.of();
        List<Event> out = new ArrayList<>();
        for (Event c : candidates) {
            DateRange cr = DateRange.parse(c.date());
            if (c.id().equals(event.id()) || cr == null) continue;
            boolean near = cr.overlaps(r.from() == null ? null : r.from().minusDays(DAYS_APART),
                    r.to() == null ? null : r.to().plusDays(DAYS_APART));
            if (near && distance(event, c) != null) out.add(c);
        }
        return out;
    }

    /** The distance when the two events can be one (same type, same place or close enough), else null. */
    private static @Nullable Double distance(Event a, Event b) {
        if (a.type().family().compareTo(b.type().family()) != 0) return null;
        if (a.latitude() == null || a.longitude() == null || b.latitude() == null || b.longitude() == null) return null;
        double km = haversineKm(a.latitude(), a.longitude(), b.latitude(), b.longitude());
        boolean samePlace = a.placeId() != null && Objects.equals(a.placeId(), b.placeId());
        return samePlace || km <= KM ? km : null;
    }

    private static long sat(long day, int plus) {
        return day > Long.MAX_VALUE - plus ? Long.MAX_VALUE : day + plus;
    }

    static double haversineKm(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double h = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * 6371.0 * Math.asin(Math.min(1.0, Math.sqrt(h)));
    }

    private record Dated(Event event, long from, long to) {
    }
}
