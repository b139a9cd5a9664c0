package org.sitrep.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Event;
import org.sitrep.refdata.Names;
import org.sitrep.resolve.place.Place;
import org.sitrep.resolve.time.TimeValue;

/**
 * Reads gold files (../shared/gold/FORMAT.md) and matches events the way the scorer must: the same ACLED event
 * type, overlapping dates, and places within 25 km (or the same country when the gold precision is 3). Names
 * match through the canonical name or any alias.
 */
final class GoldMatcher {
    private static final ObjectMapper JSON = new ObjectMapper();

    static List<JsonNode> read(Path gold, String kind) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String line : Files.readAllLines(gold)) {
            if (line.isBlank()) continue;
            JsonNode n = JSON.readTree(line);
            if (kind.equals(n.path("kind").asText())) out.add(n);
        }
        return out;
    }

    static boolean matches(JsonNode gold, Event e) {
        if (!gold.path("event_type").asText().equals(e.type().family())) return false;
        TimeValue g = TimeValue.parse(text(gold, "date"), org.sitrep.model.DatePrecision.DAY);
        TimeValue p = TimeValue.parse(e.date(), e.datePrecision());
        if (!g.isKnown() || !p.isKnown() || !g.overlaps(p)) return false;
        if (e.latitude() == null || !gold.has("lat")) return false;
        if (gold.path("geo_precision").asInt() == 3) return gold.path("country").asText().equals(e.country());
        return Place.distanceKm(gold.path("lat").asDouble(), gold.path("lon").asDouble(), e.latitude(), e.longitude()) <= 25;
    }

    /** True when {@code value} is the gold field's name or one of its {@code field_aliases}. */
    static boolean sameName(JsonNode gold, String field, String value) {
        if (value == null) return gold.path(field).isNull() || gold.path(field).isMissingNode();
        if (Names.key(value).equals(Names.key(gold.path(field).asText()))) return true;
        for (JsonNode a : gold.path(field + "_aliases")) if (Names.key(a.asText()).equals(Names.key(value))) return true;
        return false;
    }

    static String text(JsonNode n, String field) {
        JsonNode v = n.path(field);
        return v.isNull() || v.isMissingNode() ? null : v.asText();
    }

    /** Share of the shorter text's words found in the other (normalised): "about" fields are worded freely. */
    static double overlap(String a, String b) {
        java.util.Set<String> x = new java.util.HashSet<>(List.of(Names.key(a).split(" ")));
        java.util.Set<String> y = new java.util.HashSet<>(List.of(Names.key(b).split(" ")));
        java.util.Set<String> small = x.size() <= y.size() ? x : y, big = small == x ? y : x;
        long common = small.stream().filter(big::contains).count();
        return small.isEmpty() ? 0 : (double) common / small.size();
    }

    private GoldMatcher() {
    }
}
