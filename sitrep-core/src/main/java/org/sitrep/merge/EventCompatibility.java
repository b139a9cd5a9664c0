package org.sitrep.merge;

import java.util.Objects;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.resolve.actor.Actor;
import org.sitrep.resolve.actor.ActorRegistry;
import org.sitrep.resolve.place.Place;
import org.sitrep.resolve.time.TimeValue;

/**
 * Whether two event records can be the same real event: the same ACLED event type, overlapping dates, places
 * within 25 km (or a point inside the other's region, taken as within 300 km in the same country), actors that do
 * not contradict (a generic "Iraqi militia" fits a named Iraqi group; an attack and the strike that answers it,
 * with the actors swapped, never fit), and no two different weapons; the same named attacker at the same place on
 * the same day may differ in weapon and target.
 */
public final class EventCompatibility {
    static final double SAME_PLACE_KM = 25;
    static final double SAME_REGION_KM = 300;

    private final ActorRegistry registry;

    public EventCompatibility(ActorRegistry registry) {
        this.registry = registry;
    }

    public boolean compatible(Event a, Event b) {
        TimeValue ta = TimeValue.parse(a.date(), a.datePrecision()), tb = TimeValue.parse(b.date(), b.datePrecision());
        if (!ta.isKnown() || !tb.isKnown() || !ta.overlaps(tb)) return false;
        if (!a.type().family().equals(b.type().family())) return tollOf(a, b) || tollOf(b, a);
        if (a.weapon() != null && b.weapon() != null && !weaponsFit(a.weapon(), b.weapon()) && !pinned(a, b, false)) return false;
        if (a.actor1Id() != null && a.actor1Id().equals(b.actor2Id()) && a.actor2Id() != null && a.actor2Id().equals(b.actor1Id())) return false;
        if (!actorsFit(a.actor1Id(), b.actor1Id()) || (!actorsFit(a.actor2Id(), b.actor2Id()) && !pinned(a, b, true))) return false;
        if (twoTolledPlaces(a, b) || twoTownsOfOneReport(a, b)) return false;
        return placesFit(a, b);
    }

    /**
     * Two different towns or sites, each with its own death toll ("16 killed at a school in Nuseirat", "five killed
     * in a house in Gaza City"), are two strikes, however close and whoever struck. A toll that rises between
     * reports is told of the same place, so it does not split.
     */
    private static boolean twoTolledPlaces(Event a, Event b) {
        if (a.placeId() == null || b.placeId() == null || a.placeId().equals(b.placeId())) return false;
        if (!Objects.equals(a.geoPrecision(), 1) || !Objects.equals(b.geoPrecision(), 1)) return false;
        if (a.fatalities() == null || b.fatalities() == null || a.fatalities() == 0 || b.fatalities() == 0
                || a.fatalities().equals(b.fatalities())) return false;
        return Place.distanceKm(a.latitude(), a.longitude(), b.latitude(), b.longitude()) > DISTINCT_POINTS_KM;
    }

    /**
     * One report naming two towns or sites for attacks of one kind ("the raid on Aitaroun ..., a second raid hit
     * Bint Jbeil") tells two events: a reporter who means one place names one. So does one naming two regions.
     */
    private static boolean twoTownsOfOneReport(Event a, Event b) {
        if (a.placeId() == null || b.placeId() == null || a.placeId().equals(b.placeId())) return false;
        // "19 over the Bryansk region and 8 over the Kursk region": two regions, each named, are two as well.
        if (!(site(a) && site(b) || region(a) && region(b))) return false;
        if (a.type() != b.type() || java.util.Collections.disjoint(a.reports(), b.reports())) return false;
        return Place.distanceKm(a.latitude(), a.longitude(), b.latitude(), b.longitude()) > DISTINCT_POINTS_KM;
    }

    /**
     * "14 people were killed and 44 injured in Kyiv overnight": a killing nobody is named for, told by the report
     * that tells a strike or a battle with a named side at the same town on the same days, is that strike's or
     * battle's toll, not a second event of another kind.
     */
    static boolean tollOf(Event toll, Event host) {
        if (!isUnattributed(toll) || host.actor1Id() == null || !HOSTS.contains(host.type().family())) return false;
        if (java.util.Collections.disjoint(toll.reports(), host.reports())) return false;
        return toll.placeId() != null && toll.placeId().equals(host.placeId()) && site(toll) && site(host);
    }

    /** An attack on civilians without a perpetrator: the shape of a toll told on its own. */
    static boolean isUnattributed(Event e) {
        return e.type() == EventType.ATTACK_ON_CIVILIANS && e.actor1Id() == null;
    }

