package org.sitrep.resolve.actor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.refdata.Names;
import org.sitrep.refdata.TsvRows;

/**
 * Actors and people by normalised alias ({@link Names#key}), loaded from {@code actors.tsv} and
 * {@code people.tsv}. A load checks unique ids, known types and that umbrellas and organisations exist.
 * Immutable; shared by every thread.
 */
public final class ActorRegistry {
    private final Map<String, Actor> actors;
    private final Map<String, List<Actor>> actorKeys;
    private final Map<String, List<Person>> personKeys;
    private final int longestKey;

    private ActorRegistry(List<Actor> actorList, List<Person> people) {
        Map<String, Actor> ids = new HashMap<>();
        for (Actor a : actorList) if (ids.put(a.id(), a) != null) throw new IllegalArgumentException("duplicate actor id " + a.id());
        Map<String, List<Actor>> ak = new HashMap<>();
        for (Actor a : actorList) {
            if (a.umbrella() != null && !ids.containsKey(a.umbrella())) {
                throw new IllegalArgumentException(a.id() + ": unknown umbrella " + a.umbrella());
            }
            add(ak, a.name(), a);
            for (String s : a.aliases()) add(ak, s, a);
        }
        Map<String, List<Person>> pk = new HashMap<>();
        for (Person p : people) {
            if (!ids.containsKey(p.organisation())) {
                throw new IllegalArgumentException(p.id() + ": unknown organisation " + p.organisation());
            }
            add(pk, p.name(), p);
            for (String s : p.aliases()) add(pk, s, p);
            // Titles ("Pentagon spokesman") find the holder on the report's date; see peopleByKey.
            for (String s : p.titles()) add(pk, s, p);
        }
        int longest = 0;
        for (String k : ak.keySet()) longest = Math.max(longest, k.split(" ").length);
        for (String k : pk.keySet()) longest = Math.max(longest, k.split(" ").length);
        this.actors = Map.copyOf(ids);
        this.actorKeys = Map.copyOf(ak);
        this.personKeys = Map.copyOf(pk);
        this.longestKey = longest;
    }

    private static <T> void add(Map<String, List<T>> map, String name, T value) {
        String k = Names.key(name);
        if (k.isEmpty()) return;
        List<T> list = map.computeIfAbsent(k, x -> new ArrayList<>());
        if (!list.contains(value)) list.add(value);
    }

    public static ActorRegistry bundled() {
        return new ActorRegistry(actors(TsvRows.resource(ActorRegistry.class, "actors.tsv")),
                people(TsvRows.resource(ActorRegistry.class, "people.tsv")));
    }

    /** A registry of the given actors and people instead of the bundled files (evaluation with another dictionary). */
    public static ActorRegistry of(List<Actor> actors, List<Person> people) {
        return new ActorRegistry(actors, people);
    }

    private static List<Actor> actors(List<TsvRows.Row> rows) {
        return TsvRows.map(rows, r -> {
            Actor.Type type;
            try {
                type = Actor.Type.parse(r.required("type"));
            } catch (IllegalArgumentException e) {
                throw r.fail("unknown type " + r.get("type"));
            }
            return new Actor(r.required("id"), r.required("name"), type, blankToNull(r.get("country")),
                    blankToNull(r.get("affiliation")), blankToNull(r.get("umbrella")), r.list("aliases"));
        });
    }

    private static List<Person> people(List<TsvRows.Row> rows) {
        return TsvRows.map(rows, r -> {
            try {
                return new Person(r.required("id"), r.required("name"), r.list("aliases"), r.list("title"),
                        r.required("organisation"), date(r.get("from")), date(r.get("to")));
            } catch (java.time.format.DateTimeParseException e) {
                throw r.fail("bad date: " + e.getParsedString());
            }
        });
    }

    private static LocalDate date(String s) {
        return s.isEmpty() ? null : LocalDate.parse(s);
    }

    private static String blankToNull(String s) {
        return s.isEmpty() ? null : s;
    }

    public Optional<Actor> actor(String id) {
        return Optional.ofNullable(actors.get(id));
    }

    public List<Actor> actorsByKey(String key) {
        return actorKeys.getOrDefault(key, List.of());
    }

    /** People with this alias key who held their role on {@code date} (any, when none did). */
    public List<Person> peopleByKey(String key, LocalDate date) {
        List<Person> all = personKeys.getOrDefault(key, List.of());
        List<Person> current = all.stream().filter(p -> p.inOffice(date)).toList();
        return current.isEmpty() ? all : current;
    }

    /** The state military of a country, if the registry has one. */
    public Optional<Actor> militaryOf(String country) {
        return actors.values().stream()
                .filter(a -> a.type() == Actor.Type.STATE_MILITARY && country.equals(a.country()))
                .sorted((a, b) -> a.id().compareTo(b.id()))
                .filter(a -> a.name().startsWith("Military Forces of"))
                .findFirst();
    }

    public int longestKey() {
        return longestKey;
    }

    public int size() {
        return actors.size();
    }
}
