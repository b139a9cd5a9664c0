package org.sitrep.resolve.actor;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.sitrep.refdata.Names;
import org.sitrep.refdata.TsvRows;

/**
 * Actors and people by normalised alias ({@link Names#key}), loaded from the project's {@code actors.tsv} and
 * {@code people.tsv} and, below them, from the rows derived from the Phoenix dictionaries
 * ({@code phoenix-actors.tsv.gz}, {@code phoenix-people.tsv.gz}; see {@code scripts/build-actors}). The file
 * formats and checks are in {@link ActorFiles}; a load also checks unique ids and that umbrellas and
 * organisations exist.
 *
 * <p>Project rows win: a derived actor with a project actor's canonical name adds only its unused aliases to
 * that actor, and a derived alias or person name that the project already uses is dropped (Phoenix codes "The
 * Islamic Resistance" as Lebanese Hezbollah; the project's Islamic Resistance in Iraq keeps the name).
 * Immutable; shared by every thread.
 */
public final class ActorRegistry {
    static final String DERIVED_ACTORS = "phoenix-actors.tsv.gz";
    static final String DERIVED_PEOPLE = "phoenix-people.tsv.gz";
    /** Which forces "the army" of a country's reports means, where not the country's own. */
    static final String COUNTRY_FORCES = "country-forces.tsv";

    private final Map<String, Actor> actors;
    private final Map<String, List<Actor>> actorKeys;
    private final Map<String, List<Person>> personKeys;
    /** "person id|title key" of titles that name no nation ("army spokesman"); see {@link #namesNoNation}. */
    private final java.util.Set<String> plainTitles;
    private final Map<String, Actor> militaries;
    private final Map<String, Actor> crowds;
    private final Map<String, Actor> police;
    private final Map<String, Actor> governments;
    private final int longestKey;
    private final int derivedActors;
    private final int people;

    private ActorRegistry(List<Actor> own, List<Person> ownPeople, List<Actor> derived, List<Person> derivedPeople) {
        this(own, ownPeople, derived, derivedPeople, List.of());
    }

    private ActorRegistry(List<Actor> own, List<Person> ownPeople, List<Actor> derived, List<Person> derivedPeople,
                          List<TsvRows.Row> countryForces) {
        Map<String, Actor> ids = new HashMap<>();
        for (Actor a : own) if (ids.put(a.id(), a) != null) throw new IllegalArgumentException("duplicate actor id " + a.id());
        for (Actor a : own) {
            if (a.umbrella() != null && !ids.containsKey(a.umbrella())) {
                throw new IllegalArgumentException(a.id() + ": unknown umbrella " + a.umbrella());
            }
        }
        Map<String, List<Actor>> ak = new HashMap<>();
        for (Actor a : own) addActor(ak, a, a);
        Map<String, List<Person>> pk = new HashMap<>();
        for (Person p : ownPeople) addPerson(pk, p, ids);
        java.util.Set<String> plain = new java.util.HashSet<>();
        for (Person p : ownPeople) {
            for (String t : p.titles()) if (t.equals(t.toLowerCase(java.util.Locale.ROOT))) plain.add(p.id() + "|" + Names.key(t));
        }
        this.plainTitles = java.util.Set.copyOf(plain);

        // Derived rows only fill keys the project left free, and no longer than the project's longest, so that the
        // resolver's and the place filter's reach stays as the project set it.
        int reach = Math.max(longest(ak.keySet()), longest(pk.keySet()));
        Map<String, Actor> byName = new HashMap<>();
        for (Actor a : own) byName.putIfAbsent(a.name(), a);
        Map<String, String> derivedId = new HashMap<>();
        Map<String, List<Actor>> dk = new HashMap<>();
        int added = 0;
        for (Actor d : derived) {
            Actor target = byName.get(d.name());
            if (target == null) {
                if (ids.putIfAbsent(d.id(), d) != null) throw new IllegalArgumentException("duplicate actor id " + d.id());
                byName.put(d.name(), d);
                target = d;
                added++;
            }
            derivedId.put(d.id(), target.id());
            addActor(dk, d, target);
        }
        dk.forEach((k, list) -> {
            if (!ak.containsKey(k) && !pk.containsKey(k) && words(k) <= reach) ak.put(k, List.of(list.get(0)));
        });
        Map<String, List<Person>> dpk = new HashMap<>();
        for (Person p : derivedPeople) {
            String org = derivedId.getOrDefault(p.organisation(), p.organisation());
            addPerson(dpk, new Person(p.id(), p.name(), p.aliases(), p.titles(), org, p.from(), p.to()), ids);
        }
        dpk.forEach((k, list) -> {
            if (!pk.containsKey(k) && !ak.containsKey(k) && words(k) <= reach) pk.put(k, list);
        });

        this.actors = Map.copyOf(ids);
        Map<String, Actor> mil = new HashMap<>();
        // A country's armed forces: the project's own row first (Sudan's are "Sudanese Armed Forces"), else the
        // derived "Military Forces of X".
        for (Actor a : own) {
            if (a.type() == Actor.Type.STATE_MILITARY && a.country() != null && a.umbrella() == null) {
                mil.merge(a.country(), a, (x, y) -> x.name().startsWith("Military Forces of") || x.id().compareTo(y.id()) <= 0 ? x : y);
            }
        }
        for (Actor a : ids.values()) {
            if (a.type() != Actor.Type.STATE_MILITARY || a.country() == null || !a.name().startsWith("Military Forces of")) continue;
            if (own.contains(a)) continue;
            mil.putIfAbsent(a.country(), a);
        }
        // Where no army of the country is what "the army" means (the Gaza Strip and the West Bank: the army there is
        // Israel's; the Palestinian Authority has security forces, no army), country-forces.tsv names the forces.
        for (TsvRows.Row r : countryForces) {
            Actor forces = ids.get(r.required("forces"));
            if (forces == null) throw new IllegalArgumentException(r.file() + ":" + r.line() + ": unknown actor " + r.get("forces"));
            mil.put(r.required("country"), forces);
        }
        this.militaries = Map.copyOf(mil);
        // ACLED names a protest's actor by its country ("Protesters (Niger)", "Rioters (Lebanon)"); the generic rows
        // ("protesters", "rioters") stand for countries the registry has no row for.
        Map<String, Actor> crowd = new HashMap<>();
        for (Actor a : own) {
            if (a.type() == Actor.Type.PROTESTERS) crowd.putIfAbsent(crowdKey(a.country(), a.id().startsWith(RIOTERS)), a);
        }
        this.crowds = Map.copyOf(crowd);
        // A country's police, for "riot police" with no nation named: the project's row, else the derived one.
        this.police = firstByCountry(own, ids.values(), a -> a.name().startsWith(POLICE));
        // A country's government, for an office named by its people's adjective ("the Ethiopian foreign ministry").
        this.governments = firstByCountry(own, ids.values(),
                a -> a.type() == Actor.Type.GOVERNMENT && a.name().startsWith(GOVERNMENT));
        this.actorKeys = freeze(ak);
        this.personKeys = freeze(pk);
        this.longestKey = reach;
        this.derivedActors = added;
        this.people = ownPeople.size() + derivedPeople.size();
    }

