package org.sitrep.resolve.actor;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.sitrep.refdata.Names;

/**
 * Resolves a phrase ("US Defense Secretary Lloyd Austin", "pro-Iran militia groups", "the Pentagon spokesman") to
 * a registry actor or person by the longest alias or title it contains; a title resolves to whoever held it on
 * the given date. Immutable; thread-safe.
 */
public final class ActorResolver {
    private static final java.util.Set<String> NEGATING_PREFIXES = java.util.Set.of("anti", "pro");
    private static final java.util.Set<String> REGISTRY_WORDS = java.util.Set.of("flagged", "registered", "owned",
            "managed", "operated");
    /** "the al-Qaeda-linked group JNIM", "Rwanda-backed M23 rebels": a patron or parent, not the actor itself. */
    private static final java.util.Set<String> PATRON_WORDS = java.util.Set.of("linked", "affiliated", "allied",
            "aligned", "backed", "sponsored", "supported", "inspired");
    private final ActorRegistry registry;

    public ActorResolver(ActorRegistry registry) {
        this.registry = registry;
    }

    public Optional<ActorMatch> resolve(String phrase, @Nullable LocalDate date) {
        return resolve(phrase, date, null);
    }

    /**
     * As {@link #resolve(String, LocalDate)}, where an alias several actors share goes to the one of the report's
     * country: governments call different insurgents by one name ("the Khawarij" is the Pakistani Taliban in
     * Pakistan's bulletins and al-Shabaab in Somalia's).
     */
    public Optional<ActorMatch> resolve(String phrase, @Nullable LocalDate date, @Nullable String country) {
        String[] words = Names.key(phrase).split(" ");
        int max = Math.min(registry.longestKey(), words.length);
        for (int n = max; n >= 1; n--) {
            // At one length a person's name or title wins over an actor's alias anywhere in the phrase: in "the
            // Pentagon spokesman", "pentagon spokesman" (a title) beats "the pentagon". A name wins over a title:
            // "military spokesman Yahya Saree" is Saree, not whoever holds a title "military spokesman".
            for (int i = 0; i + n <= words.length; i++) {
                String key = join(words, i, n);
                List<Person> named = registry.peopleByKey(key, date).stream().filter(p -> isNamed(p, key)).toList();
                if (!named.isEmpty()) {
                    Person p = named.stream().min(Comparator.comparing(Person::id)).orElseThrow();
                    return Optional.of(new ActorMatch(registry.actor(p.organisation()).orElseThrow(), p, phrase));
                }
            }
            for (int i = 0; i + n <= words.length; i++) {
                String key = join(words, i, n);
                // "army spokesman" in a Chadian report is Chad's, not the Sudanese army spokesman's.
                List<Person> people = registry.peopleByKey(key, date).stream()
                        .filter(p -> !foreignPlainTitle(p, key, country)).toList();
                if (!people.isEmpty()) {
                    Person p = people.stream().min(Comparator.comparing(Person::id)).orElseThrow();
                    Actor org = registry.actor(p.organisation()).orElseThrow();
                    return Optional.of(new ActorMatch(org, p, phrase));
                }
            }
            for (int i = 0; i + n <= words.length; i++) {
                // "anti-ship missiles", "anti-government protesters", "pro-Russian separatists": the prefix turns
                // the name into its opponent or its ally, never itself.
                if (i > 0 && NEGATING_PREFIXES.contains(words[i - 1])) continue;
                // "a Belize-flagged ship", "a Greek-owned tanker": a ship's papers, not a party to the fight.
                if (i + n < words.length && REGISTRY_WORDS.contains(words[i + n])) continue;
                if (i + n < words.length && PATRON_WORDS.contains(words[i + n])) continue;
                List<Actor> actors = registry.actorsByKey(join(words, i, n));
                if (!actors.isEmpty()) {
                    // A named actor wins over a generic description that shares the words.
                    Actor a = actors.stream().min(Comparator.comparing(Actor::isGeneric)
                            .thenComparing(x -> !x.isGeneric() && country != null && !country.equals(x.country()))
                            .thenComparing(Actor::id)).orElseThrow();
                    return Optional.of(new ActorMatch(a, null, phrase));
                }
            }
        }
        return Optional.empty();
    }

    private boolean foreignPlainTitle(Person p, String key, @Nullable String country) {
        if (country == null || !registry.namesNoNation(p, key)) return false;
        String own = registry.actor(p.organisation()).map(Actor::country).orElse(null);
        return own != null && !own.equals(country);
    }

    private static boolean isNamed(Person p, String key) {
        if (Names.key(p.name()).equals(key)) return true;
        for (String a : p.aliases()) if (Names.key(a).equals(key)) return true;
        return false;
    }

    private static String join(String[] words, int from, int n) {
        return String.join(" ", java.util.Arrays.copyOfRange(words, from, from + n));
    }

    /**
     * The actor as a party to violence: a country or government that attacks or is attacked acts through its
     * armed forces ("the US carried out airstrikes" is the US military's act).
     */
    public Actor asCombatant(Actor actor) {
        if ((actor.type() == Actor.Type.GOVERNMENT || actor.type() == Actor.Type.COUNTRY) && actor.country() != null) {
            return registry.militaryOf(actor.country()).orElse(actor);
        }
        return actor;
    }

    /** The armed forces of a country, when the registry lists them. */
    public Optional<Actor> militaryOf(String country) {
        return registry.militaryOf(country);
    }

    /** The government of a country, when the registry lists it. */
    public Optional<Actor> governmentOf(String country) {
        return registry.governmentOf(country);
    }

    /** The police of a country, when the registry lists them. */
    public Optional<Actor> policeOf(String country) {
        return registry.policeOf(country);
    }

    /** The protesters or rioters of a country (ACLED's "Protesters (Niger)"), else the generic ones. */
    public Optional<Actor> crowdOf(@Nullable String country, boolean riot) {
        return registry.crowdOf(country, riot);
    }

    public Optional<Actor> actor(String id) {
        return registry.actor(id);
    }
}
