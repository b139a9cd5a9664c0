package org.sitrep.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiPredicate;
import org.jspecify.annotations.Nullable;
import org.sitrep.model.ClaimKind;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.Statement;
import org.sitrep.model.Tally;
import org.sitrep.refdata.Names;
import org.sitrep.resolve.place.Place;
import org.sitrep.resolve.time.TimeValue;

/**
 * Matches predicted items to gold one to one and scores them (../shared/gold/FORMAT.md). An event matches a gold
 * event when the type family agrees, the dates overlap and the place is within 25 km, or in the same region when
 * the gold precision is 3; among several candidates the closest in place and date wins. A second predicted event
 * for an already matched gold event counts against precision, as a duplicate.
 */
public final class Scorer {
    static final double PLACE_KM = 25;
    static final List<String> FIELDS = List.of("actor1", "actor2", "date", "place", "weapon", "status",
            "claimed_by", "fatalities");

    /**
     * @param sources report id to the report's source (path or "file:line"), to find each report's gold document
     */
    public Scores score(GoldCorpus gold, List<Event> events, List<Tally> tallies, List<Statement> statements,
                        Map<String, String> sources) {
        List<GoldItem> goldEvents = gold.events();
        Set<String> negative = new HashSet<>();
        int negativeReports = 0;
        for (var e : sources.entrySet()) {
            var doc = gold.documentFor(e.getValue());
            if (doc.isPresent() && doc.get().isNegative()) {
                negative.add(e.getKey());
                negativeReports++;
            }
        }

        List<int[]> pairs = match(events, goldEvents, Scorer::eventsMatch, Scorer::eventCost);
        boolean[] goldTaken = new boolean[goldEvents.size()];
        boolean[] predTaken = new boolean[events.size()];
        int[] fieldCorrect = new int[FIELDS.size()];
        List<String> disagreements = new ArrayList<>();
        for (int[] p : pairs) {
            predTaken[p[0]] = true;
            goldTaken[p[1]] = true;
            Event e = events.get(p[0]);
            GoldItem g = goldEvents.get(p[1]);
            for (int f = 0; f < FIELDS.size(); f++) {
                if (fieldAgrees(FIELDS.get(f), g, e)) fieldCorrect[f]++;
                else disagreements.add(String.format(Locale.ROOT, "%-10s %s: Sitrep %s, gold %s%n      \"%s\"",
                        FIELDS.get(f), g.id(), predictedValue(FIELDS.get(f), e), g.text(goldField(FIELDS.get(f))),
                        sentence(e)));
            }
        }
        List<FieldScore> fields = new ArrayList<>();
        for (int f = 0; f < FIELDS.size(); f++) fields.add(new FieldScore(FIELDS.get(f), fieldCorrect[f], pairs.size()));

        int duplicates = 0, negativeEvents = 0;
        List<String> falseAlarms = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            if (predTaken[i]) continue;
            Event e = events.get(i);
            boolean duplicate = false;
            for (GoldItem g : goldEvents) duplicate |= eventsMatch(e, g);
            if (duplicate) duplicates++;
            boolean fromNegative = !e.reports().isEmpty() && negative.containsAll(e.reports());
            if (fromNegative) negativeEvents++;
            falseAlarms.add((duplicate ? "duplicate " : fromNegative ? "negative  " : "false     ") + describe(e)
                    + " <- " + sourcesOf(e, sources) + "\n      \"" + sentence(e) + "\"");
        }
        List<String> misses = new ArrayList<>();
        for (int g = 0; g < goldEvents.size(); g++) {
            if (!goldTaken[g]) misses.add(describe(goldEvents.get(g)));
        }

        List<GoldItem> goldTallies = gold.tallies();
        List<int[]> tallyPairs = match(tallies, goldTallies, Scorer::talliesMatch, (t, g) -> 0);
        int tallyMatches = tallyPairs.size();
        List<String> tallyErrors = unmatched(tallyPairs, tallies, goldTallies,
                gt -> String.format(Locale.ROOT, "missed tally %s %s (%s..%s)", gt.integer("count"), gt.text("what"),
                        gt.text("from"), gt.text("to")),
                t -> String.format(Locale.ROOT, "false  tally %d %s (%s..%s)%n      \"%s\"", t.count(), t.what(), t.from(),
                        t.to(), t.evidence().isEmpty() ? "" : t.evidence().get(0).text()));
        List<GoldItem> goldStatements = gold.statements();
        // A statement pairs first with the gold of a report that tells it: the surname rule lets "Khyber Pakhtunkhwa
        // Chief Minister" fit another report's "caretaker prime minister", and store order alone chose between them.
        List<int[]> statementPairs = match(statements, goldStatements, Scorer::statementsMatch,
                (s, g) -> toldIn(s.reports(), g, sources) ? 0 : 1);
        int statementMatches = statementPairs.size();
        List<String> statementErrors = unmatched(statementPairs, statements, goldStatements,
                gs -> String.format(Locale.ROOT, "missed %-10s %s %s", gs.text("type"), gs.text("speaker"),
                        Objects.requireNonNullElse(gs.text("date"), "")),
                st -> String.format(Locale.ROOT, "false  %-10s %s %s%n      \"%s\"", st.plover(), st.speaker(),
                        Objects.requireNonNullElse(st.date(), ""), st.evidence().isEmpty() ? "" : st.evidence().get(0).text()));

