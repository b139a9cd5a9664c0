package org.sitrep.resolve.place;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.sitrep.model.GeoPrecision;
import org.sitrep.model.Phrase;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;

/**
 * Finds place names in an annotated sentence by the longest gazetteer match over its tokens, so that names NER
 * misses or splits ("al-Asad air base", "Deir ez-Zor") are found. Adds directional regions ("eastern Syria",
 * "northern Anbar") as region places with a centroid inside their country or province, and marks "near X",
 * "outside X" as {@link GeoPrecision#NEAR}. Where a name is ambiguous, a place in one of the report's countries
 * wins, then a hand-written place over a derived one, then a point (site or town) over an area, then population.
 * Derived (world gazetteer) places are guarded against common words and people's names: see {@link #usable}.
 * Immutable; thread-safe.
 */
public final class PlaceMatcher {
    private static final Map<String, double[]> DIRECTIONS = Map.ofEntries(
            Map.entry("northern", new double[] {1, 0}), Map.entry("southern", new double[] {-1, 0}),
            Map.entry("eastern", new double[] {0, 1}), Map.entry("western", new double[] {0, -1}),
            Map.entry("northeastern", new double[] {1, 1}), Map.entry("northwestern", new double[] {1, -1}),
            Map.entry("southeastern", new double[] {-1, 1}), Map.entry("southwestern", new double[] {-1, -1}),
            Map.entry("central", new double[] {0, 0}));
    private static final Set<String> PERSON_OR_ORG = Set.of("PERSON", "ORGANIZATION");
    private static final Set<String> OPENERS = Set.of("``", "\"", "\u201c", "'", "`", "\u2018", ":", "-LRB-", "(", "[",
            "-", "--", "\u2013", "\u2014", "*", "\u2022", "|");
    private static final Set<String> AREA_WORDS = Set.of("countryside", "province", "governorate", "region", "oblast",
            "state", "district", "countryside's");
    private static final Set<String> NEAR_WORDS = Set.of("near", "outside", "nearby", "around", "outskirts");
    /** Kilometres per unit of an offset ("70 nautical miles southeast of Aden"). */
    private static final Map<String, Double> UNITS = Map.of("km", 1.0, "kilometres", 1.0, "kilometers", 1.0,
            "kilometre", 1.0, "kilometer", 1.0, "miles", 1.609, "mile", 1.609, "mi", 1.609);
    /** Beyond this offset the named place no longer locates the event better than its region. */
    private static final double NEAR_KM = 25;
    /** Beyond this stated offset ("300 km north of") the point read from it is no better than the town's region. */
    private static final double OFFSET_MAX_KM = 150;
    /** Unit steps (north, east) of a compass word. */
    private static final Map<String, double[]> BEARINGS = Map.of("north", new double[] {1, 0}, "south", new double[] {-1, 0},
            "east", new double[] {0, 1}, "west", new double[] {0, -1}, "northeast", new double[] {1, 1},
            "northwest", new double[] {1, -1}, "southeast", new double[] {-1, 1}, "southwest", new double[] {-1, -1});
    /** The compass words an offset may give ("40 km south of"). */
    private static final Set<String> COMPASS = BEARINGS.keySet();
    /** Below this population a derived town inside a longer capitalised name is taken for part of that name. */
    private static final long SMALL_TOWN = 15_000;

    private final Gazetteer gazetteer;
    private final Set<String> demonyms;
    /** The country of each demonym key that only one country has ("congolese" is DR Congo's in countries.tsv). */
    private final Map<String, String> peopleOf;
    private final PlaceResolver resolver;

    private final PlaceWords words;
    private final PlaceNesting nesting;

    public PlaceMatcher(Gazetteer gazetteer) {
        this(gazetteer, PlaceWords.bundled());
    }

    public PlaceMatcher(Gazetteer gazetteer, PlaceWords words) {
        this.gazetteer = gazetteer;
        this.demonyms = gazetteer.demonymKeys();
        this.peopleOf = gazetteer.soleDemonyms();
        this.resolver = new PlaceResolver(gazetteer);
        this.words = words;
        this.nesting = new PlaceNesting(words);
    }

    /**
     * A mention as found, with its name's key and whether it was read only because the wording says it is a place
     * ("the town of Sake", "Dera Ismail Khan district", "Tetkino, in ... Kursk"): a place the gazetteer holds only
     * for given names, under a stopword, or named like a person. Such a reading stands only where the report
     * confirms it (see {@link #findInReport}). {@code area}: the wording made the name a region ("the Aleppo
     * countryside", "Hodeidah governorate"), which the resolver, reading names alone, must not take back for the town.
     */
    private record Found(PlaceMention mention, String key, boolean cued, boolean area) {
    }

    /**
     * Place mentions of a whole report, per sentence: found as {@link #find} finds them with the countries the
     * report names, then every ambiguous name chosen again by {@link PlaceResolver} with the rest of the report as
     * context (its countries, regions and nearby places). Directional regions keep their centroid.
     */
    public List<List<PlaceMention>> findInReport(List<Sentence> sentences) {
        return findInReport(sentences, Set.of());
    }