    /** One actor of a kind per country: the project's own row first, else a derived one. */
    private static Map<String, Actor> firstByCountry(List<Actor> own, java.util.Collection<Actor> all,
                                                     java.util.function.Predicate<Actor> kind) {
        Map<String, Actor> out = new HashMap<>();
        for (Actor a : own) if (a.country() != null && kind.test(a)) out.putIfAbsent(a.country(), a);
        for (Actor a : all) if (a.country() != null && kind.test(a)) out.putIfAbsent(a.country(), a);
        return Map.copyOf(out);
    }

    private static int words(String key) {
        int n = 1;
        for (int i = 0; i < key.length(); i++) if (key.charAt(i) == ' ') n++;
        return n;
    }

    private static int longest(Iterable<String> keys) {
        int max = 0;
        for (String k : keys) max = Math.max(max, words(k));
        return max;
    }

    private static void addActor(Map<String, List<Actor>> keys, Actor from, Actor target) {
        add(keys, from.name(), target);
        for (String s : from.aliases()) add(keys, s, target);
    }

    private static void addPerson(Map<String, List<Person>> keys, Person p, Map<String, Actor> ids) {
        if (!ids.containsKey(p.organisation())) {
            throw new IllegalArgumentException(p.id() + ": unknown organisation " + p.organisation());
        }
        add(keys, p.name(), p);
        for (String s : p.aliases()) add(keys, s, p);
        // Titles ("Pentagon spokesman") find the holder on the report's date; see peopleByKey. "Governor of
        // Kharkiv region" is also written "governor of the Kharkiv region".
        for (String s : p.titles()) {
            add(keys, s, p);
            String k = Names.key(s);
            if (k.contains(" of ") && !k.contains(" of the ")) add(keys, k.replace(" of ", " of the "), p);
        }
    }

    private static <T> void add(Map<String, List<T>> map, String name, T value) {
        String k = Names.key(name);
        if (k.isEmpty()) return;
        List<T> list = map.computeIfAbsent(k, x -> new ArrayList<>(1));
        if (!list.contains(value)) list.add(value);
    }

