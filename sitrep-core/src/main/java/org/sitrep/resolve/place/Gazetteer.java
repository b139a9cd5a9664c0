package org.sitrep.resolve.place;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.sitrep.refdata.Names;
import org.sitrep.refdata.TsvRows;

/**
 * Places by normalised name ({@link Names#key}). Loaded once from the hand-written {@code countries.tsv},
 * {@code places.tsv}, {@code sites.tsv} (bases, fields, crossings, embassies) and {@code villages.tsv} (villages, camps and
 * neighbourhoods that conflict reports name and GeoNames cities500 lacks) and, where present, the derived world gazetteer built by {@code scripts/build-gazetteer} from
 * GeoNames ({@code world-countries.tsv.gz}, {@code world-places.tsv.gz}) with its {@code place-stopwords.tsv}
 * (classpath by default, or a folder holding them); immutable and shared by every thread.
 *
 * <p>Hand-written rows carry the project's corrections and win: a derived country or place with a hand-written id is
 * left out; so is a derived region that shares a name with a hand-written region of its country (its towns then name
 * the hand-written region as their admin1), and a derived town named like a hand-written site or town of its
 * country within {@value #SAME_POINT_KM} km (its spellings become extra names of the hand-written one). Derived
 * places of unknown countries are dropped and counted. A stopword key is never indexed for a derived place, or only
 * matched in some contexts (see {@link StopRule}).
 */
public final class Gazetteer {
    /** How far apart a hand-written and a derived point of one name may be and still be one place. */
    static final double SAME_POINT_KM = 30;
    /** The longest derived name indexed, in words. */
    static final int MAX_DERIVED_TOKENS = 6;

    /** When a derived place may be matched under a stopword key. */
    enum StopRule {
        /** Never matched to a derived place. */
        NEVER,
        /** Only where the capital is not just the sentence's first word. */
        MID_SENTENCE,
        /** Mid-sentence, and only to a place in a country the report names. */
        REPORT_COUNTRY
    }

    private final Map<String, List<Place>> byKey;
    /**
     * Places read only for names known to be places (a gold span, a field that holds a place name), never looked
     * for in running text: derived places under a {@link StopRule#NEVER} stopword, smaller towns, US counties and
     * other second-level divisions such as UK and Irish counties ({@code world-more.tsv.gz}), continents and world
     * regions ({@code world-regions.tsv}) and abbreviations ({@code place-abbreviations.tsv}, "Ky.", "W.Va.").
     */
    private final Map<String, List<Place>> givenByKey;
    private final Map<String, Country> countries;
    private final Map<String, Place> byId;
    private final Set<Place> derived;
    private final Set<Place> givenOnly;
    private final Map<String, StopRule> stopwords;
    private final int longestKey;
    private final int droppedDerived;
    /** Normalised words that name a kind of place ({@code place-feature-words.tsv}: "street", "hospital"). */
    private final Set<String> featureWords;
    /** Of those, the words that name a street, road or square ({@code kind} route), which is named after other places. */
    private final Set<String> routeWords;
    /** Of those, the words that name a stretch of land ({@code kind} landform: "mountains", "valley"). */
    private final Set<String> landformWords;
    /**
     * Second-level divisions read only for given names, by their name without a last word that names a kind of place
     * ("dekalb" for DeKalb County, "pointe coupee" for Pointe Coupee Parish).
     */
    private final Map<String, List<Place>> divisionsByBareKey;
    /**
     * Countries and first-level regions named "X and Y", by "x": reports call Newfoundland and Labrador
     * "Newfoundland", Bosnia and Herzegovina "Bosnia".
     */
    private final Map<String, List<Place>> byFirstPart;
    /** First-level regions by country and admin1 name, hand-written ones first: the region a town lies in. */
    private final Map<String, Place> regions;

    /** What is read only for names given as places: see {@link #givenByKey}. */
    private record Given(List<Place> more, List<WorldArea> world, List<TsvRows.Row> abbreviations,
                         List<TsvRows.Row> featureWords) {
        static final Given NONE = new Given(List.of(), List.of(), List.of(), List.of());
    }

    private Gazetteer(List<Country> countryList, List<Place> places) {
        this(countryList, List.of(), places, List.of(), Map.of(), Given.NONE);
    }