        return new Scores(new Prf(pairs.size(), events.size(), goldEvents.size()),
                new Prf(tallyMatches, tallies.size(), goldTallies.size()),
                new Prf(statementMatches, statements.size(), goldStatements.size()),
                fields, duplicates, negativeReports, negativeEvents, misses, falseAlarms, disagreements, statementErrors, tallyErrors);
    }

    /** One line per gold item no pair took ("missed ...") and per predicted item no pair took ("false ..."). */
    private static <T> List<String> unmatched(List<int[]> pairs, List<T> predicted, List<GoldItem> gold,
                                              java.util.function.Function<GoldItem, String> missed,
                                              java.util.function.Function<T, String> falseAlarm) {
        boolean[] found = new boolean[gold.size()], used = new boolean[predicted.size()];
        for (int[] pair : pairs) { used[pair[0]] = true; found[pair[1]] = true; }
        List<String> out = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) if (!found[g]) out.add(missed.apply(gold.get(g)));
        for (int i = 0; i < predicted.size(); i++) if (!used[i]) out.add(falseAlarm.apply(predicted.get(i)));
        return out;
    }

    /** Greedy one-to-one assignment over all matching pairs, cheapest first: {predicted index, gold index}. */
    private static <T> List<int[]> match(List<T> predicted, List<GoldItem> gold, BiPredicate<T, GoldItem> matches,
                                         java.util.function.ToDoubleBiFunction<T, GoldItem> cost) {
        List<double[]> candidates = new ArrayList<>();
        for (int i = 0; i < predicted.size(); i++) {
            for (int g = 0; g < gold.size(); g++) {
                if (matches.test(predicted.get(i), gold.get(g))) {
                    candidates.add(new double[] {cost.applyAsDouble(predicted.get(i), gold.get(g)), i, g});
                }
            }
        }
        candidates.sort(Comparator.<double[]>comparingDouble(c -> c[0]).thenComparingDouble(c -> c[1])
                .thenComparingDouble(c -> c[2]));
        boolean[] p = new boolean[predicted.size()], q = new boolean[gold.size()];
        List<int[]> out = new ArrayList<>();
        for (double[] c : candidates) {
            int i = (int) c[1], g = (int) c[2];
            if (p[i] || q[g]) continue;
            p[i] = q[g] = true;
            out.add(new int[] {i, g});
        }
        return out;
    }

    /** The matching rule of ../shared/gold/FORMAT.md for one predicted and one gold event. */
    public static boolean eventsMatch(Event e, GoldItem g) {
        if (!Objects.equals(g.text("event_type"), e.type().family())) return false;
        TimeValue gd = time(g.text("date"));
        TimeValue pd = time(e.date());
        if (!gd.isKnown() || !pd.isKnown() || !gd.overlaps(pd)) return false;
        return samePlace(g, e);
    }

    static boolean samePlace(GoldItem g, Event e) {
        Double lat = g.number("lat"), lon = g.number("lon");
        if (e.latitude() != null && lat != null && lon != null
                && Place.distanceKm(lat, lon, e.latitude(), e.longitude()) <= PLACE_KM) {
            return true;
        }
        Integer precision = g.integer("geo_precision");
        if (precision == null || precision != 3) return false;
        if (!Objects.equals(g.text("country"), e.country())) return false;
        String admin1 = g.text("admin1");
        return admin1 == null || (e.admin1() != null && Names.key(admin1).equals(Names.key(e.admin1())));
    }

    static double eventCost(Event e, GoldItem g) {
        Double lat = g.number("lat"), lon = g.number("lon");
        double km = e.latitude() != null && lat != null && lon != null
                ? Place.distanceKm(lat, lon, e.latitude(), e.longitude()) : PLACE_KM;
        TimeValue gd = time(g.text("date")), pd = time(e.date());
        double days = Math.abs(gd.from().toEpochDay() - pd.from().toEpochDay());
        boolean sameSubType = Objects.equals(g.text("sub_event_type"), e.type().label());
        return km + 10 * days + (sameSubType ? 0 : 5);
    }

    static boolean fieldAgrees(String field, GoldItem g, Event e) {
        return switch (field) {
            case "actor1" -> sameName(g, "actor1", e.actor1());
            case "actor2" -> sameName(g, "actor2", e.actor2());
            case "date" -> Objects.equals(g.text("date"), e.date());
            case "place" -> samePlace(g, e);
            case "weapon" -> sameName(g, "weapon", e.weapon());
            case "status" -> Objects.equals(g.text("status"), e.status().name().toLowerCase(Locale.ROOT));
            case "claimed_by" -> sameName(g, "claimed_by", claimant(e))
                    || (claimant(e) != null && Objects.equals(g.text("claimed_by"), g.text("actor1"))
                            && sameName(g, "actor1", claimant(e)));
            case "fatalities" -> Objects.equals(g.integer("fatalities"), e.fatalities());
            default -> throw new IllegalArgumentException(field);
        };
    }

    private static @Nullable String predictedValue(String field, Event e) {
        return switch (field) {
            case "actor1" -> e.actor1();
            case "actor2" -> e.actor2();
            case "date" -> e.date();
            case "place" -> e.location() + " (" + e.latitude() + ", " + e.longitude() + ")";
            case "weapon" -> e.weapon();
            case "status" -> e.status().name().toLowerCase(Locale.ROOT);
            case "claimed_by" -> claimant(e);
            case "fatalities" -> String.valueOf(e.fatalities());
            default -> throw new IllegalArgumentException(field);
        };
    }

    private static String goldField(String field) {
        return field.equals("place") ? "location" : field;
    }

    private static @Nullable String claimant(Event e) {
        return e.claims().stream().filter(c -> c.kind() == ClaimKind.CLAIM).map(c -> c.by()).findFirst()
                .orElse(null);
    }

    /**
     * Names agree under {@link Names#key} with plurals folded ("drones" is "drone"); null agrees with null, also when
     * the gold lists aliases for a null field (a target that is no actor, "the Saratov refinery"): those name what
     * else counts as correct, they do not make an empty field wrong.
     */
    static boolean sameName(GoldItem g, String field, @Nullable String value) {
        List<String> names = g.names(field);
        if (value == null) return g.text(field) == null;
        String key = fold(value);
        return names.stream().anyMatch(n -> fold(n).equals(key));
    }

    private static String fold(String name) {
        StringBuilder out = new StringBuilder();
        for (String w : Names.key(name).split(" ")) {
            if (out.length() > 0) out.append(' ');
            out.append(w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") ? w.substring(0, w.length() - 1) : w);
        }
        return out.toString();
    }

    static boolean talliesMatch(Tally t, GoldItem g) {
        Integer count = g.integer("count");
        if (count == null || count != t.count()) return false;
        TimeValue gp = period(g.text("from"), g.text("to")), tp = period(t.from(), t.to());
        return !gp.isKnown() || !tp.isKnown() || gp.overlaps(tp);
    }

    static boolean statementsMatch(Statement s, GoldItem g) {
        if (!s.plover().equalsIgnoreCase(Objects.requireNonNullElse(g.text("type"), ""))) return false;
        TimeValue gd = time(g.text("date")), sd = time(s.date());
        if (gd.isKnown() && sd.isKnown() && !gd.overlaps(sd)) return false;
        String speaker = Names.key(s.speaker());
        for (String name : g.names("speaker")) {
            String key = Names.key(name);
            if (key.equals(speaker) || surname(key).equals(surname(speaker))) return true;
        }
        return false;
    }

    /** Whether one of the reports is among the gold item's documents. */
    private static boolean toldIn(List<String> reports, GoldItem g, Map<String, String> sources) {
        for (String r : reports) if (g.documents().contains(GoldCorpus.keyOf(sources.getOrDefault(r, r)))) return true;
        return false;
    }

    private static String surname(String key) {
        return key.substring(key.lastIndexOf(' ') + 1);
    }

    private static TimeValue time(@Nullable String iso) {
        try {
            return TimeValue.parse(iso, DatePrecision.DAY);
        } catch (RuntimeException e) {
            return TimeValue.UNKNOWN;
        }
    }

    private static TimeValue period(@Nullable String from, @Nullable String to) {
        if (from == null && to == null) return TimeValue.UNKNOWN;
        return time((from != null ? from : to) + "/" + (to != null ? to : from));
    }

    private static String describe(Event e) {
        return String.format(Locale.ROOT, "%s %s %s at %s", e.id(), e.date(), e.type().label(), e.location());
    }

    private static String describe(GoldItem g) {
        return String.format(Locale.ROOT, "%s: %s %s at %s (%s)", g.id(), g.text("date"), g.text("sub_event_type"),
                g.text("location"), String.join(", ", g.documents()));
    }

    private static String sourcesOf(Event e, Map<String, String> sources) {
        List<String> names = new ArrayList<>();
        for (String r : e.reports()) names.add(GoldCorpus.keyOf(sources.getOrDefault(r, r)));
        return String.join(", ", names);
    }

    private static String sentence(Event e) {
        return e.evidence().stream().filter(v -> "sentence".equals(v.field())).map(Evidence::text).findFirst()
                .or(() -> e.evidence().stream().map(Evidence::text).findFirst()).orElse("");
    }
}
