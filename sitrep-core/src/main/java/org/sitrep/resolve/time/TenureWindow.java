package org.sitrep.resolve.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.sitrep.refdata.Names;
import org.sitrep.resolve.actor.ActorRegistry;
import org.sitrep.resolve.actor.Person;

/**
 * The people of the actor registry a text names by name or alias (of two words or more, naming one person only:
 * titles such as "Defense Secretary" name every holder), and the window of dates in which most of them held their
 * roles at once: a report naming Lloyd Austin as Defense Secretary and Mohammed Shia al-Sudani as prime minister
 * was written between October 2022 and January 2025. Immutable; thread-safe.
 */
final class TenureWindow {
    /** The window, the number of people in office throughout it, and all the people named. */
    record Window(LocalDate from, @Nullable LocalDate to, int inOffice, List<Person> people) {
        int countOn(LocalDate d) {
            int n = 0;
            for (Person p : people) if (p.inOffice(d)) n++;
            return n;
        }

        String describe() {
            List<String> names = new ArrayList<>();
            for (Person p : people) names.add(p.name());
            return "tenure of " + String.join(", ", names) + " (" + inOffice + " in office together " + from + " to "
                    + (to == null ? "now" : to) + ")";
        }
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'\u2019.-]*");
    private final ActorRegistry registry;

    TenureWindow(ActorRegistry registry) {
        this.registry = registry;
    }

    @Nullable Window find(String text) {
        List<Person> people = named(text);
        if (people.isEmpty()) return null;
        // Sweep over role starts and ends: the span covered by the most tenures at once.
        List<LocalDate> points = new ArrayList<>();
        for (Person p : people) {
            if (p.from() != null) points.add(p.from());
            if (p.to() != null) points.add(p.to());
        }
        if (points.isEmpty()) return null;
        points.sort(null);
        int best = 0;
        LocalDate from = null;
        for (LocalDate d : points) {
            int n = count(people, d);
            if (n > best) {
                best = n;
                from = d;
            }
        }
        LocalDate to = null;
        for (Person p : people) {
            if (!p.inOffice(from) || p.to() == null) continue;
            if (to == null || p.to().isBefore(to)) to = p.to();
        }
        return new Window(from, to, best, people);
    }

    private static int count(List<Person> people, LocalDate d) {
        int n = 0;
        for (Person p : people) if (p.inOffice(d)) n++;
        return n;
    }

    private List<Person> named(String text) {
        List<int[]> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) words.add(new int[] {m.start(), m.end()});
        Map<String, Person> found = new LinkedHashMap<>();
        int reach = Math.max(2, registry.longestKey());
        for (int i = 0; i < words.size(); i++) {
            for (int n = Math.min(reach, words.size() - i); n >= 2; n--) {
                String key = Names.key(text.substring(words.get(i)[0], words.get(i + n - 1)[1]));
                Person p = onePerson(key);
                if (p != null) {
                    found.putIfAbsent(p.id(), p);
                    i += n - 1;
                    break;
                }
            }
        }
        return List.copyOf(found.values());
    }

    private @Nullable Person onePerson(String key) {
        if (key.indexOf(' ') < 0) return null;
        List<Person> ps = registry.peopleByKey(key, null);
        if (ps.size() != 1) return null;
        Person p = ps.get(0);
        if (Names.key(p.name()).equals(key)) return p;
        for (String a : p.aliases()) if (Names.key(a).equals(key)) return p;
        return null; // a title, which names whoever held it
    }
}