    /** The families whose events a toll told on its own may belong to. */
    static final java.util.Set<String> HOSTS = java.util.Set.of(EventType.AIR_DRONE_STRIKE.family(),
            EventType.ARMED_CLASH.family());

    /** Closer than this, two named points may be one place told two ways (a base and the town beside it). */
    static final double DISTINCT_POINTS_KM = 3;

    /**
     * The same named attacker at the same place on the same day is one event (ACLED's unit): a second weapon
     * (drones and missiles in one barrage) or a target described another way (a school, the UN agency that runs
     * it) does not make a second one. Only at a site or town (geo precision 1 or 2): a sea or a province holds
     * many attacks of one side on one day. For the target alone, a day inside the other's night is the same day
     * (the health ministry dates the strike that killed a family, the army says it struck a militant "overnight");
     * a second weapon needs the same date, as a night's barrage and a strike the next day are two.
     */
    private boolean pinned(Event a, Event b, boolean dayInNight) {
        return a.placeId() != null && a.placeId().equals(b.placeId()) && site(a) && site(b) && a.actor1Id() != null
                && a.actor1Id().equals(b.actor1Id()) && (dayInNight ? dayInNight(a, b) : sameDay(a, b))
                && registry.actor(a.actor1Id()).map(x -> !x.isGeneric()).orElse(false);
    }

    /**
     * One day, or one night told as the two dates it spans ("overnight" in a report of the morning after), the
     * same for both records.
     */
    private static boolean sameDay(Event a, Event b) {
        if (!Objects.equals(a.date(), b.date()) || a.datePrecision() != b.datePrecision()) return false;
        return oneNight(a, TimeValue.parse(a.date(), a.datePrecision()));
    }

    /** As {@link #sameDay}, or one record's day is one of the two dates of the other's night. */
    private static boolean dayInNight(Event a, Event b) {
        TimeValue ta = TimeValue.parse(a.date(), a.datePrecision()), tb = TimeValue.parse(b.date(), b.datePrecision());
        return oneNight(a, ta) && oneNight(b, tb) && (ta.contains(tb) || tb.contains(ta));
    }

    private static boolean oneNight(Event e, TimeValue t) {
        return e.datePrecision() == DatePrecision.DAY || t.spanDays() <= 1;
    }

    private boolean placesFit(Event a, Event b) {
        if (a.latitude() == null || b.latitude() == null) {
            return a.actor1Id() != null && Objects.equals(a.actor1Id(), b.actor1Id());
        }
        if (!Objects.equals(a.country(), b.country())) return false;
        // "a base in Jordan" is any place in Jordan.
        if (Place.isCountryId(a.placeId()) || Place.isCountryId(b.placeId())) return true;
        double km = Place.distanceKm(a.latitude(), a.longitude(), b.latitude(), b.longitude());
        boolean region = (a.geoPrecision() != null && a.geoPrecision() == 3) || (b.geoPrecision() != null && b.geoPrecision() == 3);
        return km <= (region ? SAME_REGION_KM : SAME_PLACE_KM);
    }

    /** A named first-order region ("Bryansk Oblast"), not a vague one ("northern Iraq"). */
    private static boolean region(Event e) {
        return Objects.equals(e.geoPrecision(), 3) && e.admin1() != null && e.admin1().equals(e.location());
    }

    private static boolean site(Event e) {
        return e.geoPrecision() != null && e.geoPrecision() <= 2;
    }

    private boolean actorsFit(String x, String y) {
        if (x == null || y == null || x.equals(y)) return true;
        Actor ax = registry.actor(x).orElse(null), ay = registry.actor(y).orElse(null);
        if (ax == null || ay == null) return false;
        if (ax.isGeneric() || ay.isGeneric()) {
            Actor g = ax.isGeneric() ? ax : ay, named = ax.isGeneric() ? ay : ax;
            if (g.affiliation() != null && !g.affiliation().equals(named.affiliation())) return false;
            return g.country() == null || g.country().equals(named.country());
        }
        return x.equals(ay.umbrella()) || y.equals(ax.umbrella());
    }

    /** "ballistic missile" and "missile" are one weapon told more or less precisely; "missile" and "drone" are two. */
    static boolean weaponsFit(String x, String y) {
        // "a projectile of unknown origin": of no known kind, so it may be what another report names.
        if (x.equals(y) || x.equals("projectile") || y.equals("projectile")) return true;
        // "guided aerial bombs" dropped in "the air strike": the aircraft's munition is the strike's weapon.
        if (x.equals("airstrike") && y.endsWith(" bomb") || y.equals("airstrike") && x.endsWith(" bomb")) return true;
        return x.substring(x.lastIndexOf(' ') + 1).equals(y.substring(y.lastIndexOf(' ') + 1));
    }
}
