package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.ClaimKind;
import org.sitrep.model.Event;
import org.sitrep.model.Report;
import org.sitrep.store.EventQuery;
import org.sitrep.store.SqliteEventStore;

/**
 * Roles, tolls and places the parser tends to get wrong (a weapon word tagged as a verb, a subject with a
 * participle, victims' side, a running total after the toll), each sentence as its own report through the real
 * command line.
 */
class RoleCasesIT {
    @TempDir
    Path dir;

    record Case(String published, String text, Map<String, String> expected) {
    }

    @Test
    void eachCaseGivesTheExpectedEvent() throws IOException {
        List<Case> cases = cases();
        Path input = dir.resolve("cases.jsonl");
        ObjectMapper json = new ObjectMapper();
        List<String> lines = new ArrayList<>();
        for (int k = 0; k < cases.size(); k++) {
            lines.add(json.writeValueAsString(Map.of("url", "https://cases.example/" + k, "title", "case " + k,
                    "published", cases.get(k).published(), "text", cases.get(k).text())));
        }
        Files.write(input, lines, StandardCharsets.UTF_8);
        Path db = dir.resolve("cases.db");
        assertEquals(0, Main.run("ingest", input.toString(), "--no-filter", "--db", db.toString()));
        try (SqliteEventStore store = SqliteEventStore.open(db)) {
            List<Event> events = store.events(EventQuery.all());
            List<String> failures = new ArrayList<>();
            for (int k = 0; k < cases.size(); k++) {
                String url = "https://cases.example/" + k;
                String report = store.reports().stream().filter(r -> url.equals(r.url())).map(Report::id).findFirst().orElseThrow();
                List<Event> mine = events.stream().filter(e -> e.reports().contains(report)).toList();
                Case c = cases.get(k);
                if (c.expected().containsKey("none")) {
                    if (!mine.isEmpty()) failures.add(c.text() + ": expected no event, got " + mine);
                    continue;
                }
                // "events=2": a report that tells that many events; with "location=X" or "type=T" too, the fields are
                // checked on the event at X, or of type T.
                if (c.expected().containsKey("events")) {
                    if (mine.size() != Integer.parseInt(c.expected().get("events"))) {
                        failures.add(c.text() + ": expected " + c.expected().get("events") + " events, got " + mine);
                        continue;
                    }
                    if (!c.expected().containsKey("location") && !c.expected().containsKey("type")) continue;
                    mine = mine.stream().filter(e -> c.expected().getOrDefault("location", e.location()).equals(e.location())
                            && c.expected().getOrDefault("type", e.type().label()).equals(e.type().label())).toList();
                }
                if (mine.size() != 1) {
                    failures.add(c.text() + ": expected one event, got " + mine.size());
                    continue;
                }
                Event e = mine.get(0);
                for (Map.Entry<String, String> x : c.expected().entrySet()) {
                    if (x.getKey().equals("events")) continue;
                    String got = switch (x.getKey()) {
                        case "actor1" -> e.actor1();
                        case "actor2" -> e.actor2();
                        case "fatalities" -> e.fatalities() == null ? null : e.fatalities().toString();
                        case "location" -> e.location();
                        case "type" -> e.type().label();
                        case "date" -> e.date();
                        case "weapon" -> e.weapon();
                        case "status" -> e.status().code();
                        case "claimed_by" -> e.claims().stream().filter(cl -> cl.kind() == ClaimKind.CLAIM)
                                .map(cl -> cl.by()).findFirst().orElse(null);
                        default -> throw new IllegalArgumentException("unknown field " + x.getKey());
                    };
                    // "actor2=none", "claimed_by=none": the field is empty.
                    boolean agrees = x.getValue().equals("none") ? got == null : x.getValue().equals(got);
                    if (!agrees) failures.add(c.text() + ": " + x.getKey() + " " + got + ", expected " + x.getValue());
                }
            }
            assertTrue(failures.isEmpty(), String.join("\n", failures));
        }
    }

    private static List<Case> cases() throws IOException {
        List<Case> out = new ArrayList<>();
        try (var in = RoleCasesIT.class.getResourceAsStream("role-cases.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("published\t")) continue;
                String[] f = line.split("\t");
                Map<String, String> expected = new LinkedHashMap<>();
                for (String pair : f[2].split(";")) {
                    String[] kv = pair.trim().split("=", 2);
                    expected.put(kv[0], kv.length > 1 ? kv[1] : "");
                }
                out.add(new Case(f[0], f[1], expected));
            }
        }
        return out;
    }
}
