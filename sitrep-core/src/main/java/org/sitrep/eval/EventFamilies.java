package org.sitrep.eval;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.refdata.TsvRows;

/**
 * Families of event words from {@code event-families.tsv}: lemmas that name one kind of event ("quake",
 * "earthquake", "temblor"), so that mentions of one story with lemmas of one family may be one event, and the verbs
 * of saying, whose mentions each report their own statement. A lemma belongs to one family at most; a lemma in no
 * family is its own family. Immutable; thread-safe.
 */
public final class EventFamilies {
    private final Map<String, String> familyOf;
    private final Set<String> reporting;

    public EventFamilies(List<TsvRows.Row> rows) {
        Map<String, String> families = new HashMap<>();
        Set<String> saying = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (TsvRows.Row r : rows) {
            String family = r.required("family");
            if (!names.add(family)) throw r.fail("family " + family + " listed twice");
            String kind = r.required("kind");
            if (!kind.equals("event") && !kind.equals("reporting")) throw r.fail("kind must be event or reporting: " + kind);
            List<String> members = r.list("members");
            if (members.isEmpty()) throw r.fail("family " + family + " has no members");
            for (String m : members) {
                if (!m.equals(m.toLowerCase(Locale.ROOT)) || m.contains(" ")) throw r.fail("member must be one lower-case lemma: " + m);
                String before = families.putIfAbsent(m, family);
                if (before != null) throw r.fail(m + " is already in family " + before);
                if (kind.equals("reporting")) saying.add(m);
            }
        }
        this.familyOf = Map.copyOf(families);
        this.reporting = Set.copyOf(saying);
    }

    public static EventFamilies bundled() {
        return new EventFamilies(TsvRows.resource(EventFamilies.class, "event-families.tsv"));
    }

    /** The family of {@code lemma}, or the lemma itself when it is in none. */
    public String familyOf(String lemma) {
        return familyOf.getOrDefault(lemma, lemma);
    }

    /** Whether {@code lemma} is a listed event word (of any kind). */
    public boolean contains(String lemma) {
        return familyOf.containsKey(lemma);
    }

    /** Whether {@code lemma} is a verb of saying ("say", "tell", "according"). */
    public boolean isReporting(String lemma) {
        return reporting.contains(lemma);
    }
}
