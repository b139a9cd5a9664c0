package org.sitrep.resolve.place;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.refdata.Names;
import org.sitrep.refdata.TsvRows;

/**
 * Places by normalised name ({@link Names#key}). Loaded once from {@code countries.tsv} and {@code places.tsv}
 * (classpath by default, or a folder holding both); immutable and shared by every thread.
 */
public final class Gazetteer {
    private final Map<String, List<Place>> byKey;
    private final Map<String, Country> countries;
    private final Map<String, Place> byId;
    private final int longestKey;

    private Gazetteer(List<Country> countryList, List<Place> places) {
        Map<String, List<Place>> keys = new HashMap<>();
        Map<String, Country> cs = new HashMap<>();
        Map<String, Place> ids = new HashMap<>();
        for (Country c : countryList) {
            if (cs.put(c.code(), c) != null) throw new IllegalArgumentException("duplicate country " + c.code());
            Place p = c.asPlace();
            ids.put(p.id(), p);
            index(keys, c.name(), p);
            for (String a : c.aliases()) index(keys, a, p);
        }
        for (Place p : places) {
            if (ids.put(p.id(), p) != null) throw new IllegalArgumentException("duplicate place id " + p.id());
            if (!cs.containsKey(p.country())) throw new IllegalArgumentException(p.id() + ": unknown country " + p.country());
            index(keys, p.name(), p);
            for (String a : p.aliases()) index(keys, a, p);
        }
        int longest = 0;
        for (String k : keys.keySet()) longest = Math.max(longest, k.split(" ").length);
        keys.replaceAll((k, v) -> List.copyOf(v));
        this.byKey = Map.copyOf(keys);
        this.countries = Map.copyOf(cs);
        this.byId = Map.copyOf(ids);
        this.longestKey = longest;
    }

    private static void index(Map<String, List<Place>> keys, String name, Place p) {
        String k = Names.key(name);
        if (k.isEmpty()) return;
        List<Place> list = keys.computeIfAbsent(k, x -> new ArrayList<>());
        if (!list.contains(p)) list.add(p);
    }

    /** The bundled starter gazetteer. */
    public static Gazetteer bundled() {
        return new Gazetteer(countries(TsvRows.resource(Gazetteer.class, "countries.tsv")),
                places(TsvRows.resource(Gazetteer.class, "places.tsv")));
    }

    /** A gazetteer from a folder holding countries.tsv and places.tsv. */
    public static Gazetteer load(Path folder) {
        return new Gazetteer(countries(TsvRows.file(folder.resolve("countries.tsv"))),
                places(TsvRows.file(folder.resolve("places.tsv"))));
    }

    private static List<Country> countries(List<TsvRows.Row> rows) {
        return TsvRows.map(rows, r -> new Country(r.required("code"), r.required("name"), r.number("lat"),
                r.number("lon"), r.number("min_lat"), r.number("min_lon"), r.number("max_lat"), r.number("max_lon"),
                r.list("aliases"), r.list("demonyms")));
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

    /** Places whose name or alias has this normalised key; empty when none. */
    public List<Place> lookup(String key) {
        return byKey.getOrDefault(key, Collections.emptyList());
    }

    public Optional<Country> country(String code) {
        return Optional.ofNullable(countries.get(code));
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
        for (Country c : countries.values()) for (String d : c.demonyms()) out.add(Names.key(d));
        return out;
    }

    public int size() {
        return byId.size();
    }
}