    private static <T> Map<String, List<T>> freeze(Map<String, List<T>> map) {
        Map<String, List<T>> out = new HashMap<>(map.size() * 4 / 3 + 1);
        map.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return java.util.Collections.unmodifiableMap(out);
    }

    /** The bundled registry: the project's files and, when present, the Phoenix-derived rows below them. */
    public static ActorRegistry bundled() {
        List<Actor> derived = List.of();
        List<Person> derivedPeople = List.of();
        if (TsvRows.hasResource(ActorRegistry.class, DERIVED_ACTORS)) {
            derived = ActorFiles.actors(TsvRows.resource(ActorRegistry.class, DERIVED_ACTORS));
            derivedPeople = ActorFiles.people(TsvRows.resource(ActorRegistry.class, DERIVED_PEOPLE));
        }
        List<Actor> own = ActorFiles.actors(TsvRows.resource(ActorRegistry.class, "actors.tsv"));
        ActorFiles.checkAliases(TsvRows.resource(ActorRegistry.class, "actors.tsv"), own);
        return new ActorRegistry(own, ActorFiles.people(TsvRows.resource(ActorRegistry.class, "people.tsv")), derived,
                derivedPeople, TsvRows.resource(ActorRegistry.class, COUNTRY_FORCES));
    }

    /** A registry of the given actors and people instead of the bundled files (evaluation with another dictionary). */
    public static ActorRegistry of(List<Actor> actors, List<Person> people) {
        return new ActorRegistry(actors, people, List.of(), List.of());
    }

    /** A registry of the given project files only (no derived rows), for a configured path or a test fixture. */
    public static ActorRegistry load(Path actorsFile, Path peopleFile) {
        return project(TsvRows.file(actorsFile), TsvRows.file(peopleFile), List.of(), List.of());
    }

    private static ActorRegistry project(List<TsvRows.Row> actorRows, List<TsvRows.Row> peopleRows,
                                         List<Actor> derived, List<Person> derivedPeople) {
        List<Actor> own = ActorFiles.actors(actorRows);
        ActorFiles.checkAliases(actorRows, own);
        return new ActorRegistry(own, ActorFiles.people(peopleRows), derived, derivedPeople);
    }

    public Optional<Actor> actor(String id) {
        return Optional.ofNullable(actors.get(id));
    }

    public List<Actor> actorsByKey(String key) {
        return actorKeys.getOrDefault(key, List.of());
    }

    /**
     * Whether {@code key} is a title of {@code p} written all in lower case in people.tsv: a title that names no
     * nation ("army spokesman", "military spokesman") fits the spokesman of any army, so it finds its holder only
     * in reports of the holder's country.
     */
    public boolean namesNoNation(Person p, String key) {
        return plainTitles.contains(p.id() + "|" + key);
    }

    /** People with this alias key who held their role on {@code date} (any, when none did). */
    public List<Person> peopleByKey(String key, LocalDate date) {
        List<Person> all = personKeys.getOrDefault(key, List.of());
        List<Person> current = all.stream().filter(p -> p.inOffice(date)).toList();
        return current.isEmpty() ? all : current;
    }

    private static final String RIOTERS = "rioters";
    private static final String POLICE = "Police Forces of ";
    private static final String GOVERNMENT = "Government of ";

    /** The police of a country ("Police Forces of Jordan"), if the registry has them. */
    public Optional<Actor> policeOf(String country) {
        return Optional.ofNullable(police.get(country));
    }

    private static String crowdKey(@Nullable String country, boolean riot) {
        return (riot ? RIOTERS : "protesters") + "|" + (country == null ? "" : country);
    }

    /** The protesters (or rioters) of a country, else the registry's generic row for them, if it has one. */
    public Optional<Actor> crowdOf(@Nullable String country, boolean riot) {
        Actor a = country == null ? null : crowds.get(crowdKey(country, riot));
        return Optional.ofNullable(a != null ? a : crowds.get(crowdKey(null, riot)));
    }

    /** The government of a country ("Government of Ethiopia"), if the registry has one. */
    public Optional<Actor> governmentOf(String country) {
        return Optional.ofNullable(governments.get(country));
    }

    /** The state military of a country, if the registry has one. */
    public Optional<Actor> militaryOf(String country) {
        return Optional.ofNullable(militaries.get(country));
    }

    public int longestKey() {
        return longestKey;
    }

    /** Number of actors, the project's and the derived ones that did not merge into a project actor. */
    public int size() {
        return actors.size();
    }

    /** Derived actors that did not merge into a project actor. */
    public int derivedSize() {
        return derivedActors;
    }

    /** Number of people rows, the project's and the derived ones. */
    public int peopleSize() {
        return people;
    }
}
