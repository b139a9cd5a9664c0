package org.sitrep.resolve.place;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A report is about one part of the world. Where every other place it names lies in one country (other such small
 * towns aside), a small town that
 * only the world gazetteer holds, in another country on another continent, is a misreading of a name the gazetteer
 * lacks there (a Sudanese locality read as a village of India), not a place the report is about: it is left out,
 * and the event falls back to the larger place the report names. Stateless.
 */
final class ReportCoherence {
    /** Farther than this from every other place of the report: another part of the world. */
    static final double FAR_KM = 2500;
    /** A town this populous is named for itself, wherever the report is about. */
    static final long SMALL_TOWN = 100_000;

    private ReportCoherence() {
    }

    /** The report's mentions, per sentence, without the stray small towns. */
    static List<List<PlaceMention>> strayless(List<List<PlaceMention>> bySentence, Set<String> named, Gazetteer gazetteer) {
        List<Place> all = new ArrayList<>();
        // Countries a name of the report may stand for, though read otherwise ("Georgia" read as the state).
        Set<String> possible = new HashSet<>(named);
        for (List<PlaceMention> ms : bySentence) {
            for (PlaceMention pm : ms) {
                all.add(pm.place());
                for (Place c : gazetteer.lookup(Gazetteer.key(pm.phrase().text()))) {
                    if (c.kind() == Place.Kind.COUNTRY) possible.add(c.country());
                }
            }
        }
        List<List<PlaceMention>> out = new ArrayList<>(bySentence.size());
        for (List<PlaceMention> ms : bySentence) {
            List<PlaceMention> kept = new ArrayList<>(ms.size());
            for (PlaceMention pm : ms) if (!stray(pm.place(), all, possible, gazetteer)) kept.add(pm);
            out.add(kept.size() == ms.size() ? ms : List.copyOf(kept));
        }
        return out;
    }

    private static boolean stray(Place p, List<Place> all, Set<String> named, Gazetteer gazetteer) {
        if (!mayStray(p, named, gazetteer)) return false;
        Set<String> others = new HashSet<>();
        for (Place q : all) {
            if (q.id().equals(p.id()) || q.kind() == Place.Kind.WORLD) continue;
            // Another small town of the world gazetteer outside the report's countries is no support: two names the
            // gazetteer lacks at home may both be misread abroad ("Liancourt" and "Pont" from Pont-Sonde, both read
            // as towns of France in a report on Haiti). It only votes for no country either.
            if (mayStray(q, named, gazetteer)) continue;
            if (q.country().equals(p.country()) || q.distanceKm(p) <= FAR_KM) return false;
            others.add(q.country());
        }
        return others.size() == 1;
    }

    /** A small town only the world gazetteer holds, outside the countries the report names or may name. */
    private static boolean mayStray(Place p, Set<String> named, Gazetteer gazetteer) {
        return p.kind() == Place.Kind.TOWN && gazetteer.isDerived(p) && p.population() < SMALL_TOWN
                && !named.contains(p.country());
    }
}
