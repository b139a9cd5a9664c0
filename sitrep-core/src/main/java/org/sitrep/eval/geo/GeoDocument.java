package org.sitrep.eval.geo;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** One benchmark article: its corpus, id, text and every annotated toponym (located or not), in text order. */
public record GeoDocument(String corpus, String id, String text, List<GoldToponym> toponyms) {
    public GeoDocument {
        toponyms = List.copyOf(toponyms);
    }

    /**
     * Toponyms written with the area they lie in after a comma ("Paris, Idaho"): the index of the first mapped to the
     * index of the toponym right after it, when only a comma and spaces stand between them; and two towns joined by
     * "and" or "or" before the area ("Nashville and Cordova, Tennessee"), each mapped to the area.
     */
    public Map<Integer, Integer> commaAreas() {
        Map<Integer, Integer> m = new HashMap<>();
        for (int i = 0; i + 1 < toponyms.size(); i++) {
            if (between(i, i + 1).equals(",")) m.put(i, i + 1);
        }
        for (int i = 0; i + 2 < toponyms.size(); i++) {
            String join = between(i, i + 1);
            if ((join.equals("and") || join.equals("or")) && m.containsKey(i + 1)) m.putIfAbsent(i, i + 2);
        }
        return Map.copyOf(m);
    }

    /**
     * Toponyms written with the place they lie in after "in" ("St. Mark's Church in Alexandria"): the index of the first
     * mapped to the index of the toponym right after it.
     */
    public Map<Integer, Integer> inAreas() {
        Map<Integer, Integer> m = new HashMap<>();
        for (int i = 0; i + 1 < toponyms.size(); i++) {
            if (between(i, i + 1).equals("in")) m.put(i, i + 1);
        }
        return Map.copyOf(m);
    }

    /**
     * Toponyms the text calls a state ("Washington state", "the state of New York"): the indices of those written
     * right before the word "state" or right after "state of".
     */
    public Set<Integer> statedRegions() {
        Set<Integer> s = new HashSet<>();
        for (int i = 0; i < toponyms.size(); i++) {
            GoldToponym t = toponyms.get(i);
            if (t.start() < 0 || t.end() > text.length() || t.start() > t.end()) continue;
            if (STATE_AFTER.matcher(text.substring(t.end(), Math.min(text.length(), t.end() + 8))).lookingAt()
                    || STATE_OF_BEFORE.matcher(text.substring(Math.max(0, t.start() - 12), t.start())).find()) s.add(i);
        }
        return Set.copyOf(s);
    }

    private static final Pattern STATE_AFTER = Pattern.compile("\\s+state\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern STATE_OF_BEFORE = Pattern.compile("\\bstate\\s+of\\s+$", Pattern.CASE_INSENSITIVE);

    /** The text between two toponyms, stripped; "" where they overlap. */
    private String between(int i, int j) {
        GoldToponym a = toponyms.get(i), b = toponyms.get(j);
        return a.end() <= b.start() && b.start() <= text.length() ? text.substring(a.end(), b.start()).strip() : "";
    }

    /** The toponyms with gold coordinates, the ones geocoding is scored on. */
    public List<GoldToponym> located() {
        return toponyms.stream().filter(GoldToponym::located).toList();
    }
}
