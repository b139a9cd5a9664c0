package org.sitrep.extract;

import java.util.List;
import java.util.function.BiPredicate;
import org.jspecify.annotations.Nullable;
import org.sitrep.model.GeoPrecision;
import org.sitrep.resolve.place.Place;
import org.sitrep.resolve.place.PlaceMention;

/**
 * A lead often places its event only in a province ("a drone strike on a village market in Ethiopia's Amhara
 * region"), and the next sentence, which tells no event of its own but goes on about the same one through a definite
 * subject ("The strike hit the weekly market in X, a village in Y district"; "The attackers arrived in X, 15 km north
 * of Y"), names the town inside that province where it happened. The event is then placed at that town.
 */
final class RegionFollowUp {
    private final Lexicon lexicon;
    private final BiPredicate<Place, Place> within;

    /** {@code within} tells whether a place (first) lies in an area (second). */
    RegionFollowUp(Lexicon lexicon, BiPredicate<Place, Place> within) {
        this.lexicon = lexicon;
        this.within = within;
    }

    /** Places the event just told, if it stands only in a region, at the town this sentence names inside it. */
    void placeNamed(SentenceContext c, List<PlaceMention> eventPlaces, String report) {
        Parse p = c.parse;
        int here = p.sentence().index();
        List<EventMention> ms = c.state.mentions;
        int k = justTold(ms, here);
        if (k < 0 || !continuesStory(p)) return;
        EventMention m = ms.get(k);
        PlaceMention town = townInside(eventPlaces, m.place());
        if (town == null) return;
        ms.set(k, m.relocated(town.place(), town.precision(), List.of(town.phrase().evidence(report, "place"))));
    }

    /** The first mention told in the sentence before this one, when it stands only in a region; or -1. */
    private static int justTold(List<EventMention> ms, int here) {
        for (int k = 0; k < ms.size(); k++) {
            EventMention m = ms.get(k);
            if (m.sentence() >= here || m.lastSentence() < here - 1) continue;
            // Only the event the previous sentence led with: a second one there is told apart.
            if (m.geoPrecision() != GeoPrecision.REGION || m.place() == null || ProtestRules.isProtest(m.type())) return -1;
            return k;
        }
        return -1;
    }

    /**
     * Whether the sentence goes on with the story just told: its first subject is a definite common noun ("the
     * strike", "the attackers", "the patrol"), and nothing marks another event ("also", "another", "separately").
     */
    private boolean continuesStory(Parse p) {
        if (lexicon.marksAnotherEvent(p)) return false;
        for (int j = 0; j < p.size(); j++) {
            String rel = p.relation(j);
            if (!rel.equals("nsubj") && !rel.equals("nsubj:pass")) continue;
            int det = p.child(j, "det");
            return p.token(j).isNoun() && !p.token(j).tag().startsWith("NNP") && det >= 0 && p.lemma(det).equals("the");
        }
        return false;
    }

    /** The first town, site or place near one that the sentence names inside {@code region}. */
    private @Nullable PlaceMention townInside(List<PlaceMention> eventPlaces, @Nullable Place region) {
        if (region == null) return null;
        for (PlaceMention pm : eventPlaces) {
            if (pm.precision() == GeoPrecision.REGION || pm.place().equals(region)) continue;
            Place.Kind kind = pm.place().kind();
            if (kind != Place.Kind.TOWN && kind != Place.Kind.SITE && kind != Place.Kind.ADMIN2) continue;
            if (within.test(pm.place(), region) && pm.place().distanceKm(region) <= Retellings.SAME_REGION_KM) return pm;
        }
        return null;
    }
}
