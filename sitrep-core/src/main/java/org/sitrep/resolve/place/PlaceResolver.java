package org.sitrep.resolve.place;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Resolves the place names of one report together, so that each name is read in the light of the others: the
 * countries the report names or is mostly about, the first-level regions it names ("Alexandria" in a report that
 * names Louisiana), nearness to the other places named, population and feature type. Takes names as written and
 * returns one place per name (null when the gazetteer has none); assumes the names are places (the matcher or a
 * gold annotation decided that). Immutable; thread-safe.
 *
 * <p>A first-level region named like a town inside it gives way to the town. Scoring, for each candidate of a
 * name: the log of its population; a country or first-level region over a town of the same name ("Georgia",
 * "Kurdistan"); a place in a country the report names, or that the report's other places lie in; a town in a region
 * the report names (or that another name may stand for); a town in a county another name may stand for, and a county
 * holding a town another name may stand for (within {@value #COUNTY_KM} km); a point within {@value #NEAR_KM} km of
 * another place of the report; a city of half a million or more named by its own name; hand-written rows (the project's corrections). Two passes: the first with the
 * countries named, the second with the first pass's choices as context.
 */
public final class PlaceResolver {
    /** Other places this close support a candidate: the 100-mile radius geocoding is scored at. */
    static final double NEAR_KM = 161;
    /** A town this close to the point of a county is taken to lie in it (US counties are 30-60 km across). */
    static final double COUNTY_KM = 40;
    /** How much weaker a county named without its "County" ("Barrow") is than a town of that name. */
    static final double BARE_DIVISION_PENALTY = 1;
    /** Support for a town from a region another name may stand for but was not read as. */
    static final double REGION_CANDIDATE_BONUS = 1.5;
    /** A city of this population or more is known beyond its country, and scores {@value #BIG_CITY_BONUS} higher. */
    static final long BIG_CITY = 500_000;
    /** Below it, a derived town far from the report's home and from its other places gives way to the home. */
    static final long STRAY_POP = 25_000;
    static final double BIG_CITY_BONUS = 2;
    /** Support for a place in a country whose people the report names but not the country itself. */
    static final double PEOPLE_BONUS = 1.5;

    private final Gazetteer gazetteer;
    private final Map<String, Place> demonyms;
    private final boolean givenNames;

    /** A resolver for the names the matcher finds in running text ({@link Gazetteer#lookup}). */
    public PlaceResolver(Gazetteer gazetteer) {
        this(gazetteer, false);
    }

    /**
     * A resolver for names known to be places (gold spans, place fields), which also reads the places kept out of
     * the matcher ({@link Gazetteer#lookupGiven}: smaller towns, US counties, continents, abbreviations).
     */
    public static PlaceResolver forGivenNames(Gazetteer gazetteer) {
        return new PlaceResolver(gazetteer, true);
    }

    private PlaceResolver(Gazetteer gazetteer, boolean givenNames) {
        this.gazetteer = gazetteer;
        this.givenNames = givenNames;
        Map<String, Place> d = new HashMap<>();
        for (String key : gazetteer.demonymKeys()) {
            gazetteer.demonymCountry(key).flatMap(gazetteer::country).ifPresent(c -> d.put(key, c.asPlace()));
        }
        this.demonyms = Map.copyOf(d);
    }

    /**
     * The places a name as written may be: its gazetteer key, else without a leading "the" or a possessive
     * ("the Gaza Strip", "Iraq's"), else initials spelt with dots ("US" as "U.S."), else the country of a demonym ("Iraqi" in "Iraqi forces" stands for Iraq).
     */
    public List<Place> candidates(String name) {
        List<Place> c = ownCandidates(name);
        return c.isEmpty() && givenNames ? placeInside(name.strip().replaceAll("(?i)['\u2019]s$", "")) : c;
    }

    /** The candidates of a name as written, not through a place inside it. */
    private List<Place> ownCandidates(String name) {
        String n = name.strip().replaceAll("(?i)['\u2019]s$", "");
        // A span given as a place but written without a capital ("residents", "the land", "communities") is a common
        // noun an annotator marked, not a name: reading it as a namesake ("Mining", Austria) misleads the others.
        if (givenNames && n.codePoints().noneMatch(Character::isUpperCase)) return List.of();
        String k = Gazetteer.key(n);
        // "US", "UK": the gazetteer spells initials with dots ("U.S."); the matcher does not take the bare
        // letters, which in reports are more often a modifier ("US forces") than a place. Initials are read as
        // initials first (not as the hamlet "Us").
        // The places read only for given names (small towns, counties) come after a demonym: "Canadian" is Canada,
        // not the town of Canadian, Texas.
        boolean initials = n.length() >= 2 && n.length() <= 3 && n.chars().allMatch(Character::isUpperCase);
        String dotted = String.join(" ", k.split(""));
        String bare = k.startsWith("the ") ? k.substring(4) : null;
        List<Place> c = initials ? gazetteer.lookup(dotted) : List.of();
        if (!c.isEmpty()) return c;
        c = gazetteer.lookup(k);
        if (!c.isEmpty()) return givenNames ? withDivisions(gazetteer.lookupGiven(k), k) : c;
        if (bare != null) {
            c = gazetteer.lookup(bare);
            if (!c.isEmpty()) return givenNames ? gazetteer.lookupGiven(bare) : c;
        }
        Place d = demonyms.get(k);
        if (d != null) return List.of(d);
        if (!givenNames) return List.of();
        if (initials) c = gazetteer.lookupGiven(dotted);
        if (c.isEmpty()) c = withDivisions(gazetteer.lookupGiven(k), k);
        if (c.isEmpty() && bare != null) c = gazetteer.lookupGiven(bare);
        // "DeKalb", "Miami-Dade": a county named without its "County".
        if (c.isEmpty()) c = gazetteer.lookupDivision(k);
        if (c.isEmpty()) c = gazetteer.lookupFirstPart(k);
        return c;
    }

    private List<Place> withDivisions(List<Place> c, String k) {
        List<Place> d = gazetteer.lookupDivision(k);
        if (c.isEmpty() || d.isEmpty() || c.stream().anyMatch(p -> !p.isPoint())) return c;
        List<Place> out = new ArrayList<>(c);
        out.addAll(d);
        return out;
    }

    /**
     * For a name given as a place that the gazetteer lacks (a building, a street, a court, a team): the places of
     * the longest capitalised run of its words that the matcher's gazetteer holds, leftmost first ("Dubai World
     * Cup" is in Dubai, "Embassy of the Republic of Armenia" in Armenia). A geocoder's fallback: the point may be off
     * by the size of that place, not by a continent. Left out: runs made only of words that name a kind of place
     * ("Royal Street" is not the town of Street), demonyms ("French Quarter" is not in France; an embassy is not in
     * its country) and towns that hold the run only as an alternate name. Not inside the name of a street, road or
     * square, which is named after a place elsewhere ("Atlantic Avenue", "Northumberland Avenue"): such a name is left
     * to the report's home ({@link #withHome}).
     */
    private List<Place> placeInside(String name) {
        return runInside(name).places();
    }

    /** The places of a run of words inside a name, the run's length in words and the name's other words. */
    private record Run(List<Place> places, int words, String rest) {
        static final Run NONE = new Run(List.of(), 0, "");
    }

    private Run runInside(String name) {
        if (gazetteer.namesRoute(Gazetteer.key(name))) return Run.NONE;
        String[] words = name.split("[\\s/,]+");
        for (int len = words.length - 1; len >= 1; len--) {
            for (int from = 0; from + len <= words.length; from++) {
                String first = words[from];
                if (first.isEmpty() || !Character.isUpperCase(first.charAt(0))) continue;
                String sub = String.join(" ", Arrays.copyOfRange(words, from, from + len));
                String k = Gazetteer.key(sub);
                if (gazetteer.onlyFeatureWords(k) || gazetteer.stopRule(k) != null) continue;
                boolean initials = sub.length() >= 2 && sub.length() <= 3 && sub.chars().allMatch(Character::isUpperCase);
                List<Place> c = initials ? gazetteer.lookup(String.join(" ", k.split(""))) : List.of();
                if (c.isEmpty()) c = gazetteer.lookup(k).stream().filter(p -> namedSo(p, k)).toList();
                if (!c.isEmpty()) {
                    String rest = String.join(" ", Arrays.copyOfRange(words, 0, from)) + " "
                            + String.join(" ", Arrays.copyOfRange(words, from + len, words.length));
                    return new Run(c, len, rest.strip());
                }
            }
        }
        return areaInside(words);
    }

    /**
     * An organisation named after a continent, world region or country and no place the matcher holds: the area
     * named ("Council of Europe") or whose people's adjective leads the name ("European Commission", "African
     * Union", "Russian Academy of Sciences"): an institution named so sits in, or stands for, that area. Not an
     * adjective and one word naming a kind of place ("French Quarter", "Russian Embassy"): a kind of place of that
     * people, which may lie anywhere, nor an "International" one ("British International School"), which lies abroad.
     */
    private Run areaInside(String[] words) {
        if (words.length < 2 || words.length == 2 && gazetteer.onlyFeatureWords(Gazetteer.key(words[1]))
                || Arrays.asList(words).contains("International")) return Run.NONE;
        for (int len = words.length - 1; len >= 1; len--) {
            for (int from = 0; from + len <= words.length; from++) {
                String k = Gazetteer.key(String.join(" ", Arrays.copyOfRange(words, from, from + len)));
                boolean leading = from == 0;
                Place d = leading ? demonyms.get(k) : null;
                List<Place> c = d != null ? List.of(d) : gazetteer.lookupGiven(k).stream().filter(p ->
                        p.kind() == Place.Kind.WORLD && (leading || Gazetteer.key(p.name()).equals(k))).toList();
                if (!c.isEmpty()) return new Run(c, len, "");
            }
        }
        return Run.NONE;
    }

    /** False for a derived town that holds this key only as an alternate name ("Cambridge" for Newton). */
    private boolean namedSo(Place p, String key) {
        return p.kind() != Place.Kind.TOWN || !gazetteer.isDerived(p) || spelledAsName(p, key);
    }

    /**
     * Whether the key is the place's name or one of its aliases that spells that name another way: the ASCII form
     * ("Sanliurfa"), an article or transliteration variant ("Deir az Zawr", "Mayadin"), the name without a word
     * that names a kind of place ("Paranaque" for Paranaque City). An alias that is another name altogether
     * ("Palmyra" for the Brazilian town Santos Dumont, "Kobani" for Tanzania's Mkoani) is not. The derived rows list
     * the ASCII name first only where it differs from the name, so the first alias alone does not tell.
     */
    boolean spelledAsName(Place p, String key) {
        String name = Gazetteer.key(p.name());
        if (name.equals(key)) return true;
        for (String a : p.aliases()) {
            if (Gazetteer.key(a).equals(key)) {
                return sameSpelling(name, key) || name.startsWith(key + " ") && gazetteer.onlyFeatureWords(name.substring(key.length() + 1))
                        || name.endsWith(" " + key) && gazetteer.onlyFeatureWords(name.substring(0, name.length() - key.length() - 1))
                        || nameAbroad(p, key);
            }
        }
        return false;
    }

    /**
     * An alias that three or more other aliases spell again in other letters ("Palmyra" beside Palmira, Palmyre and
     * Palmüra for Syria's Tadmur): the name the place is known by in many languages, not one local alternate.
     */
    private static boolean nameAbroad(Place p, String key) {
        Set<String> others = new HashSet<>();
        String own = fold(key);
        for (String a : p.aliases()) {
            String k = fold(Gazetteer.key(a));
            if (!k.equals(own) && sameSpelling(k, own)) others.add(k);
        }
        return others.size() >= 3;
    }

    /** A key without spaces, with the letters that keep no accent to strip written as ASCII ("ø", "æ", "ł", "ı"). */
    private static String fold(String key) {
        StringBuilder b = new StringBuilder(key.length());
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            switch (c) {
                case ' ' -> { }
                case 'ø' -> b.append('o');
                case 'æ' -> b.append("ae");
                case 'œ' -> b.append("oe");
                case 'ß' -> b.append("ss");
                case 'ł' -> b.append('l');
                case 'đ', 'ð' -> b.append('d');
                case 'þ' -> b.append("th");
                case 'ı' -> b.append('i');
                case 'ħ' -> b.append('h');
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** Two keys that differ by at most a quarter of their letters (spaces left out): one name spelt two ways. */
    static boolean sameSpelling(String a, String b) {
        String x = fold(a), y = fold(b);
        int most = Math.max(1, Math.max(x.length(), y.length()) / 4);
        if (Math.abs(x.length() - y.length()) > most) return false;
        int[] prev = new int[y.length() + 1], cur = new int[y.length() + 1];
        for (int j = 0; j <= y.length(); j++) prev[j] = j;
        for (int i = 1; i <= x.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= y.length(); j++) {
                int sub = prev[j - 1] + (x.charAt(i - 1) == y.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j], cur[j - 1]) + 1);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[y.length()] <= most;
    }

    /** One place per name, in order; null where the gazetteer knows no place of that name. */
    public List<@Nullable Place> resolve(List<String> names) {
        return resolve(names, Set.of());
    }

    /**
     * One place per name, in order, where the report also names the people of these countries ("the Congolese
     * army", "Syrian troops") without naming them as places: a weaker hint than a country named
     * ({@value #PEOPLE_BONUS} instead of 3), since a report names its enemies' people too.
     */
    public List<@Nullable Place> resolve(List<String> names, Set<String> peoples) {
        return resolve(names, peoples, Map.of());
    }

    /**
     * As {@link #resolve(List, Set)}, where some names are written with the area they lie in after a comma ("Paris,
     * Idaho", "Churchill, Man.", "Atlanta, Georgia"): {@code within} maps the index of such a name to the index of
     * the name after the comma. The pair is read as a place inside an area wherever some reading allows it, and the
     * report means that place wherever it repeats the name; not where the first name may itself be a country or
     * region ("China, Japan": a list).
     */
    public List<@Nullable Place> resolve(List<String> names, Set<String> peoples, Map<Integer, Integer> within) {
        return resolve(names, peoples, within, Map.of());
    }

    /**
     * As {@link #resolve(List, Set, Map)}, where some names are written with the place they lie in after "in" ("St.
     * Mark's Church in Alexandria", "a museum in Turkey"): {@code lyingIn} maps the index of such a name to the index of
     * the place. A name with no reading of its own (a building, a street) takes that place's; only for names given as
     * places.
     */
    public List<@Nullable Place> resolve(List<String> names, Set<String> peoples, Map<Integer, Integer> within,
                                         Map<Integer, Integer> lyingIn) {
        return resolve(names, peoples, within, lyingIn, Set.of());
    }

    /**
     * As {@link #resolve(List, Set, Map, Map)}, where the text calls some names a state ("Washington state", "the
     * state of New York"): those read as a first-level region of that name where the gazetteer has one, not as its
     * city. Only for names given as places.
     */
    public List<@Nullable Place> resolve(List<String> names, Set<String> peoples, Map<Integer, Integer> within,
                                         Map<Integer, Integer> lyingIn, Set<Integer> states) {
        List<List<Place>> cands = new ArrayList<>(names.size());
        for (String n : names) cands.add(candidates(n));
        List<String> keys = new ArrayList<>(names.size());
        for (String n : names) keys.add(Gazetteer.key(n));
        for (var e : within.entrySet()) nestPair(cands, keys, e.getKey(), e.getValue());
        if (givenNames) readInitials(names, cands);
        Set<String> named = new HashSet<>();
        for (int i = 0; i < names.size(); i++) {
            Place country = namedCountry(cands.get(i), keys.get(i));
            if (country != null) named.add(country.country());
        }
        List<@Nullable Place> first = pass(cands, new Context(named, Map.of(), Set.of(), List.of(), Set.of(), keys, Map.of(), Map.of(), peoples));
        List<@Nullable Place> chosen = pass(cands, Context.of(named, first, keys, cands, peoples));
        if (givenNames) {
            listedRegions(cands, chosen, within);
            for (int i : states) {
                if (i < 0 || i >= chosen.size() || chosen.get(i) == null || !chosen.get(i).isPoint()) continue;
                regionOfName(cands.get(i), chosen.get(i), null).ifPresent(r -> chosen.set(i, r));
            }
        }
        return givenNames ? placeGiven(names, cands, chosen, within, lyingIn) : chosen;
    }

    /**
     * "Oregon, Utah, Washington, Wisconsin": a name read as a city but written in a comma list beside a first-level
     * region of the same country that does not hold that city is one more region of the list (the state of
     * Washington, not the capital; New York State). Not "Washington, D.C." or "Paris, Idaho", where the region after
     * the comma holds the town.
     */
    private static void listedRegions(List<List<Place>> cands, List<@Nullable Place> chosen, Map<Integer, Integer> within) {
        Map<Integer, List<Integer>> beside = new HashMap<>();
        for (var e : within.entrySet()) {
            beside.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue());
            beside.computeIfAbsent(e.getValue(), k -> new ArrayList<>()).add(e.getKey());
        }
        Map<Integer, Place> regions = new HashMap<>();
        for (var e : beside.entrySet()) {
            int i = e.getKey();
            Place p = i >= 0 && i < chosen.size() ? chosen.get(i) : null;
            if (p == null || !p.isPoint()) continue;
            for (int j : e.getValue()) {
                Place q = j >= 0 && j < chosen.size() ? chosen.get(j) : null;
                if (q == null || q.kind() != Place.Kind.ADMIN1 || !q.country().equals(p.country()) || holds(q, p)) continue;
                regionOfName(cands.get(i), p, q).ifPresent(r -> regions.put(i, r));
            }
        }
        regions.forEach(chosen::set);
    }

    /** The first-level region among a name's candidates in the country of {@code city}, other than {@code except}. */
    private static java.util.Optional<Place> regionOfName(List<Place> cands, Place city, @Nullable Place except) {
        return cands.stream().filter(r -> r.kind() == Place.Kind.ADMIN1 && r.country().equals(city.country()) && r != except)
                .findFirst();
    }

    /**
     * What only names given as places get: a name placed by the county after its comma or the place after "in", the
     * report's home for the names without a reading, and the home instead of a far town read inside a longer name
     * or of a small far town no other place of the report lies near.
     */
    private List<@Nullable Place> placeGiven(List<String> names, List<List<Place>> cands, List<@Nullable Place> chosen,
                                            Map<Integer, Integer> within, Map<Integer, Integer> lyingIn) {
        boolean[] placedIn = new boolean[names.size()];
        // "Donington Park, Leicestershire": a name the gazetteer lacks, written with its county after a comma, lies in
        // that county (not with a region or country after it: "Holliday, Mo." is no reason to read Missouri's middle).
        // A town the gazetteer holds only elsewhere is the same unlisted place ("Rockingham, Northamptonshire" is no
        // Rockingham County of New Hampshire); one that lies in the county is that town. Not a list of areas ("Kent,
        // Sussex").
        for (var e : within.entrySet()) {
            int i = e.getKey(), j = e.getValue();
            if (i < 0 || j < 0 || i >= names.size() || j >= names.size() || chosen.get(j) == null
                    || chosen.get(j).kind() != Place.Kind.ADMIN2 || cands.get(i).stream().anyMatch(p -> !p.isPoint())) continue;
            Place county = chosen.get(j), in = null;
            for (Place p : cands.get(i)) {
                if (p.distanceKm(county) <= COUNTY_KM && (in == null || p.population() > in.population())) in = p;
            }
            chosen.set(i, in != null ? in : county);
            placedIn[i] = in == null;
        }
        for (var e : lyingIn.entrySet()) {
            int i = e.getKey(), j = e.getValue();
            if (i < 0 || j < 0 || i >= names.size() || j >= names.size() || chosen.get(j) == null
                    || !ownCandidates(names.get(i)).isEmpty()) continue;
            // A place read inside the name that lies in the area after "in" is the finer guess ("Tijuana River in Baja
            // California").
            if (chosen.get(i) != null && holds(chosen.get(j), chosen.get(i))) continue;
            chosen.set(i, chosen.get(j));
            placedIn[i] = true;
        }
        boolean[] inside = new boolean[names.size()];
        for (int i = 0; i < names.size(); i++) {
            inside[i] = !placedIn[i] && chosen.get(i) != null && ownCandidates(names.get(i)).isEmpty()
                    && !placeInside(names.get(i)).isEmpty();
        }
        boolean[] oneWord = new boolean[names.size()];
        for (int i = 0; i < names.size(); i++) {
            // Not where the other word makes the town's own name ("Quebec City", "Kuwait City").
            Run run = inside[i] ? runInside(names.get(i)) : Run.NONE;
            oneWord[i] = run.words() == 1 && !Set.of("city", "town").contains(Gazetteer.key(run.rest()));
        }
        // A place read inside a longer name ("Agnes Jones House", "Dublin International Piano Competition") counts
        // half for the home: the name may be a person's or an event's; one placed by the place after "in" not at all.
        double[] vote = new double[names.size()];
        for (int i = 0; i < names.size(); i++) vote[i] = placedIn[i] ? 0 : inside[i] ? 0.5 : 1;
        // A small derived town that no other place of the report lies near ("Pioneer", "Hubbard", "Surfside" read as
        // hamlets of another state or country) is more likely an unlisted place of the report's home (a cinema, a
        // street, a beach) than the one namesake the gazetteer happens to hold.
        boolean[] stray = new boolean[names.size()];
        for (int i = 0; i < names.size(); i++) {
            Place p = chosen.get(i);
            if (p == null || placedIn[i] || p.kind() != Place.Kind.TOWN || !gazetteer.isDerived(p)
                    || p.population() == 0 || p.population() >= STRAY_POP) continue;
            boolean alone = true;
            for (Place q : chosen) {
                if (q != null && q != p && (near(p, q) || holds(q, p) && q.kind() != Place.Kind.COUNTRY)) alone = false;
            }
            stray[i] = alone;
        }
        return withHome(chosen, vote, oneWord, stray);
    }

    /**
     * For names known to be places that the gazetteer lacks (a street, a building, a park, a neighbourhood, a hamlet
     * too small to list): the report's home, the place below the country level, in the country the report's names
     * stand for most, with the most mentions counting half those of its neighbours (a town or site before a region
     * or county of as many, the first among equals), else the country it names most. A local report's unlisted
     * places lie in the town or county it is about; a geocoder's guess, off by the size of that place, not by a
     * continent. Never for the matcher, which must not place an event on a guess.
     */
    private static List<@Nullable Place> withHome(List<@Nullable Place> chosen, double[] vote, boolean[] oneWord,
                                                  boolean[] stray) {
        boolean strayAny = false;
        for (boolean b : stray) strayAny |= b;
        if (!chosen.contains(null) && !strayAny) return chosen;
        Map<Place, Double> mentions = new LinkedHashMap<>();
        for (int i = 0; i < chosen.size(); i++) {
            Place p = chosen.get(i);
            if (p == null || vote[i] == 0 || p.kind() == Place.Kind.WORLD || p.kind() == Place.Kind.COUNTRY) continue;
            mentions.merge(p, vote[i], Double::sum);
        }
        // Each place's mentions, and half those of the report's other places near it or inside it: a report's home
        // is where its places gather, not a stray reading named as often ("South Side" read as a New York hamlet in
        // a report on Chicago's Near North Side and Park Ridge).
        // And in the country the report's names stand for most (countries named included): a stray reading in
        // another country ("Centre", Burkina Faso, in a report on Karnataka and Tamil Nadu) is no home.
        Map<String, Double> byCountry = new HashMap<>();
        for (int i = 0; i < chosen.size(); i++) {
            Place p = chosen.get(i);
            if (p != null && p.kind() != Place.Kind.WORLD) byCountry.merge(p.country(), vote[i], Double::sum);
        }
        String main = null;
        for (Place p : mentions.keySet()) {
            if (main == null || byCountry.get(p.country()) > byCountry.get(main)) main = p.country();
        }
        Place home = null;
        double top = 0;
        for (Place p : mentions.keySet()) {
            if (!p.country().equals(main)) continue;
            double s = mentions.get(p);
            for (var q : mentions.entrySet()) {
                if (q.getKey() != p && (near(p, q.getKey()) || holds(p, q.getKey()))) s += 0.5 * q.getValue();
            }
            if (home == null || s > top || s == top && p.isPoint() && !home.isPoint()) {
                home = p;
                top = s;
            }
        }
        if (home == null) {
            Map<Place, Integer> countries = new HashMap<>();
            for (Place p : chosen) {
                if (p == null || p.kind() != Place.Kind.COUNTRY) continue;
                int n = countries.merge(p, 1, Integer::sum);
                if (home == null || n > countries.get(home)) home = p;
            }
        }
        if (home == null) return chosen;
        Set<String> countriesNamed = new HashSet<>();
        for (Place p : chosen) if (p != null && p.kind() == Place.Kind.COUNTRY) countriesNamed.add(p.country());
        List<@Nullable Place> out = new ArrayList<>(chosen.size());
        for (int i = 0; i < chosen.size(); i++) {
            Place p = chosen.get(i);
            // A town read from one word inside a longer name, far from the home, is more likely a person's name
            // ("Robert Trent Jones Golf Club", "Pitman Family Farms") than a building in a distant namesake.
            boolean far = p != null && p.kind() == Place.Kind.TOWN && farFromHome(p, home);
            // Not a stray town in another country the report names ("Visbek" in a report on Turkey that names Germany).
            boolean strays = stray[i] && home.kind() != Place.Kind.COUNTRY
                    && (p.country().equals(home.country()) || !countriesNamed.contains(p.country()));
            out.add(p == null || far && (oneWord[i] || strays) ? home : p);
        }
        return out;
    }

    /**
     * Initials the gazetteer does not hold ("SA", "T&T", "KZN") stand for a place the report also names in full whose
     * name they spell ("South Africa", "Trinidad and Tobago", "KwaZulu-Natal"): a report writes the name out once and
     * abbreviates it after. Only a country, a first-level region or a name's only reading; none where two places
     * fit.
     */
    private static void readInitials(List<String> names, List<List<Place>> cands) {
        for (int i = 0; i < names.size(); i++) {
            String letters = names.get(i).strip().replaceAll("[.&]", "");
            if (!cands.get(i).isEmpty() || letters.length() < 2 || letters.length() > 4
                    || !letters.chars().allMatch(Character::isUpperCase)) continue;
            Place found = null;
            boolean twice = false;
            for (int j = 0; j < names.size() && !twice; j++) {
                List<Place> c = cands.get(j);
                for (Place p : c) {
                    if ((c.size() == 1 || p.kind() == Place.Kind.COUNTRY || p.kind() == Place.Kind.ADMIN1)
                            && letters.equals(initials(p.name()))) {
                        if (found != null && found != p) twice = true;
                        found = p;
                    }
                }
            }
            if (found != null && !twice) cands.set(i, List.of(found));
        }
    }

    /** The first letters of a name's words, capitals within a word too, without "and", "of", "the" ("KwaZulu-Natal": KZN). */
    static String initials(String name) {
        StringBuilder b = new StringBuilder();
        for (String w : name.split("[\\s-]+")) {
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) continue;
            for (int k = 0; k < w.length(); k++) if (Character.isUpperCase(w.charAt(k))) b.append(w.charAt(k));
        }
        return b.toString();
    }

    private static boolean farFromHome(Place p, Place home) {
        if (home.kind() == Place.Kind.COUNTRY) return !p.country().equals(home.country());
        if (holds(p, home) || p.kind() == Place.Kind.COUNTRY && p.country().equals(home.country())) return false;
        return p.distanceKm(home) > NEAR_KM;
    }

    /** Two points, or a point and a county, within {@value #NEAR_KM} km of each other. */
    private static boolean near(Place a, Place b) {
        boolean pa = a.isPoint() || a.kind() == Place.Kind.ADMIN2, pb = b.isPoint() || b.kind() == Place.Kind.ADMIN2;
        return pa && pb && a.distanceKm(b) <= NEAR_KM;
    }

    /**
     * "Paris, Idaho": keeps of the inner name the candidates that lie in a country or region the outer name may stand
     * for, and of the outer name the areas that hold one of them; every repetition of the inner name keeps the same.
     * Leaves both as they are where no reading nests.
     */
    private void nestPair(List<List<Place>> cands, List<String> keys, int inner, int outer) {
        if (inner < 0 || outer < 0 || inner >= cands.size() || outer >= cands.size()) return;
        // "China, Japan", "Indiana, Ohio": a list of areas, not a place and its area.
        if (cands.get(inner).stream().anyMatch(p -> p.kind() == Place.Kind.COUNTRY || p.kind() == Place.Kind.ADMIN1)) return;
        String outerKey = keys.get(outer);
        List<Place> areas = cands.get(outer).stream()
                .filter(a -> a.kind() == Place.Kind.COUNTRY || a.kind() == Place.Kind.ADMIN1 && a.admin1() != null)
                .filter(a -> !namesOtherKind(outerKey, a)).toList();
        List<Place> inside = cands.get(inner).stream()
                .filter(p -> areas.stream().anyMatch(a -> holds(a, p))).toList();
        if (inside.isEmpty()) return;
        cands.set(outer, areas.stream().filter(a -> inside.stream().anyMatch(p -> holds(a, p))).toList());
        for (int i = 0; i < cands.size(); i++) if (keys.get(i).equals(keys.get(inner))) cands.set(i, inside);
    }

    /** "Quebec City" for the province of Quebec: the area's name and a word that names another kind of place. */
    private boolean namesOtherKind(String key, Place area) {
        String own = Gazetteer.key(area.name());
        return key.startsWith(own + " ") && gazetteer.onlyFeatureWords(key.substring(own.length() + 1));
    }

    /** Whether a place lies in a country or first-level region (by its codes, not its point). */
    private static boolean holds(Place area, Place p) {
        if (!area.country().equals(p.country()) || area == p) return false;
        return area.kind() == Place.Kind.COUNTRY || area.admin1().equals(p.admin1());
    }

    /**
     * The country a name stands for beyond doubt: its only candidate, or the only one besides hamlets read just for
     * given names and towns that hold the name only as an alternate name ("Canada" beside La Cañada). A town that
     * bears the name as its own (Lebanon, Pennsylvania) or a region (the state of Georgia) leaves it open.
     */
    private @Nullable Place namedCountry(List<Place> candidates, String key) {
        Place country = null;
        for (Place p : candidates) {
            if (p.kind() == Place.Kind.COUNTRY) {
                if (country != null) return null;
                country = p;
            } else if (!p.isPoint() || !gazetteer.isGivenOnly(p) && bearsName(p, key)) {
                return null;
            }
        }
        return country;
    }

    /** Whether the place's name or one of its own aliases (not a key it only matches through) has this key. */
    private static boolean ownSpelling(Place p, String key) {
        if (Gazetteer.key(p.name()).equals(key)) return true;
        for (String a : p.aliases()) if (Gazetteer.key(a).equals(key)) return true;
        return false;
    }

    /** A hand-written place, or a derived one whose own name (not an alternate one) has this key. */
    private boolean bearsName(Place p, String key) {
        return !gazetteer.isDerived(p) || Gazetteer.key(p.name()).equals(key);
    }

    /** The best candidate of one name with only the countries the report names as context. */
    public @Nullable Place resolve(String name, Set<String> reportCountries) {
        List<Place> c = candidates(name);
        return c.isEmpty() ? null : best(c, new Context(reportCountries, Map.of(), Set.of(), List.of()), -1, null);
    }

    private List<@Nullable Place> pass(List<List<Place>> cands, Context ctx) {
        List<@Nullable Place> out = new ArrayList<>(cands.size());
        for (int i = 0; i < cands.size(); i++) {
            out.add(cands.get(i).isEmpty() ? null : best(cands.get(i), ctx, i, i < ctx.keys().size() ? ctx.keys().get(i) : null));
        }
        return out;
    }

    private Place best(List<Place> candidates, Context ctx, int self, @Nullable String key) {
        if (candidates.size() == 1) return candidates.get(0);
        Place best = null;
        double top = Double.NEGATIVE_INFINITY;
        for (Place p : candidates) {
            if (capitalNamesake(p, candidates, gazetteer)) continue;
            double s = score(p, ctx, self);
            // A derived town named so only by one of its alternate names, not its name spelt some way ("Cambridge" is
            // not Newton).
            if (key != null && p.kind() == Place.Kind.TOWN && gazetteer.isDerived(p) && !spelledAsName(p, key)) {
                s -= 1;
            }
            // A county named without its "County" ("Barrow", "Douglas") is a weaker reading than a town of that name.
            if (key != null && p.kind() == Place.Kind.ADMIN2 && !ownSpelling(p, key)) s -= BARE_DIVISION_PENALTY;
            if (s > top || (s == top && p.id().compareTo(best.id()) < 0)) {
                top = s;
                best = p;
            }
        }
        return best != null && key != null && best.kind() == Place.Kind.COUNTRY ? localNamesake(best, candidates, ctx, self, key) : best;
    }

    /**
     * A country named like a town that the report's own places surround ("Lebanon" beside Myerstown, "Jordan"
     * beside Shakopee): the town, where every other name of the report lies in the town's country, one of them
     * within {@value #NEAR_KM} km of it, and the town bears the name as its own. Otherwise the country: a report
     * that names Houston and Germany means China the country, not China, Texas.
     */
    private Place localNamesake(Place country, List<Place> candidates, Context ctx, int self, String key) {
        if (ctx.named.contains(country.country()) || ctx.share(country.country(), self) > 0) return country;
        Place best = country;
        double top = Double.NEGATIVE_INFINITY;
        for (Place p : candidates) {
            if (!p.isPoint() || ctx.share(p.country(), self) < 1 || !amongOwnPlaces(p, ctx, self)
                    || !namedSo(p, key)) continue;
            double s = score(p, ctx, self);
            if (s > top) {
                top = s;
                best = p;
            }
        }
        return best;
    }

    /** A point near another of the report's places, or inside a region or county the report names. */
    private static boolean amongOwnPlaces(Place p, Context ctx, int self) {
        return nearPoints(p, ctx, self) > 0 || ctx.inNamedCounty(p, self)
                || p.admin1() != null && ctx.regions().contains(p.country() + "\t" + p.admin1());
    }

    private static int nearPoints(Place p, Context ctx, int self) {
        int near = 0;
        for (int i = 0; i < ctx.points.size() && near < 2; i++) {
            Located o = ctx.points.get(i);
            if (o.index != self && o.place != p && o.place.distanceKm(p) <= NEAR_KM) near++;
        }
        return near;
    }

    /**
     * A region named like a town inside it ("Erbil", "Homs", "Taiz"): the bare name means the town, as the matcher
     * also prefers a point; reports say "Erbil province" for the region.
     */
    private static boolean capitalNamesake(Place region, List<Place> candidates, Gazetteer gazetteer) {
        if (region.kind() != Place.Kind.ADMIN1) return false;
        for (Place t : candidates) {
            if (t.isPoint() && !gazetteer.isGivenOnly(t) && t.country().equals(region.country())
                    && (region.admin1() != null && region.admin1().equals(t.admin1()) || t.distanceKm(region) <= 150)) {
                return true;
            }
        }
        return false;
    }

    double score(Place p, Context ctx, int self) {
        // Countries carry no population; a country name almost always means the country ("Georgia" aside).
        double s = p.kind() == Place.Kind.COUNTRY || p.kind() == Place.Kind.WORLD ? 7 : Math.log10(p.population() + 10);
        switch (p.kind()) {
            case COUNTRY, WORLD -> s += 4;
            case ADMIN1 -> s += 1;
            case SITE -> s += 5; // an airport or base is named as such ("Erbil airport"): rarely a homonym
            default -> { }
        }
        if (!gazetteer.isDerived(p)) s += 2;
        // A city of half a million or more, named by its own name, is the one readers know ("London", "Rome",
        // "Portland" in a report naming Ohio or Texas; "Paris" beside Russia is not the village Parizh).
        if (p.isPoint() && p.population() >= BIG_CITY && self >= 0 && self < ctx.keys().size()
                && bearsName(p, ctx.keys().get(self))) {
            s += BIG_CITY_BONUS;
        }
        if (ctx.named.contains(p.country())) s += 3;
        else if (insideNamedCountry(p, ctx.named)) s += 1.5;
        else if (ctx.peoples.contains(p.country()) && p.kind() != Place.Kind.COUNTRY) s += PEOPLE_BONUS;
        s += 3 * ctx.share(p.country(), self);
        if (p.kind() != Place.Kind.COUNTRY && p.kind() != Place.Kind.ADMIN1 && p.admin1() != null
                && ctx.regions.contains(p.country() + "\t" + p.admin1())) {
            s += 2.5;
        } else if (p.isPoint() && p.admin1() != null && ctx.inRegionCandidate(p, self)) {
            // A region another name may stand for, though it was read otherwise ("Atlanta" beside a "Georgia" read
            // as the country).
            s += REGION_CANDIDATE_BONUS;
        }
        // A region the report's other places lie in ("Georgia" in a report on Atlanta and Macon).
        if (p.kind() == Place.Kind.ADMIN1 && p.admin1() != null && ctx.pointRegions.contains(p.country() + "\t" + p.admin1())) {
            s += 2.5;
        }
        if (p.isPoint()) s += 1.5 * nearPoints(p, ctx, self);
        if (p.isPoint() || p.kind() == Place.Kind.ADMIN2) s += 1.5 * Math.min(2, ctx.coSupport(p, self));
        // A town in a county the report names, whichever of that name's counties it is ("Huntsville" with "Walker
        // County" is Huntsville, Texas): a county is small enough that lying inside one of the same name is telling.
        if (p.isPoint() && ctx.inNamedCounty(p, self)) s += 2.5;
        // And a county that holds a town another name of the report may stand for.
        if (p.kind() == Place.Kind.ADMIN2 && ctx.holdsNamedTown(p, self)) s += 2.5;
        return s;
    }

    /**
     * A place of another country that lies within the box of a country the report names: Gaza with Israel and Egypt,
     * a town of Crimea or Abkhazia in a report on Russia. Such reports name the neighbour, not the territory.
     */
    private boolean insideNamedCountry(Place p, Set<String> named) {
        if (p.kind() == Place.Kind.COUNTRY || p.kind() == Place.Kind.WORLD) return false;
        for (String code : named) {
            Country c = gazetteer.country(code).orElse(null);
            if (c != null && c.contains(p.lat(), p.lon())) return true;
        }
        return false;
    }

    private record Located(int index, Place place) {
    }

    /**
     * What the rest of the report says: countries named, the countries of the other names (each distinct name once,
     * so that a name repeated does not vote for its own first reading), regions named, points, regions of points.
     */
    private record Context(Set<String> named, Map<String, Double> countryCount, Set<String> regions,
                           List<Located> points, Set<String> pointRegions, List<String> keys,
                           Map<String, Place> byKey, Map<String, List<Place>> candidatesByKey, Set<String> peoples) {
        Context(Set<String> named, Map<String, Double> countryCount, Set<String> regions, List<Located> points) {
            this(named, countryCount, regions, points, Set.of(), List.of(), Map.of(), Map.of(), Set.of());
        }

        /**
         * Support from the candidates of the other distinct names, chosen or not: for each other name, 1 / its
         * number of candidates if one of them (a point or a county) lies within {@value #NEAR_KM} km of p ("Paris"
         * and "Henry County" are Paris, Tennessee and Henry County, Tennessee, whatever each alone would be).
         */
        double coSupport(Place p, int self) {
            String own = self >= 0 && self < keys.size() ? keys.get(self) : null;
            double s = 0;
            for (var e : candidatesByKey.entrySet()) {
                if (e.getKey().equals(own)) continue;
                for (Place q : e.getValue()) {
                    if (q != p && (q.isPoint() || q.kind() == Place.Kind.ADMIN2) && q.distanceKm(p) <= NEAR_KM) {
                        s += 1.0 / e.getValue().size();
                        break;
                    }
                }
            }
            return s;
        }

        /** Whether a candidate of another distinct name passes the test. */
        boolean anyOther(int self, Predicate<Place> test) {
            String own = self >= 0 && self < keys.size() ? keys.get(self) : null;
            for (var e : candidatesByKey.entrySet()) {
                if (e.getKey().equals(own)) continue;
                for (Place q : e.getValue()) if (test.test(q)) return true;
            }
            return false;
        }

        /** Whether a county another distinct name may stand for lies within {@value #COUNTY_KM} km of p. */
        boolean inNamedCounty(Place p, int self) {
            return anyOther(self, q -> q.kind() == Place.Kind.ADMIN2 && q.distanceKm(p) <= COUNTY_KM);
        }

        /** Whether a point another distinct name may stand for lies within {@value #COUNTY_KM} km of a county. */
        boolean holdsNamedTown(Place county, int self) {
            return anyOther(self, q -> q.isPoint() && q.distanceKm(county) <= COUNTY_KM);
        }

        /** Whether another distinct name may stand for the first-level region p lies in. */
        boolean inRegionCandidate(Place p, int self) {
            return anyOther(self, q -> q.kind() == Place.Kind.ADMIN1 && q.country().equals(p.country())
                    && Objects.equals(p.admin1(), q.admin1()));
        }

        /** Share of the other distinct names resolved in this country. */
        double share(String country, int self) {
            Double c = countryCount.get(country);
            if (c == null) return 0;
            double n = byKey.size();
            Place own = self >= 0 && self < keys.size() ? byKey.get(keys.get(self)) : null;
            if (own != null) {
                n--;
                if (own.country().equals(country)) c--;
            }
            return n <= 0 ? 0 : c / n;
        }

        static Context of(Set<String> named, List<@Nullable Place> chosen, List<String> keys, List<List<Place>> cands,
                          Set<String> peoples) {
            Map<String, List<Place>> candidatesByKey = new HashMap<>();
            for (int i = 0; i < keys.size(); i++) if (!cands.get(i).isEmpty()) candidatesByKey.putIfAbsent(keys.get(i), cands.get(i));
            Map<String, Double> count = new HashMap<>();
            Map<String, Place> byKey = new HashMap<>();
            Set<String> regions = new HashSet<>();
            List<Located> points = new ArrayList<>();
            Set<String> pointRegions = new HashSet<>();
            for (int i = 0; i < chosen.size(); i++) {
                Place p = chosen.get(i);
                if (p == null || p.kind() == Place.Kind.WORLD) continue;
                if (byKey.putIfAbsent(keys.get(i), p) == null) count.merge(p.country(), 1.0, Double::sum);
                if (p.kind() == Place.Kind.ADMIN1 && p.admin1() != null) regions.add(p.country() + "\t" + p.admin1());
                if (p.isPoint()) points.add(new Located(i, p));
                if ((p.isPoint() || p.kind() == Place.Kind.ADMIN2) && p.admin1() != null) {
                    pointRegions.add(p.country() + "\t" + p.admin1());
                }
            }
            return new Context(named, count, regions, points, pointRegions, keys, byKey, candidatesByKey, peoples);
        }
    }
}
