package org.sitrep.extract;

import java.util.List;
import java.util.Objects;
import org.sitrep.model.EventType;
import org.sitrep.model.GeoPrecision;
import org.sitrep.resolve.place.Place;

/**
 * A bare attack word retelling a strike the report has told: "Tuesday's raids were the fourth Israeli attack on
 * Hodeidah", "Russia's defence ministry said it had hit a concentration of equipment in the Sumy region". An attack
 * word whose kind follows its weapon ("attack", "raid", "hit"), with no weapon named and no one named as fought, is
 * typed an armed clash by default; on the day and at the place (or in the region) of a strike or bombing the report
 * has told before, by the same or an unnamed attacker, it is that event told again, and takes its type and weapon
 * so that merging joins them. A word that is itself of battle ("fighting", "clashes") keeps its type, and a bare
 * raid told first is the report's lead, not a retelling of a strike told after it. Stateless.
 */
final class Retellings {
    /** A town or site within this of the other mention's is its place told another way (as in merging). */
    private static final double SAME_PLACE_KM = 25;
    /** A region's point within this of the other mention's holds it. */
    /** How far from a region's point a place inside it may lie (as {@code EventCompatibility} reads a region). */
    static final double SAME_REGION_KM = 300;

    private Retellings() {
    }

    /** {@code m}, a mention typed by default, as the earlier mention of {@code told} it retells, if any. */
    static EventMention asRetold(EventMention m, List<EventMention> told) {
        if (m.type() != EventType.ARMED_CLASH || m.actor2() != null) return m;
        for (int k = told.size() - 1; k >= 0; k--) {
            EventMention o = told.get(k);
            if (o.type().family().equals(m.type().family()) || !sameEvent(m, o)) continue;
            return new EventMention(m.id(), m.report(), m.sentence(), o.type(), o.weapon(), m.actor1(), m.actor2(),
                    m.place(), m.geoPrecision(), m.time(), m.fatalities(), m.injuries(), m.outcomes(), m.claims(), m.evidence());
        }
        return m;
    }

    private static boolean sameEvent(EventMention m, EventMention o) {
        if (!m.time().isKnown() || !o.time().isKnown() || !m.time().overlaps(o.time())) return false;
        if (m.actor1() != null && (o.actor1() == null || !m.actor1().id().equals(o.actor1().id()))) return false;
        Place a = m.place(), b = o.place();
        if (a == null || b == null || !Objects.equals(a.country(), b.country())) return false;
        if (a.id().equals(b.id())) return true;
        boolean region = m.geoPrecision() == GeoPrecision.REGION || o.geoPrecision() == GeoPrecision.REGION;
        return a.distanceKm(b) <= (region ? SAME_REGION_KM : SAME_PLACE_KM);
    }
}