    /**
     * As {@link #findInReport(List)}, where the report also names armed groups of these countries (the ADF, the
     * M23): a hint to the places it means as weak as the people it names.
     */
    public List<List<PlaceMention>> findInReport(List<Sentence> sentences, Set<String> groupCountries) {
        Set<String> countries = new HashSet<>();
        for (Sentence s : sentences) {
            for (PlaceMention pm : find(s, Set.of())) {
                if (pm.place().kind() == Place.Kind.COUNTRY) countries.add(pm.place().country());
            }
        }
        Set<String> peoples = peoples(sentences, countries);
        for (String c : groupCountries) if (!countries.contains(c)) peoples.add(c);
        // The countries the report points to: those it names, and those whose people or armed groups it names
        // ("Congolese army helicopters bombed M23 positions near Sake" is about Congo though it never says so).
        Set<String> pointed = new HashSet<>(countries);
        pointed.addAll(peoples);
        List<List<Found>> found = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Sentence s : sentences) {
            List<Found> ms = scan(s, countries, pointed);
            found.add(ms);
            for (Found f : ms) names.add(f.mention().phrase().text());
        }
        List<Place> chosen = resolver.resolve(names, peoples);
        List<List<Found>> resolved = new ArrayList<>(found.size());
        int k = 0;
        for (List<Found> ms : found) {
            List<Found> again = new ArrayList<>(ms.size());
            for (Found f : ms) {
                PlaceMention pm = f.mention();
                Place p = chosen.get(k++);
                // "Across the border in Iraq, a drone struck a car near the town of Sinjar": a country the sentence
                // names holds its place against the rest of the report.
                boolean ownCountry = p != null && pm.place().country() != null && !pm.place().country().equals(p.country())
                        && namesCountry(ms, pm.place().country());
                boolean keep = p == null || f.area() || pm.place().kind() == Place.Kind.REGION || p.equals(pm.place())
                        || !usableAgain(p, pm.place()) || ownCountry;
                again.add(keep ? f : new Found(new PlaceMention(pm.phrase(), p, precisionAs(pm, p)), f.key(), f.cued(), false));
            }
            resolved.add(again);
        }
        List<List<PlaceMention>> nested = new ArrayList<>(resolved.size());
        for (int i = 0; i < sentences.size(); i++) nested.add(nest(sentences.get(i), resolved.get(i), pointed));
        // A country whose people or armed groups the report names ("the Syrian Observatory") is one it is about too.
        List<List<PlaceMention>> kept = ReportCoherence.strayless(nested, pointed, gazetteer);
        List<List<PlaceMention>> out = new ArrayList<>(kept.size());
        Place lastTown = null;
        for (int i = 0; i < kept.size(); i++) {
            List<PlaceMention> ms = new ArrayList<>(kept.get(i));
            for (int m = 0; m < ms.size(); m++) ms.set(m, offsetPoint(sentences.get(i), ms.get(m)));
            for (int m = 0; m + 1 < ms.size(); m++) ms.set(m, landformAtTown(sentences.get(i), ms.get(m), ms.get(m + 1)));
            for (int m = 0; m < ms.size(); m++) {
                PlaceMention pm = ms.get(m);
                if (lastTown != null && partOfTownBefore(sentences.get(i), pm)) {
                    Place there = PlaceNesting.inside(pm.place(), lastTown, PlaceNesting.PART_KM) ? pm.place()
                            : nearest(new Found(pm, Gazetteer.key(pm.phrase().text()), false, false), lastTown, PlaceNesting.PART_KM);
                    if (there == null) {
                        ms.remove(m--);
                        continue;
                    }
                    ms.set(m, new PlaceMention(pm.phrase(), there, pm.precision()));
                }
                if (ms.get(m).place().kind() == Place.Kind.TOWN) lastTown = ms.get(m).place();
            }
            out.add(List.copyOf(ms));
        }
        return out;
    }

    /**
     * "bombs hit the city's Shevchenkivskyi district", "the town's Hodan quarter": a part of the town the report
     * has just named (a settlement noun with a possessive before the name, a kind-of-place word after it). City
     * districts share their names across towns ("Shevchenkivskyi" in Kyiv, Kharkiv and Zaporizhzhia), so a reading
     * outside that town is a namesake, not the place meant.
     */
    private boolean partOfTownBefore(Sentence s, PlaceMention pm) {
        List<Token> tokens = s.tokens();
        int i = s.tokenAt(pm.phrase().start());
        if (i < 2 || !tokens.get(i - 1).tag().equals("POS")) return false;
        String owner = tokens.get(i - 2).word();
        if (!Character.isLowerCase(owner.charAt(0)) || words.level(owner).orElse(null) != PlaceWords.Level.SETTLEMENT) return false;
        int end = s.tokenAt(pm.phrase().end() - 1);
        String last = end >= 0 ? tokens.get(end).word() : "";
        String after = end >= 0 && end + 1 < tokens.size() ? tokens.get(end + 1).word() : "";
        return words.isKind(last) && Character.isLowerCase(last.charAt(0)) || kindWord(after);
    }

    /** ", about 15 km east of", ", some 60 kilometres (37 miles) southeast of the": a stated offset and nothing else. */
    private static final java.util.regex.Pattern OFFSET_BETWEEN = java.util.regex.Pattern.compile(
            ",?\\s*(?:(?:about|some|approximately|around|roughly|nearly|just)\\s+)?(?:[0-9][0-9,.]*\\s*"
            + "(?:km|kms|kilometres|kilometers|kilometre|kilometer|miles|mile)\\s*(?:\\([^)]{0,20}\\)\\s*)?)?"
            + "(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)\\s+of\\s+(?:the\\s+)?",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * "near the Hamrin mountains, about 15 km east of Tuz Khurmatu": a stretch of land (mountains, hills, a valley, a
     * desert) that the sentence locates by its offset from a town is read at that town, with the offset's precision.
     * The landform's point is the middle of an area tens of kilometres across; the town's is exact, and the analyst
     * places the event by it.
     */
    private PlaceMention landformAtTown(Sentence s, PlaceMention landform, PlaceMention town) {
        if (!town.place().isPoint() || town.place().kind() == Place.Kind.SITE || landform.place().equals(town.place())
                || !gazetteer.namesLandform(Gazetteer.key(landform.phrase().text()))
                && !gazetteer.namesLandform(Gazetteer.key(landform.place().name()))) return landform;
        int from = landform.phrase().end() - s.start(), to = town.phrase().start() - s.start();
        if (from < 0 || to > s.text().length() || from > to || !OFFSET_BETWEEN.matcher(s.text().substring(from, to)).matches()) {
            return landform;
        }
        return new PlaceMention(landform.phrase(), town.place(), town.precision());
    }

    /**
     * "Kazgil, a village about 40 km south of El Obeid": a place the report locates only by a stated distance and
     * bearing from a town is read at that offset (precision 2), under that name, as an analyst would place it; the
     * town itself lies too far off to stand for it. Not at sea ("nautical
     * miles") nor beyond {@value #OFFSET_MAX_KM} km, where the bearing of a loose report misses by more than the
     * town would.
     */
    private static PlaceMention offsetPoint(Sentence s, PlaceMention pm) {
        Place town = pm.place();
        if (!town.isPoint()) return pm;
        List<Token> tokens = s.tokens();
        int i = s.tokenAt(pm.phrase().start());
        if (i < 0) return pm;
        double km = offsetKm(tokens, i);
        if (km <= NEAR_KM || km > OFFSET_MAX_KM) return pm;
        int of = tokens.get(i - 1).word().equalsIgnoreCase("the") ? i - 1 : i;
        int number = unitAt(tokens, of) - 1;
        if (number >= 1 && tokens.get(number).word().equalsIgnoreCase("nautical")) return pm;
        String dir = tokens.get(of - 2).word().toLowerCase(Locale.ROOT).replace("-", "");
        double[] d = BEARINGS.get(dir);
        if (d == null) return pm;
        double norm = Math.hypot(d[0], d[1]);
        double lat = town.lat() + d[0] / norm * km / 111.2;
        double lon = town.lon() + d[1] / norm * km / (111.2 * Math.max(0.1, Math.cos(Math.toRadians(town.lat()))));
        // "fighters about 35 km northeast of Jilib": with no place named there, the town stands (ACLED's convention).
        String name = offsetName(tokens, number);
        if (name == null) return pm;
        Place there = new Place("offset:" + dir + ":" + Math.round(km) + ":" + town.id(), name, Place.Kind.TOWN,
                town.country(), town.admin1(), Math.max(-90, Math.min(90, lat)), ((lon + 540) % 360) - 180, 0, List.of());
        return new PlaceMention(pm.phrase(), there, GeoPrecision.NEAR);
    }

    /**
     * The name a distance is given for, from the number at {@code number} back: "Kazgil, a village about 40 km",
     * "Mucojo, some 40 km": capitalised words before a comma, a few lower-case words ("a farming village about")
     * between. Null when no name stands there.
     */
    private static @Nullable String offsetName(List<Token> tokens, int number) {
        int k = number - 1;
        for (int words = 0; k >= 0 && words < 5 && !tokens.get(k).word().equals(","); k--, words++) {
            if (!Character.isLowerCase(tokens.get(k).word().charAt(0))) return null;
        }
        if (k < 1 || !tokens.get(k).word().equals(",")) return null;
        int end = k;
        while (k - 1 >= 0 && end - k < 4 && capitalised(tokens.get(k - 1))) k--;
        if (k == end) return null;
        StringBuilder b = new StringBuilder();
        for (int j = k; j < end; j++) b.append(j > k ? " " : "").append(tokens.get(j).word());
        return b.toString();
    }

    private static boolean namesCountry(List<Found> sentence, String country) {
        for (Found f : sentence) {
            Place pl = f.mention().place();
            if (pl.kind() == Place.Kind.COUNTRY && country.equals(pl.country())) return true;
        }
        return false;
    }

    /**
     * The countries whose people the report names ("the Congolese army", "Syrian troops") and that it does not name
     * itself; a demonym that two countries share names neither.
     */
    private Set<String> peoples(List<Sentence> sentences, Set<String> named) {
        Set<String> out = new HashSet<>();
        for (Sentence s : sentences) {
            List<Token> tokens = s.tokens();
            for (int i = 0; i < tokens.size(); i++) {
                for (int n = 2; n >= 1; n--) {
                    if (i + n > tokens.size() || !capitalised(tokens.get(i))) continue;
                    StringBuilder b = new StringBuilder();
                    for (int k = i; k < i + n; k++) b.append(k > i ? " " : "").append(tokens.get(k).word());
                    String c = peopleOf.get(Gazetteer.key(b.toString()));
                    if (c != null) {
                        if (!named.contains(c)) out.add(c);
                        break;
                    }
                }
            }
        }
        return out;
    }

    /** A mention re-read as another place: its precision kept where both are points or both areas. */
    private static GeoPrecision precisionAs(PlaceMention pm, Place p) {
        return p.isPoint() == pm.place().isPoint() ? pm.precision() : p.isPoint() ? GeoPrecision.SITE : GeoPrecision.REGION;
    }

    /**
     * The sentence's mentions read with the places the wording puts them in ({@link PlaceNesting}): a name said to
     * lie in or near another is read as a place of that name there ("the Karari locality of northern Omdurman" is
     * not the Karari of India), and left out where the gazetteer has none there, so that the larger place, the most
     * precise one known, stands. A name read only because the wording says it is a place stays only where it lies
     * in the place the sentence puts it in, or in a country the report points to (names, or names the people
     * or armed groups of).
     */
    private List<PlaceMention> nest(Sentence s, List<Found> fs, Set<String> countries) {
        List<PlaceMention> ms = new ArrayList<>(fs.size());
        for (Found f : fs) ms.add(f.mention());
        List<PlaceNesting.Link> links = nesting.read(s, ms);
        boolean[] drop = new boolean[ms.size()];
        boolean[] placed = new boolean[ms.size()];
        // Outer names come after inner ones ("X, in Y"), except in "Y's X": read right to left, twice for chains.
        for (int round = 0; round < 2; round++) {
            for (int k = ms.size() - 1; k >= 0; k--) {
                PlaceNesting.Link link = links.get(k);
                if (link == null || drop[link.outer()]) continue;
                PlaceMention inner = ms.get(k);
                Place outer = ms.get(link.outer()).place();
                // Only a point is read inside another place: in "Ohio near Columbus" the larger name comes first.
                if (!inner.place().isPoint()) continue;
                if (PlaceNesting.inside(inner.place(), outer, link.maxKm())) {
                    placed[k] = true;
                    drop[k] = false;
                    continue;
                }
                Place there = nearest(fs.get(k), outer, link.maxKm());
                if (there != null) {
                    ms.set(k, new PlaceMention(inner.phrase(), there, precisionAs(inner, there)));
                    placed[k] = true;
                    drop[k] = false;
                } else if (link.heads() && !fs.get(k).cued() && inner.place().country().equals(outer.country())) {
                    // "Djibo, the capital of Soum province": the town is named first and the province only says
                    // where it lies; a province's derived point may be off, the town's own is not.
                    placed[k] = true;
                    drop[k] = false;
                } else if (fs.get(k).cued() || gazetteer.isDerived(inner.place())
                        && (link.strict() || !inner.place().country().equals(outer.country()))) {
                    // A reading outside the place the wording makes it part of, or in another country than the
                    // place it is said to be in or near, is a misreading; one in the same country may be right where
                    // the words were loose ("near the Indiana border").
                    drop[k] = true;
                }
            }
        }
        List<PlaceMention> out = new ArrayList<>(ms.size());
        for (int k = 0; k < ms.size(); k++) {
            if (drop[k]) continue;
            if (fs.get(k).cued() && !placed[k] && !countries.contains(ms.get(k).place().country())) continue;
            out.add(divisionHolding(ms, links, placed, k) ? asRegion(ms.get(k)) : ms.get(k));
        }
        return List.copyOf(out);
    }

    /**
     * "a post in Kulachi tehsil of Dera Ismail Khan district": the mention at {@code k} names the division a place
     * named before it is part of (a point placed inside it, the division word after it), not its town; it locates
     * that place and is no finer than a region, so that the part stays the more precise place of the two.
     */
    private static boolean divisionHolding(List<PlaceMention> ms, List<PlaceNesting.Link> links, boolean[] placed, int k) {
        if (!ms.get(k).place().isPoint()) return false;
        for (int j = 0; j < links.size(); j++) {
            PlaceNesting.Link link = links.get(j);
            if (link != null && link.outer() == k && j < k && placed[j] && link.strict() && link.maxKm() == PlaceNesting.DIVISION_KM
                    && ms.get(j).place().isPoint() && !ms.get(j).place().equals(ms.get(k).place())) return true;
        }
        return false;
    }

    private static PlaceMention asRegion(PlaceMention pm) {
        return new PlaceMention(pm.phrase(), pm.place(), GeoPrecision.REGION);
    }

    /**
     * The place of this name that lies in or near the outer place: any the name may stand for, those read only for
     * given names too (the wording has said it is a place, and where); a hand-written one first, then a point, then
     * the more populous.
     */
    private @Nullable Place nearest(Found f, Place outer, double maxKm) {
        List<Place> all = new ArrayList<>(gazetteer.lookupGiven(f.key()));
        for (Place p : resolver.candidates(f.mention().phrase().text())) if (!all.contains(p)) all.add(p);
        Comparator<Place> order = Comparator
                .comparing(gazetteer::isDerived)
                .thenComparing((Place p) -> p.isPoint() ? 0 : 1)
                .thenComparing(p -> -p.population())
                .thenComparing(Place::id);
        return all.stream().filter(p -> p.kind() != Place.Kind.COUNTRY && PlaceNesting.inside(p, outer, maxKm))
                .min(order).orElse(null);
    }

    /**
     * The resolver sees names only; the matcher has already refused derived places in contexts that rule them out
     * (a stopword at the start of a sentence), and hand-written rows carry the project's corrections. So a
     * hand-written choice of the matcher is never replaced by a derived place.
     */
    private boolean usableAgain(Place chosen, Place matched) {
        return gazetteer.isDerived(matched) || !gazetteer.isDerived(chosen);
    }

    /** Place mentions in the sentence, in text order, non-overlapping. {@code reportCountries} guide ambiguity. */
    public List<PlaceMention> find(Sentence s, Set<String> reportCountries) {
        List<PlaceMention> out = new ArrayList<>();
        for (Found f : scan(s, reportCountries, reportCountries)) if (!f.cued()) out.add(f.mention());
        return out;
    }

    /**
     * {@link #find}, with the names read only because the wording says they are places (see {@link Found}), which
     * the caller must confirm.
     */
    private List<Found> scan(Sentence s, Set<String> reportCountries, Set<String> pointedCountries) {
        List<Found> out = new ArrayList<>();
        List<Token> tokens = s.tokens();
        int i = 0;
        while (i < tokens.size()) {
            int matched = 0;
            Place best = null;
            String bestKey = null;
            boolean cued = false;
            boolean area = false;
            for (int n = Math.min(gazetteer.longestKey(), tokens.size() - i); n >= 1 && best == null; n--) {
                if (!isWord(tokens.get(i)) || !isWord(tokens.get(i + n - 1)) || isClitic(tokens.get(i + n - 1))) continue;
                String text = s.text().substring(tokens.get(i).start() - s.start(), tokens.get(i + n - 1).end() - s.start());
                if (!hasCapital(text)) continue;
                String key = Gazetteer.key(text);
                if (key.isEmpty() || demonyms.contains(key)) continue;
                // "a Liberia-flagged tanker": the ship's papers, not a place of the report.
                if (i + n + 1 < tokens.size() && tokens.get(i + n).word().equals("-")
                        && words.level(tokens.get(i + n + 1).word()).orElse(null) == PlaceWords.Level.ATTRIBUTE) continue;
                List<Place> candidates = usable(gazetteer.lookup(key), key, tokens, i, n, reportCountries, pointedCountries);
                if (candidates.isEmpty() && placeCue(tokens, i, n)) {
                    // "the town of Sake", "Dera Ismail Khan district": the wording says it is a place.
                    candidates = gazetteer.lookupGiven(key);
                    cued = !candidates.isEmpty();
                }
                if (!candidates.isEmpty()) {
                    best = choose(candidates, reportCountries);
                    bestKey = key;
                    matched = n;
                    String next = i + n < tokens.size() ? tokens.get(i + n).word() : "";
                    // "the Idlib countryside", "Kherson region": the province, not its capital town.
                    if (AREA_WORDS.contains(next.toLowerCase(Locale.ROOT))) {
                        for (Place p : candidates) if (p.kind() == Place.Kind.ADMIN1) best = p;
                        area = !best.isPoint();
                    }
                    // "the town of Nabatieh": the town, not the province named after it.
                    if (!best.isPoint() && settlementBefore(tokens, i)) {
                        for (Place p : candidates) if (p.isPoint() && (!best.isPoint() || choose(List.of(p, best), reportCountries) == p)) best = p;
                    }
                    // "Hodeidah governorate" where the gazetteer spells the region otherwise: the province a town
                    // heads is named after it.
                    if (best.isPoint() && words.level(next).orElse(null) == PlaceWords.Level.PROVINCE) {
                        best = gazetteer.regionOf(best).orElse(best);
                        area = !best.isPoint();
                    }
                }
            }
            if (best == null) {
                i++;
                continue;
            }
            int startTok = i;
            Place place = best;
            GeoPrecision precision = best.isPoint() ? GeoPrecision.SITE : GeoPrecision.REGION;
            String dir = i > 0 ? tokens.get(i - 1).word().toLowerCase(Locale.ROOT).replace("-", "") : "";
            String next = i + matched < tokens.size() ? tokens.get(i + matched).word() : "";
            if (DIRECTIONS.containsKey(dir) && !best.isPoint()) {
                place = directional(dir, tokens.get(i - 1).word().toLowerCase(Locale.ROOT), best);
                startTok = i - 1;
                precision = GeoPrecision.REGION;
            } else if (best.isPoint() && isNear(tokens, i)) {
                precision = GeoPrecision.NEAR;
            } else if (best.isPoint()) {
                double offset = offsetKm(tokens, i);
                if (offset > NEAR_KM) precision = GeoPrecision.REGION;
                else if (offset >= 0) precision = GeoPrecision.NEAR;
                // "the Bajil district": a division named after its town, placed at the town.
                else if (best.kind() == Place.Kind.TOWN && (words.level(next).orElse(null) == PlaceWords.Level.DISTRICT
                        || localGovernment(tokens, i + matched))) {
                    precision = GeoPrecision.NEAR;
                }
            }
            // The division's words belong to the mention: "Tsafe" alone would read as a modifier of "Area".
            if (best.isPoint()) matched += localGovernmentLength(tokens, i + matched);
            int start = tokens.get(startTok).start();
            int end = tokens.get(i + matched - 1).end();
            Phrase phrase = new Phrase(s.text().substring(start - s.start(), end - s.start()), start, end, s.index());
            out.add(new Found(new PlaceMention(phrase, place, precision), bestKey, cued, area));
            i += matched;
        }
        return out;
    }

    /**
     * Whether the wording around tokens {@code i..i+n-1} says they name a place: "the village of X", "X district",
     * or X followed by where it lies ("X, in", "X near", "X, 20 km north of"). Never the first word of a sentence.
     */
    private boolean placeCue(List<Token> tokens, int i, int n) {
        if (sentenceInitial(tokens, i)) return false;
        if (i >= 2 && tokens.get(i - 1).word().equalsIgnoreCase("of") && kindWord(tokens.get(i - 2).word())) return true;
        if (i + n >= tokens.size()) return false;
        String word = tokens.get(i + n).word();
        String next = word.toLowerCase(Locale.ROOT);
        // "Navarro County", "Boulder City": a capitalised kind word is part of the name, which is another place.
        if (kindWord(word) || localGovernment(tokens, i + n)) return true;
        if (next.equals("in") || next.equals("near")) return true;
        if (!next.equals(",") || i + n + 1 >= tokens.size()) return false;
        String after = tokens.get(i + n + 1).word().toLowerCase(Locale.ROOT);
        return after.equals("in") || after.equals("near") || COMPASS.contains(after.replace("-", ""))
                || Character.isDigit(after.charAt(0));
    }

    /** "the town of X", "the village of X": a noun of settlement before the name. */
    private boolean settlementBefore(List<Token> tokens, int i) {
        return i >= 2 && tokens.get(i - 1).word().equalsIgnoreCase("of") && kindWord(tokens.get(i - 2).word())
                && words.level(tokens.get(i - 2).word()).orElse(null) == PlaceWords.Level.SETTLEMENT;
    }

    /** A kind-of-place noun in lower case, as reporters write it after or before a name ("the Bajil district"). */
    private boolean kindWord(String word) {
        return words.isKind(word) && Character.isLowerCase(word.charAt(0));
    }

    /** A name starts and ends with a word, not punctuation ("Iraq ," is not a longer name than "Iraq"). */
    private static boolean isWord(Token t) {
        return Character.isLetterOrDigit(t.word().charAt(0)) || Character.isLetterOrDigit(t.word().charAt(t.word().length() - 1));
    }

    /**
     * A possessive "'s" is no part of a name: "the AA's own ammunition" would read as "Aas" (a Norwegian town's
     * other spelling) once the apostrophe is dropped from the key.
     */
    private static boolean isClitic(Token t) {
        String w = t.word();
        return w.length() <= 2 && (w.charAt(0) == '\'' || w.charAt(0) == '\u2019');
    }

    private static boolean hasCapital(String text) {
        for (int k = 0; k < text.length(); k++) if (Character.isUpperCase(text.charAt(k))) return true;
        return false;
    }

    /**
     * The token of the unit in "N unit direction of" before {@code of} (X, or its article): "10 kilometers (6 miles)
     * west of", where AP style gives the distance again in other units in brackets, reads "kilometers".
     */
    private static int unitAt(List<Token> tokens, int of) {
        int u = of - 3;
        if (u >= 0 && CLOSERS.contains(tokens.get(u).word())) {
            int open = u - 1;
            while (open >= Math.max(0, u - 5) && !OPENING_BRACKETS.contains(tokens.get(open).word())) open--;
            if (open >= Math.max(0, u - 5)) u = open - 1;
        }
        return u;
    }

    private static final Set<String> CLOSERS = Set.of(")", "-RRB-");
    private static final Set<String> OPENING_BRACKETS = Set.of("(", "-LRB-");

    /**
     * For "[N unit] direction of X" before token {@code i}: the offset in km (0 when no distance is given), or -1
     * when X is not preceded by a compass offset. "Nautical miles" counts as 1.852 km.
     */
    public static double offsetKm(List<Token> tokens, int i) {
        // "66 nautical miles southwest of the port of Hodeidah": an article may stand before X.
        if (i >= 1 && tokens.get(i - 1).word().equalsIgnoreCase("the")) i--;
        if (i < 2 || !tokens.get(i - 1).word().equalsIgnoreCase("of")) return -1;
        String dir = tokens.get(i - 2).word().toLowerCase(Locale.ROOT).replace("-", "");
        if (!COMPASS.contains(dir)) return -1;
        int u = unitAt(tokens, i);
        if (u < 1) return 0;
        String unit = tokens.get(u).word().toLowerCase(Locale.ROOT);
        Double perUnit = UNITS.get(unit);
        int number = u - 1;
        if (perUnit != null && unit.startsWith("mile") && tokens.get(u - 1).word().equalsIgnoreCase("nautical")) {
            perUnit = 1.852;
            number = u - 2;
        }
        if (perUnit == null || number < 0) return 0;
        try {
            return Double.parseDouble(tokens.get(number).word().replace(",", "")) * perUnit;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private boolean isNear(List<Token> tokens, int i) {
        // "near the village of Tetkino": the noun that says what kind of place it is stands between.
        if (i >= 2 && tokens.get(i - 1).word().equalsIgnoreCase("of") && kindWord(tokens.get(i - 2).word())) i -= 2;
        for (int k = Math.max(0, i - 3); k < i; k++) {
            if (NEAR_WORDS.contains(tokens.get(k).word().toLowerCase(Locale.ROOT))) return true;
        }
        return false;
    }

    /**
     * The candidates that may stand for tokens {@code i..i+n-1}. Hand-written places always may; a derived place
     * (world gazetteer) not where the annotator tags a token of the name as a person or organisation ("Hassan
     * Nasrallah", "Hamas"), nor outside the report's countries when a capitalised word is next to the name (a
     * ship, treaty or company: "Marlin Luanda"), nor where the key is a stopword whose rule the context does not
     * meet ({@code pointedCountries}: the report's countries and those whose people or armed groups it names).
     */
    private List<Place> usable(List<Place> candidates, String key, List<Token> tokens, int i, int n,
                               Set<String> reportCountries, Set<String> pointedCountries) {
        boolean anyDerived = false;
        for (Place p : candidates) anyDerived |= gazetteer.isDerived(p);
        if (!anyDerived) return candidates;
        boolean named = false;
        for (int k = i; k < i + n; k++) {
            String ner = tokens.get(k).ner();
            named |= ner != null && PERSON_OR_ORG.contains(ner);
        }
        // "on the road between Djibo and Dori": the tagger reads two names joined so as people; the words say places.
        if (named && betweenPlaces(tokens, i)) named = false;
        // "killed by a roadside bomb near Gao", "the outskirts of Beni": a word people are never the object of.
        if (named && afterLocative(tokens, i)) named = false;
        // "killed in Deir al-Balah", "in Yemen's Saada province": after "in", or before a word for an area, a name
        // is a place, not someone ("in Netanyahu's cabinet" has its possessive).
        if (named && (afterIn(tokens, i, n) || beforeDivision(tokens, i + n) || localGovernment(tokens, i + n))) named = false;
        // "hit Djibo, the besieged capital of Soum province", "Kanbalu, a town in Sagaing": the apposition says what
        // kind of place the name is; no one is the capital of a province.
        if (named && appositivePlace(tokens, i + n)) named = false;
        Gazetteer.StopRule rule = gazetteer.stopRule(key);
        boolean initial = sentenceInitial(tokens, i);
        // "Tsafe Local Government Area": Nigeria's LGAs are named after their seat town, so the capitalised words
        // after the name are its division, not a longer name.
        boolean inLongerName = (i > 0 && !sentenceInitial(tokens, i - 1) && capitalised(tokens.get(i - 1)))
                || (i + n < tokens.size() && capitalised(tokens.get(i + n)) && !localGovernment(tokens, i + n)
                    && !compassDivision(tokens, i + n));
        List<Place> out = new ArrayList<>(candidates.size());
        for (Place p : candidates) {
            if (gazetteer.isDerived(p)) {
                if (named) continue;
                // "Marlin Luanda", "Star Meridian", "Geneva Conventions": a far place inside a longer name.
                // Small towns too, even in the report's countries: "the tanker Marlin Luanda" in a report naming
                // the US is no Marlin, Texas.
                if (inLongerName && (!reportCountries.contains(p.country()) || p.population() < SMALL_TOWN)) continue;
                if (rule == Gazetteer.StopRule.NEVER) continue;
                if (rule == Gazetteer.StopRule.MID_SENTENCE && initial) continue;
                if (rule == Gazetteer.StopRule.REPORT_COUNTRY && (initial || !pointedCountries.contains(p.country()))) continue;
            }
            out.add(p);
        }
        return out;
    }

    /**
     * ", the besieged capital of", ", a town in": an apposition after token {@code after - 1} that says the name is
     * a capital or a kind of place (article, at most two lower-case words, the noun, then "of" or "in").
     */
    private boolean appositivePlace(List<Token> tokens, int after) {
        if (after + 3 >= tokens.size() || !tokens.get(after).word().equals(",")) return false;
        String det = tokens.get(after + 1).word().toLowerCase(Locale.ROOT);
        if (!det.equals("the") && !det.equals("a")) return false;
        for (int k = after + 2; k < Math.min(tokens.size() - 1, after + 5); k++) {
            String w = tokens.get(k).word();
            if (w.equals("capital") || kindWord(w)) {
                String of = tokens.get(k + 1).word().toLowerCase(Locale.ROOT);
                return of.equals("of") || of.equals("in");
            }
            if (!Character.isLowerCase(w.charAt(0))) return false;
        }
        return false;
    }

    /**
     * "Imphal East district", "Karachi West district": a division named after its town and a compass word; the
     * capitalised word after the town's name is no longer name, and the town stands for the division.
     */
    private boolean compassDivision(List<Token> tokens, int at) {
        if (at + 1 >= tokens.size() || !COMPASS.contains(tokens.get(at).word().toLowerCase(Locale.ROOT))) return false;
        PlaceWords.Level level = words.level(tokens.get(at + 1).word()).orElse(null);
        return level == PlaceWords.Level.DISTRICT || level == PlaceWords.Level.PROVINCE;
    }

    /** Prepositions that place what follows. */
    private static final Set<String> LOCATIVES = Set.of("near", "outside", "around", "towards", "toward");
    /** Nouns whose "of" names a place: "north of", "the outskirts of", "the town of". */
    private static final Set<String> PLACE_OF = Set.of("north", "south", "east", "west", "northeast", "northwest",
            "southeast", "southwest", "outskirts", "town", "village", "city", "district", "province", "region", "camp");

    private static boolean afterLocative(List<Token> tokens, int i) {
        if (i == 0) return false;
        String before = tokens.get(i - 1).word().toLowerCase(java.util.Locale.ROOT);
        if (LOCATIVES.contains(before)) return true;
        return before.equals("of") && i >= 2 && PLACE_OF.contains(tokens.get(i - 2).word().toLowerCase(java.util.Locale.ROOT));
    }

    /** Words after a name that make it an area's: "Saada province", "the Jenin camp". */
    private static final Set<String> DIVISIONS = Set.of("province", "governorate", "district", "region", "oblast",
            "camp", "countryside", "village", "town", "city", "neighbourhood", "neighborhood", "subdistrict", "outskirts");

    private static boolean afterIn(List<Token> tokens, int i, int n) {
        if (i == 0 || !tokens.get(i - 1).word().equals("in")) return false;
        if (i + n < tokens.size() && tokens.get(i + n).tag().equals("POS")) return false;
        for (int k = i; k < i + n; k++) if ("ORGANIZATION".equals(tokens.get(k).ner())) return false;
        return true;
    }

    private static boolean beforeDivision(List<Token> tokens, int after) {
        return after < tokens.size() && DIVISIONS.contains(tokens.get(after).word().toLowerCase(java.util.Locale.ROOT));
    }

    /** "Local Government Area", "Local Government" or "LGA" from token {@code at}: Nigeria's second-level division. */
    private static boolean localGovernment(List<Token> tokens, int at) {
        return localGovernmentLength(tokens, at) > 0;
    }

    /** The number of tokens of {@link #localGovernment}'s words from {@code at}, 0 when none. */
    private static int localGovernmentLength(List<Token> tokens, int at) {
        if (at >= tokens.size()) return 0;
        if (tokens.get(at).word().equals("LGA")) return 1;
        if (at + 1 >= tokens.size() || !tokens.get(at).word().equalsIgnoreCase("local")
                || !tokens.get(at + 1).word().equalsIgnoreCase("government")) return 0;
        return at + 2 < tokens.size() && tokens.get(at + 2).word().equalsIgnoreCase("area") ? 3 : 2;
    }

    private static boolean betweenPlaces(List<Token> tokens, int i) {
        if (i > 0 && tokens.get(i - 1).word().equalsIgnoreCase("between")) return true;
        if (i < 2 || !tokens.get(i - 1).word().equalsIgnoreCase("and")) return false;
        for (int k = i - 2; k >= Math.max(0, i - 5); k--) if (tokens.get(k).word().equalsIgnoreCase("between")) return true;
        return false;
    }

    private static boolean capitalised(Token t) {
        String w = t.word();
        return w.length() > 1 && Character.isUpperCase(w.charAt(0)) && Character.isLetter(w.charAt(1));
    }

    /** The first word of a sentence, or of a quote or list item, is capitalised whatever it is. */
    private static boolean sentenceInitial(List<Token> tokens, int i) {
        return i == 0 || OPENERS.contains(tokens.get(i - 1).word());
    }

    /**
     * Ambiguous names: a place in one of the report's countries, then a hand-written place over a derived one (the
     * hand-written rows carry the project's corrections), then a country, a point (site or town), an area, then
     * population. A derived place of the report's countries gives way to a far bigger town elsewhere: reports name
     * the United States so often that Paris, Texas would otherwise beat Paris, and Geneva, Illinois beat Geneva.
     */
    private Place choose(List<Place> candidates, Set<String> reportCountries) {
        Comparator<Place> order = Comparator
                .comparing(gazetteer::isDerived)
                .thenComparing((Place p) -> p.kind() == Place.Kind.COUNTRY ? 0 : p.isPoint() ? 1 : 2)
                .thenComparing(p -> -p.population())
                .thenComparing(Place::id);
        Place in = null, out = null;
        for (Place p : candidates) {
            if (reportCountries.contains(p.country())) {
                if (in == null || order.compare(p, in) < 0) in = p;
            } else if (out == null || order.compare(p, out) < 0) {
                out = p;
            }
        }
        if (in == null) return out;
        if (out == null || !gazetteer.isDerived(in)) return in;
        return dominates(out, in) ? out : in;
    }

    /** A town of 100,000 or more, five times the other's size (ten times when that one has 50,000 or more). */
    private static boolean dominates(Place big, Place small) {
        if (!big.isPoint() || big.population() < 100_000) return false;
        long other = small.population() > 0 ? small.population() : 10_000;
        return big.population() >= (other >= 50_000 ? 10 : 5) * other;
    }

    /**
     * "eastern Syria": a region whose centroid lies a quarter of the box's extent from the country's centre toward
     * that side (for a province, half a degree from its point); precision is region-level, so the centroid only
     * has to fall inside the region.
     */
    private Place directional(String dir, String word, Place area) {
        double[] d = DIRECTIONS.get(dir);
        double lat, lon;
        if (area.kind() == Place.Kind.COUNTRY) {
            Country c = gazetteer.country(area.country()).orElseThrow();
            lat = (c.minLat() + c.maxLat()) / 2 + d[0] * (c.maxLat() - c.minLat()) / 4;
            lon = (c.minLon() + c.maxLon()) / 2 + d[1] * (c.maxLon() - c.minLon()) / 4;
        } else {
            lat = area.lat() + d[0] * 0.5;
            lon = area.lon() + d[1] * 0.5;
        }
        String name = word + " " + area.name();
        return new Place("region:" + dir + ":" + area.id(), name, Place.Kind.REGION, area.country(),
                area.kind() == Place.Kind.ADMIN1 ? area.admin1() : null, lat, lon, 0, List.of());
    }

    /**
     * True when {@code point} lies in {@code area}: same country and, for a directional region, on its side; for a
     * town, within the reach of the division it heads.
     */
    public boolean within(Place point, Place area) {
        if (!point.country().equals(area.country())) return false;
        if (area.kind() == Place.Kind.COUNTRY) return true;
        if (area.kind() == Place.Kind.ADMIN1) return area.admin1() != null && area.admin1().equals(point.admin1());
        if (area.kind() == Place.Kind.REGION) {
            Country c = gazetteer.country(area.country()).orElseThrow();
            double cLat = (c.minLat() + c.maxLat()) / 2, cLon = (c.minLon() + c.maxLon()) / 2;
            boolean latOk = Math.signum(area.lat() - cLat) == 0 || Math.signum(point.lat() - cLat) == Math.signum(area.lat() - cLat);
            boolean lonOk = Math.signum(area.lon() - cLon) == 0 || Math.signum(point.lon() - cLon) == Math.signum(area.lon() - cLon);
            return latOk && lonOk;
        }
        // "the Kulachi tehsil of Dera Ismail Khan": a town stands for the division it heads, which reaches farther;
        // but only a town or a site lies in a division ("the Red Sea port city of Hodeidah": the sea is not in it).
        boolean local = point.kind() == Place.Kind.TOWN || point.kind() == Place.Kind.SITE || point.kind() == Place.Kind.ADMIN2;
        return point.distanceKm(area) <= (local ? PlaceNesting.DIVISION_KM : 25);
    }
}
