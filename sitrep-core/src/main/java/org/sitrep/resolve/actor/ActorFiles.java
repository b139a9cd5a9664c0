package org.sitrep.resolve.actor;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.sitrep.refdata.Names;
import org.sitrep.refdata.TsvRows;

/**
 * Reads and checks the registry's files. {@code actors.tsv}: id, name, type (an {@link Actor.Type}, lower case),
 * country (ISO 3166-1 alpha-2 or empty), affiliation, umbrella (an actor id or empty), aliases ({@code |}).
 * {@code people.tsv}: id, name, aliases, title ({@code |}), organisation (an actor id), from, to (ISO dates,
 * empty when open or unknown), and an optional note. A bad row fails the load with {@code file:line: reason}.
 */
final class ActorFiles {
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

    private ActorFiles() {
    }

    static List<Actor> actors(List<TsvRows.Row> rows) {
        return TsvRows.map(rows, r -> {
            Actor.Type type;
            try {
                type = Actor.Type.parse(r.required("type"));
            } catch (IllegalArgumentException e) {
                throw r.fail("unknown type " + r.get("type"));
            }
            String country = r.get("country");
            if (!country.isEmpty() && !COUNTRY.matcher(country).matches()) {
                throw r.fail("country must be an ISO 3166-1 alpha-2 code: " + country);
            }
            return new Actor(r.required("id"), r.required("name"), type, blankToNull(country),
                    blankToNull(r.get("affiliation")), blankToNull(r.get("umbrella")), r.list("aliases"));
        });
    }

    static List<Person> people(List<TsvRows.Row> rows) {
        return TsvRows.map(rows, r -> {
            LocalDate from, to;
            try {
                from = date(r.get("from"));
                to = date(r.get("to"));
            } catch (DateTimeParseException e) {
                throw r.fail("bad date: " + e.getParsedString());
            }
            if (from != null && to != null && from.isAfter(to)) throw r.fail("from " + from + " is after to " + to);
            return new Person(r.required("id"), r.required("name"), r.list("aliases"), r.list("title"),
                    r.required("organisation"), from, to);
        });
    }

    /**
     * The one rule for shared aliases: a name may stand for one named (non-generic) actor only, since a reader
     * cannot tell two named actors apart by it; generic descriptions may share a name with anything, and actors of
     * two different countries may share one, which the report's country tells apart ("the Khawarij" of Pakistani
     * and Somali bulletins). Every clash is reported, each as {@code file:line: alias 'x' names both a and b (line n)}.
     */
    static void checkAliases(List<TsvRows.Row> rows, List<Actor> actors) {
        Map<String, Integer> owner = new HashMap<>();
        List<String> clashes = new ArrayList<>();
        for (int i = 0; i < actors.size(); i++) {
            Actor a = actors.get(i);
            if (a.isGeneric()) continue;
            List<String> names = new ArrayList<>(a.aliases());
            names.add(a.name());
            for (String n : names) {
                String k = Names.key(n);
                Integer j = owner.putIfAbsent(k, i);
                if (j != null && j != i && !ofTwoCountries(a, actors.get(j))) {
                    TsvRows.Row r = rows.get(i);
                    clashes.add(r.file() + ":" + r.line() + ": alias '" + n + "' names both " + actors.get(j).id()
                            + " (line " + rows.get(j).line() + ") and " + a.id());
                }
            }
        }
        if (!clashes.isEmpty()) throw new IllegalArgumentException(String.join("\n", clashes));
    }

    private static boolean ofTwoCountries(Actor a, Actor b) {
        return a.country() != null && b.country() != null && !a.country().equals(b.country());
    }

    private static LocalDate date(String s) {
        return s.isEmpty() ? null : LocalDate.parse(s);
    }

    private static String blankToNull(String s) {
        return s.isEmpty() ? null : s;
    }
}
