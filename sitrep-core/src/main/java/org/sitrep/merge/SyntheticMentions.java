package org.sitrep.merge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.sitrep.extract.EventMention;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.EventType;
import org.sitrep.model.Evidence;
import org.sitrep.model.GeoPrecision;
import org.sitrep.resolve.actor.Actor;
import org.sitrep.resolve.place.Place;
import org.sitrep.resolve.time.TimeValue;

/**
 * Synthetic event mentions for measuring and testing the merger: n mentions of n/4 true events, spread over
 * max(30, n/100) days (a feed's rate per day stays the same as the corpus grows, about 25 events a day) and 12
 * countries of 40 towns, 15 event types and 40 actors. A mention repeats its event's facts with the noise of
 * real reports: a day or a three-day range or no date, the town or a nearby one or its province or no place, the
 * actors or none, the weapon or none. The same seed gives the same mentions.
 */
public final class SyntheticMentions {
    /** The mentions and, for each mention id, the id of the true event it mentions. */
    public record Batch(List<EventMention> mentions, Map<String, String> truth) {
    }

    private static final LocalDate START = LocalDate.of(2023, 1, 1);
    private static final String[] WEAPONS = {"drone", "rocket", "missile", "mortar", "airstrike", "artillery", "IED"};

    private SyntheticMentions() {
    }

    public static Batch generate(int n, long seed) {
        Random random = new Random(seed);
        List<Place> towns = new ArrayList<>(), provinces = new ArrayList<>();
        for (int c = 0; c < 12; c++) {
            String country = "X" + (char) ('A' + c);
            double lat0 = -40 + c * 7, lon0 = -100 + c * 15;
            for (int p = 0; p < 4; p++) {
                provinces.add(new Place("syn-adm-" + c + "-" + p, country + " province " + p, Place.Kind.ADMIN1, country,
                        country + " province " + p, lat0 + p, lon0 + p, 0, List.of()));
            }
            for (int t = 0; t < 40; t++) {
                // Towns come in pairs 10-20 km apart, so "near" places fit and distinct towns mostly do not.
                double lat = lat0 + (t / 2) * 0.2 + (t % 2) * 0.12, lon = lon0 + (t % 4) * 0.5;
                towns.add(new Place("syn-town-" + c + "-" + t, country + " town " + t, Place.Kind.TOWN, country,
                        country + " province " + (t % 4), lat, lon, 1000, List.of()));
            }
        }
        List<Actor> actors = new ArrayList<>();
        for (int a = 0; a < 40; a++) {
            actors.add(new Actor("syn-actor-" + a, "Actor " + a, Actor.Type.MILITIA, null, null, null, List.of()));
        }
        int events = Math.max(1, n / 4), days = Math.max(30, n / 100);
        EventType[] types = EventType.values();
        List<EventMention> mentions = new ArrayList<>(n);
        Map<String, String> truth = new HashMap<>();
        int[] town = new int[events], type = new int[events], day = new int[events], a1 = new int[events], a2 = new int[events], weapon = new int[events];
        for (int e = 0; e < events; e++) {
            town[e] = random.nextInt(towns.size());
            type[e] = random.nextInt(types.length);
            day[e] = random.nextInt(days);
            a1[e] = random.nextInt(actors.size());
            a2[e] = random.nextInt(actors.size());
            weapon[e] = random.nextInt(WEAPONS.length);
        }
        for (int i = 0; i < n; i++) {
            int e = random.nextInt(events);
            LocalDate d = START.plusDays(day[e]);
            double r = random.nextDouble();
            TimeValue time = r < 0.8 ? TimeValue.day(d)
                    : r < 0.95 ? new TimeValue(d.minusDays(1), d.plusDays(1), DatePrecision.RANGE) : TimeValue.UNKNOWN;
            Place place = towns.get(town[e]);
            GeoPrecision precision = GeoPrecision.SITE;
            r = random.nextDouble();
            if (r < 0.15) {
                place = towns.get(town[e] ^ 1); // the other town of the pair
                precision = GeoPrecision.NEAR;
            } else if (r < 0.25) {
                place = provinces.get((town[e] / 40) * 4 + (town[e] % 40) % 4);
                precision = GeoPrecision.REGION;
            } else if (r < 0.30) {
                place = null;
                precision = null;
            }
            String report = "syn-report-" + (i / 5);
            Evidence trigger = new Evidence(report, 0, i, i + 6, "strike", "trigger");
            mentions.add(new EventMention("syn-m-" + i, report, 0, types[type[e]],
                    random.nextBoolean() ? WEAPONS[weapon[e]] : null,
                    random.nextDouble() < 0.6 ? actors.get(a1[e]) : null, random.nextDouble() < 0.4 ? actors.get(a2[e]) : null,
                    place, precision, time, null, null, List.of(), List.of(), List.of(trigger)));
            truth.put("syn-m-" + i, "syn-event-" + e);
        }
        return new Batch(mentions, truth);
    }
}