    private Gazetteer(List<Country> countryList, List<Country> worldCountries, List<Place> places,
                      List<Place> worldPlaces, Map<String, StopRule> stopwords, Given given) {
        Map<String, List<Place>> keys = new HashMap<>(1 << 18);
        Map<String, List<Place>> givenKeys = new HashMap<>(1 << 18);
        Map<String, Country> cs = new HashMap<>();
        Map<String, Place> ids = new HashMap<>(1 << 17);
        Set<Place> fromWorld = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<Place> givenOnly = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Country c : countryList) {
            if (cs.put(c.code(), c) != null) throw new IllegalArgumentException("duplicate country " + c.code());
            Place p = c.asPlace();
            ids.put(p.id(), p);
            for (String n : countryNames(c)) index(keys, n, p);
        }
        for (Country c : worldCountries) {
            if (cs.containsKey(c.code())) continue;
            cs.put(c.code(), c);
            Place p = c.asPlace();
            ids.put(p.id(), p);
            fromWorld.add(p);
            for (String n : countryNames(c)) indexDerived(keys, givenKeys, n, p, stopwords);
        }
        // Hand-written regions and points by (country, key), to find the derived rows they supersede.
        Map<String, Place> handAreas = new HashMap<>();
        Map<String, List<Place>> handPoints = new HashMap<>();
        for (Place p : places) {
            if (ids.put(p.id(), p) != null) throw new IllegalArgumentException("duplicate place id " + p.id());
            if (!cs.containsKey(p.country())) throw new IllegalArgumentException(p.id() + ": unknown country " + p.country());
            index(keys, p.name(), p);
            for (String a : p.aliases()) index(keys, a, p);
            for (String n : names(p)) {
                String k = p.country() + "\t" + key(n);
                if (p.kind() == Place.Kind.ADMIN1) handAreas.putIfAbsent(k, p);
                else if (p.isPoint()) handPoints.computeIfAbsent(k, x -> new ArrayList<>()).add(p);
            }
        }
        // Derived regions superseded by hand-written ones, and the admin1 names their towns take instead.
        Map<String, String> admin1Renames = new HashMap<>();
        Set<Place> superseded = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Place p : worldPlaces) {
            if (p.kind() != Place.Kind.ADMIN1) continue;
            for (String n : names(p)) {
                Place hand = handAreas.get(p.country() + "\t" + key(n));
                if (hand != null) {
                    superseded.add(p);
                    if (hand.admin1() != null) admin1Renames.put(p.country() + "\t" + p.admin1(), hand.admin1());
                    break;
                }
            }
        }
        int dropped = 0;
        for (Place p : worldPlaces) {
            if (ids.containsKey(p.id()) || !cs.containsKey(p.country())) {
                dropped++;
                continue;
            }
            if (superseded.contains(p)) continue;
            if (p.admin1() != null) {
                String renamed = admin1Renames.get(p.country() + "\t" + p.admin1());
                if (renamed != null) p = withAdmin1(p, renamed);
            }
            Place same = p.isPoint() ? samePoint(handPoints.get(p.country() + "\t" + key(p.name())), p) : null;
            if (same != null) {
                // One place: the hand-written row stands, and learns the derived spellings that are no stopword.
                for (String a : p.aliases()) if (!stopwords.containsKey(key(a))) index(keys, a, same);
                continue;
            }
            ids.put(p.id(), p);
            fromWorld.add(p);
            indexDerived(keys, givenKeys, p.name(), p, stopwords);
            for (String a : p.aliases()) indexDerived(keys, givenKeys, a, p, stopwords);
        }
        for (Place p : given.more()) {
            if (ids.containsKey(p.id()) || !cs.containsKey(p.country())) continue;
            if (p.admin1() != null) {
                String renamed = admin1Renames.get(p.country() + "\t" + p.admin1());
                if (renamed != null) p = withAdmin1(p, renamed);
            }
            ids.put(p.id(), p);
            fromWorld.add(p);
            givenOnly.add(p);
            index(givenKeys, p.name(), p);
            for (String a : p.aliases()) index(givenKeys, a, p);
        }
        for (WorldArea w : given.world()) {
            Place p = w.place();
            if (ids.put(p.id(), p) != null) throw new IllegalArgumentException("duplicate place id " + p.id());
            index(givenKeys, p.name(), p);
            for (String a : p.aliases()) index(givenKeys, a, p);
            // Given as a place, "European" can only stand for Europe; read after the countries' demonyms.
            for (String d : w.demonyms()) index(givenKeys, d, p);
        }
        for (TsvRows.Row r : given.abbreviations()) {
            Place p = ids.get(r.required("id"));
            if (p != null) index(givenKeys, r.required("name"), p);
        }
        Set<String> fw = new HashSet<>();
        Set<String> routes = new HashSet<>();
        Set<String> landforms = new HashSet<>();
        for (TsvRows.Row r : given.featureWords()) {
            fw.add(key(r.required("word")));
            if (r.required("kind").equals("route")) routes.add(key(r.required("word")));
            if (r.required("kind").equals("landform")) landforms.add(key(r.required("word")));
        }
        // An airport given by its own name, without the place it serves ("Heathrow", "Dulles International Airport",
        // "Schiphol"): only for names given as places, since "Heathrow" in running text may be the Florida town.
        for (Place w : worldPlaces) {
            Place p = ids.get(w.id());
            if (p == null || p.kind() != Place.Kind.SITE || !fromWorld.contains(p)) continue;
            for (String n : names(p)) for (String own : ownAirportNames(n, p, keys, givenKeys, fw)) index(givenKeys, own, p);
        }
        int longest = 0;
        for (String k : keys.keySet()) longest = Math.max(longest, tokens(k));
        keys.replaceAll((k, v) -> v.size() == 1 ? List.of(v.get(0)) : List.copyOf(v));
        givenKeys.replaceAll((k, v) -> v.size() == 1 ? List.of(v.get(0)) : List.copyOf(v));
        this.givenByKey = Collections.unmodifiableMap(givenKeys);
        // Not copied again: these maps are large and never leave this object writable.
        this.byKey = Collections.unmodifiableMap(keys);
        this.countries = Map.copyOf(cs);
        this.byId = Collections.unmodifiableMap(ids);
        this.derived = fromWorld;
        this.givenOnly = givenOnly;
        this.stopwords = Map.copyOf(stopwords);
        this.longestKey = longest;
        this.droppedDerived = dropped;
        this.featureWords = Set.copyOf(fw);
        this.routeWords = Set.copyOf(routes);
        this.landformWords = Set.copyOf(landforms);
        Map<String, List<Place>> divisions = new HashMap<>();
        for (Place p : givenOnly) {
            if (p.kind() != Place.Kind.ADMIN2) continue;
            String k = key(p.name());
            int cut = k.lastIndexOf(' ');
            if (cut > 0 && fw.contains(k.substring(cut + 1))) index(divisions, k.substring(0, cut), p);
        }
        divisions.replaceAll((k, v) -> List.copyOf(v));
        this.divisionsByBareKey = Map.copyOf(divisions);
        Map<String, List<Place>> firsts = new HashMap<>();
        for (Place p : ids.values()) {
            if (p.kind() != Place.Kind.COUNTRY && p.kind() != Place.Kind.ADMIN1) continue;
            String k = key(p.name());
            int and = k.indexOf(" and ");
            if (and > 0 && k.indexOf(" and ", and + 1) < 0) index(firsts, k.substring(0, and), p);
        }
        firsts.replaceAll((k, v) -> List.copyOf(v));
        this.byFirstPart = Map.copyOf(firsts);
        Map<String, Place> rs = new HashMap<>();
        for (Place p : ids.values()) {
            if (p.kind() != Place.Kind.ADMIN1 || p.admin1() == null) continue;
            rs.merge(p.country() + "\t" + p.admin1(), p, (a, b) -> fromWorld.contains(a) && !fromWorld.contains(b) ? b : a);
        }
        this.regions = Map.copyOf(rs);
    }

    private static List<String> names(Place p) {
        List<String> out = new ArrayList<>(p.aliases().size() + 1);
        out.add(p.name());
        out.addAll(p.aliases());
        return out;
    }

    private static @Nullable Place samePoint(@Nullable List<Place> hand, Place p) {
        if (hand == null) return null;
        for (Place h : hand) if (h.distanceKm(p) <= SAME_POINT_KM) return h;
        return null;
    }

    private static Place withAdmin1(Place p, String admin1) {
        return new Place(p.id(), p.name(), p.kind(), p.country(), admin1, p.lat(), p.lon(), p.population(), p.aliases());
    }

    /**
     * The keys of an airport's name after the longest leading run of words that names a town, region or country of
     * its own country ("London Heathrow Airport": "heathrow airport", "heathrow"; "Amsterdam Airport Schiphol":
     * "schiphol"); none where nothing of its own is left ("Kansas City International Airport") or what is left
     * begins with a place of that country too.
     */
    private static List<String> ownAirportNames(String name, Place airport, Map<String, List<Place>> keys,
                                                Map<String, List<Place>> givenKeys, Set<String> fw) {
        String[] words = key(name).split(" ");
        for (int i = words.length - 1; i >= 1; i--) {
            if (!namesPlaceOf(String.join(" ", Arrays.copyOfRange(words, 0, i)), airport.country(), keys, givenKeys)) continue;
            int from = i, to = words.length;
            while (from < to && fw.contains(words[from])) from++;
            int core = to;
            while (core > from && fw.contains(words[core - 1])) core--;
            if (core == from) return List.of();
            // "Fort Lauderdale Hollywood International Airport", "Kalamazoo Battle Creek International Airport": what
            // is left begins with another place it serves.
            for (int k = from + 1; k <= to; k++) {
                if (namesPlaceOf(String.join(" ", Arrays.copyOfRange(words, from, k)), airport.country(), keys, givenKeys)) {
                    return List.of();
                }
            }
            String bare = String.join(" ", Arrays.copyOfRange(words, from, core));
            String whole = String.join(" ", Arrays.copyOfRange(words, from, to));
            return bare.equals(whole) ? List.of(bare) : List.of(bare, whole);
        }
        return List.of();
    }

    /** Whether a key names a town, region or country (not another airport) of the country, read in text or given. */
    private static boolean namesPlaceOf(String key, String country, Map<String, List<Place>> keys,
                                        Map<String, List<Place>> givenKeys) {
        for (Map<String, List<Place>> m : List.of(keys, givenKeys)) {
            List<Place> places = m.get(key);
            if (places != null && places.stream().anyMatch(q -> q.kind() != Place.Kind.SITE && q.country().equals(country))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A country's name and aliases, each also without the "the" of an "of the" ("Democratic Republic of Congo",
     * "Republic of Congo"), as news agencies write them.
     */
    private static List<String> countryNames(Country c) {
        List<String> out = new ArrayList<>();
        out.add(c.name());
        out.addAll(c.aliases());
        for (String n : List.copyOf(out)) {
            String without = n.replace(" of the ", " of ");
            if (!without.equals(n)) out.add(without);
        }
        return out;
    }

    /**
     * {@link Names#key}, with a fast path for plain ASCII (most names), where it is lower case with apostrophes
     * dropped and every other run of non-alphanumerics one space.
     */
    static String key(String name) {
        StringBuilder b = new StringBuilder(name.length());
        boolean space = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c >= 0x80) return Names.key(name);
            if (c == '\'' || c == '`') continue;
            boolean alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
            if (!alnum) {
                space = b.length() > 0;
                continue;
            }
            if (space) b.append(' ');
            space = false;
            b.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
        }
        return b.toString();
    }

    private static int tokens(String key) {
        int n = 1;
        for (int i = 0; i < key.length(); i++) if (key.charAt(i) == ' ') n++;
        return n;
    }

    private static void index(Map<String, List<Place>> keys, String name, Place p) {
        String k = key(name);
        if (k.isEmpty()) return;
        List<Place> list = keys.computeIfAbsent(k, x -> new ArrayList<>(1));
        if (!list.contains(p)) list.add(p);
    }

    /**
     * A derived name: not under a key whose stop rule is {@link StopRule#NEVER}, nor one longer than
     * {@value #MAX_DERIVED_TOKENS} words (news do not spell out "Dadra and Nagar Haveli and Daman and Diu"), which
     * would widen every matcher window.
     */
    private static void indexDerived(Map<String, List<Place>> keys, Map<String, List<Place>> given, String name, Place p,
                                     Map<String, StopRule> stop) {
        String k = key(name);
        if (k.isEmpty()) return;
        List<Place> list = (stop.get(k) == StopRule.NEVER || tokens(k) > MAX_DERIVED_TOKENS ? given : keys)
                .computeIfAbsent(k, x -> new ArrayList<>(1));
        if (!list.contains(p)) list.add(p);
    }

    /** The bundled gazetteer: the hand-written starter files and, where built, the derived world gazetteer. */
    public static Gazetteer bundled() {
        Class<?> a = Gazetteer.class;
        return new Gazetteer(countries(TsvRows.resource(a, "countries.tsv")),
                TsvRows.hasResource(a, WORLD_COUNTRIES) ? countries(TsvRows.resource(a, WORLD_COUNTRIES)) : List.of(),
                handPlaces(TsvRows.resource(a, "places.tsv"), TsvRows.resource(a, SITES),
                        TsvRows.hasResource(a, VILLAGES) ? TsvRows.resource(a, VILLAGES) : List.of()),
                TsvRows.hasResource(a, WORLD_PLACES) ? places(TsvRows.resource(a, WORLD_PLACES)) : List.of(),
                TsvRows.hasResource(a, STOPWORDS) ? stopwords(TsvRows.resource(a, STOPWORDS)) : Map.of(),
                new Given(TsvRows.hasResource(a, WORLD_MORE) ? places(TsvRows.resource(a, WORLD_MORE)) : List.of(),
                        TsvRows.hasResource(a, WORLD_REGIONS) ? worldRegions(TsvRows.resource(a, WORLD_REGIONS)) : List.of(),
                        concat(TsvRows.hasResource(a, ABBREVIATIONS) ? TsvRows.resource(a, ABBREVIATIONS) : List.of(),
                                TsvRows.hasResource(a, REGION_DEMONYMS) ? TsvRows.resource(a, REGION_DEMONYMS) : List.of()),
                        TsvRows.hasResource(a, FEATURE_WORDS) ? TsvRows.resource(a, FEATURE_WORDS) : List.of()));
    }

    /** Only the hand-written starter files, without the derived world gazetteer. */
    static Gazetteer starter() {
        return new Gazetteer(countries(TsvRows.resource(Gazetteer.class, "countries.tsv")),
                handPlaces(TsvRows.resource(Gazetteer.class, "places.tsv"), TsvRows.resource(Gazetteer.class, SITES),
                        TsvRows.hasResource(Gazetteer.class, VILLAGES) ? TsvRows.resource(Gazetteer.class, VILLAGES) : List.of()));
    }

    /**
     * A gazetteer from a folder holding countries.tsv and places.tsv, and optionally sites.tsv, villages.tsv, world-countries.tsv.gz,
     * world-places.tsv.gz and place-stopwords.tsv.
     */
    public static Gazetteer load(Path folder) {
        return new Gazetteer(countries(TsvRows.file(folder.resolve("countries.tsv"))),
                optional(folder.resolve(WORLD_COUNTRIES)) ? countries(TsvRows.file(folder.resolve(WORLD_COUNTRIES))) : List.of(),
                handPlaces(TsvRows.file(folder.resolve("places.tsv")),
                        optional(folder.resolve(SITES)) ? TsvRows.file(folder.resolve(SITES)) : List.of(),
                        optional(folder.resolve(VILLAGES)) ? TsvRows.file(folder.resolve(VILLAGES)) : List.of()),
                optional(folder.resolve(WORLD_PLACES)) ? places(TsvRows.file(folder.resolve(WORLD_PLACES))) : List.of(),
                optional(folder.resolve(STOPWORDS)) ? stopwords(TsvRows.file(folder.resolve(STOPWORDS))) : Map.of(),
                new Given(optional(folder.resolve(WORLD_MORE)) ? places(TsvRows.file(folder.resolve(WORLD_MORE))) : List.of(),
                        optional(folder.resolve(WORLD_REGIONS)) ? worldRegions(TsvRows.file(folder.resolve(WORLD_REGIONS))) : List.of(),
                        concat(optional(folder.resolve(ABBREVIATIONS)) ? TsvRows.file(folder.resolve(ABBREVIATIONS)) : List.of(),
                                optional(folder.resolve(REGION_DEMONYMS)) ? TsvRows.file(folder.resolve(REGION_DEMONYMS)) : List.of()),
                        optional(folder.resolve(FEATURE_WORDS)) ? TsvRows.file(folder.resolve(FEATURE_WORDS)) : List.of()));
    }

    private static final String SITES = "sites.tsv";
    private static final String VILLAGES = "villages.tsv";
    private static final String WORLD_COUNTRIES = "world-countries.tsv.gz";
    private static final String WORLD_PLACES = "world-places.tsv.gz";
    private static final String STOPWORDS = "place-stopwords.tsv";
    private static final String WORLD_MORE = "world-more.tsv.gz";
    private static final String WORLD_REGIONS = "world-regions.tsv";
    private static final String ABBREVIATIONS = "place-abbreviations.tsv";
    /** Demonyms of first-level regions ("English", "Texan"), read like the abbreviations: only for given names. */
    private static final String REGION_DEMONYMS = "place-region-demonyms.tsv";

    private static List<TsvRows.Row> concat(List<TsvRows.Row> a, List<TsvRows.Row> b) {
        if (b.isEmpty()) return a;
        List<TsvRows.Row> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
    private static final String FEATURE_WORDS = "place-feature-words.tsv";

    /** A continent or world region (a place of kind WORLD with no country) and the adjectives of its people. */
    private record WorldArea(Place place, List<String> demonyms) {
        WorldArea {
            demonyms = List.copyOf(demonyms);
        }
    }

    private static List<WorldArea> worldRegions(List<TsvRows.Row> rows) {
        return TsvRows.map(rows, r -> new WorldArea(new Place(r.required("id"), r.required("name"), Place.Kind.WORLD, "",
                null, r.number("lat"), r.number("lon"), 0, r.list("aliases")), r.list("demonyms")));
    }

    private static boolean optional(Path p) {
        return Files.isRegularFile(p);
    }

    private static List<Country> countries(List<TsvRows.Row> rows) {
        return TsvRows.map(rows, r -> new Country(r.required("code"), r.required("name"), r.number("lat"),
                r.number("lon"), r.number("min_lat"), r.number("min_lon"), r.number("max_lat"), r.number("max_lon"),
                r.list("aliases"), r.list("demonyms")));
    }

    /**
     * The hand-written towns and regions, then the hand-written sites (bases, fields, crossings, embassies), then the
     * hand-written villages, camps and neighbourhoods.
     */
    private static List<Place> handPlaces(List<TsvRows.Row> places, List<TsvRows.Row> sites, List<TsvRows.Row> villages) {
        List<Place> out = new ArrayList<>(places(places));
        out.addAll(places(sites));
        out.addAll(places(villages));
        return out;
    }

    private static List<Place> places(List<TsvRows.Row> rows) {
        return TsvRows.map(rows, r -> {
            Place.Kind kind;
            try {
                kind = Place.Kind.valueOf(r.required("kind").toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw r.fail("unknown kind " + r.get("kind"));
            }
            String admin1 = r.get("admin1");
            long pop = r.get("population").isEmpty() ? 0 : (long) r.number("population");
            try {
                return new Place(r.required("id"), r.required("name"), kind, r.required("country"),
                        admin1.isEmpty() ? null : admin1, r.number("lat"), r.number("lon"), pop, r.list("aliases"));
            } catch (IllegalArgumentException e) {
                throw r.fail(e.getMessage());
            }
        });
    }

    private static Map<String, StopRule> stopwords(List<TsvRows.Row> rows) {
        Map<String, StopRule> out = new HashMap<>();
        for (TsvRows.Row r : rows) {
            StopRule rule;
            try {
                rule = StopRule.valueOf(r.required("rule").toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw r.fail("unknown rule " + r.get("rule"));
            }
            String k = key(r.required("name"));
            if (out.put(k, rule) != null) throw r.fail("duplicate stopword " + k);
        }
        return out;
    }

    /** Places whose name or alias has this normalised key; empty when none. */
    public List<Place> lookup(String key) {
        return byKey.getOrDefault(key, Collections.emptyList());
    }

    /**
     * Places a name known to be a place may stand for (a gold span, a place field): those of {@link #lookup} and
     * those read only for such names (see the class comment); empty when none.
     */
    public List<Place> lookupGiven(String key) {
        List<Place> a = lookup(key);
        List<Place> b = givenByKey.getOrDefault(key, Collections.emptyList());
        if (b.isEmpty()) return a;
        if (a.isEmpty()) return b;
        List<Place> out = new ArrayList<>(a);
        for (Place p : b) if (!out.contains(p)) out.add(p);
        return out;
    }

    /**
     * Second-level divisions whose name is this key and a word naming a kind of place ("DeKalb" for the DeKalb
     * Counties): for a name given as a place that has no reading of its own; empty when none.
     */
    public List<Place> lookupDivision(String key) {
        return divisionsByBareKey.getOrDefault(key, Collections.emptyList());
    }

    /**
     * Countries and first-level regions whose name is this key, "and" and another name ("Newfoundland" for
     * Newfoundland and Labrador): for a name given as a place that has no reading of its own; empty when none.
     */
    public List<Place> lookupFirstPart(String key) {
        return byFirstPart.getOrDefault(key, Collections.emptyList());
    }

    public Optional<Country> country(String code) {
        return Optional.ofNullable(countries.get(code));
    }

    /** The first-level region a place lies in, by its country and admin1 name; empty when unknown. */
    public Optional<Place> regionOf(Place p) {
        return p.admin1() == null ? Optional.empty() : Optional.ofNullable(regions.get(p.country() + "\t" + p.admin1()));
    }

    public Optional<Place> place(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Longest name in tokens, the widest window a matcher needs. */
    public int longestKey() {
        return longestKey;
    }

    /** Normalised demonyms of every country ("iraqi"), which name people, not places. */
    public Set<String> demonymKeys() {
        Set<String> out = new HashSet<>();
        for (Country c : countries.values()) for (String d : c.demonyms()) out.add(key(d));
        return out;
    }

    /** The country code whose demonym has this normalised key ("iraqi" gives IQ); empty when none. */
    public Optional<String> demonymCountry(String key) {
        for (Country c : countries.values()) {
            for (String d : c.demonyms()) if (key(d).equals(key)) return Optional.of(c.code());
        }
        return Optional.empty();
    }

    /** The country of each normalised demonym that only one country has ("syrian" gives SY). */
    public Map<String, String> soleDemonyms() {
        Map<String, String> out = new HashMap<>();
        Set<String> shared = new HashSet<>();
        for (Country c : countries.values()) {
            for (String d : c.demonyms()) {
                String k = key(d);
                String was = out.putIfAbsent(k, c.code());
                if (was != null && !was.equals(c.code())) shared.add(k);
            }
        }
        out.keySet().removeAll(shared);
        return Map.copyOf(out);
    }

    public int size() {
        return byId.size();
    }

    /** True for a place from the derived world gazetteer, false for a hand-written one. */
    boolean isDerived(Place p) {
        return derived.contains(p);
    }

    /** True for a place of world-more.tsv.gz (a smaller town, a US or UK county), read only for given names. */
    boolean isGivenOnly(Place p) {
        return givenOnly.contains(p);
    }

    /** Whether every word of a normalised key names a kind of place ("city hall", "street"): no place on its own. */
    boolean onlyFeatureWords(String key) {
        if (key.isEmpty()) return true;
        for (String w : key.split(" ")) if (!featureWords.contains(w)) return false;
        return true;
    }

    /** Whether the last word of a normalised key names a street, road or square ("atlantic avenue"). */
    boolean namesRoute(String key) {
        return routeWords.contains(key.substring(key.lastIndexOf(' ') + 1));
    }

    /** Whether the last word of a normalised key names a stretch of land ("hamrin mountains", "the jordan valley"). */
    boolean namesLandform(String key) {
        return landformWords.contains(key.substring(key.lastIndexOf(' ') + 1));
    }

    /** The stop rule of a normalised key for derived places; null when it has none. */
    @Nullable StopRule stopRule(String key) {
        return stopwords.get(key);
    }

    /** Derived places left out because their id is hand-written or their country is unknown. */
    int droppedDerived() {
        return droppedDerived;
    }
}
