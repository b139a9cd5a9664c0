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
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Report;
import org.sitrep.model.Statement;
import org.sitrep.store.SqliteEventStore;

/**
 * How reporters word accusations, demands, threats, denials, disapproval, appeals and agreements in several
 * theatres, and sentences that only look like statements (a court story, "a call for tenders", "warned of
 * famine"), each as its own report through the real command line. The statement rules are tuned on the dev
 * split; these cases keep them a reading of the wording rather than of dev's sentences.
 */
class StatementCasesIT {
    @TempDir
    Path dir;

    record Case(String published, String text, Map<String, String> expected) {
    }

    @Test
    void eachCaseGivesTheExpectedStatement() throws IOException {
        List<Case> cases = cases();
        Path input = dir.resolve("cases.jsonl");
        ObjectMapper json = new ObjectMapper();
        List<String> lines = new ArrayList<>();
        for (int k = 0; k < cases.size(); k++) {
            lines.add(json.writeValueAsString(Map.of("url", "https://statement-cases.example/" + k, "title", "case " + k,
                    "published", cases.get(k).published(), "text", cases.get(k).text())));
        }
        Files.write(input, lines, StandardCharsets.UTF_8);
        Path db = dir.resolve("cases.db");
        assertEquals(0, Main.run("ingest", input.toString(), "--no-filter", "--db", db.toString()));
        try (SqliteEventStore store = SqliteEventStore.open(db)) {
            List<Statement> statements = store.statements();
            List<String> failures = new ArrayList<>();
            for (int k = 0; k < cases.size(); k++) {
                String url = "https://statement-cases.example/" + k;
                String report = store.reports().stream().filter(r -> url.equals(r.url())).map(Report::id).findFirst().orElseThrow();
                // A statement told again by a later case is merged into the first: it still lists this report.
                List<Statement> mine = statements.stream().filter(s -> s.reports().contains(report)).toList();
                Case c = cases.get(k);
                if (c.expected().containsKey("none")) {
                    if (!mine.isEmpty()) failures.add(c.text() + ": expected no statement, got " + describe(mine));
                    continue;
                }
                if (mine.stream().noneMatch(s -> fits(s, c.expected()))) {
                    failures.add(c.text() + ": expected " + c.expected() + ", got " + describe(mine));
                }
            }
            assertTrue(failures.isEmpty(), String.join("\n", failures));
        }
    }

    /** The type must agree, the speaker be the one named (when given), and the target hold the words given. */
    private static boolean fits(Statement s, Map<String, String> expected) {
        if (!s.plover().equals(expected.get("type"))) return false;
        if (expected.containsKey("source") && !expected.get("source").equals(s.speaker())) return false;
        String target = expected.get("target");
        return target == null || s.about() != null
                && s.about().toLowerCase(Locale.ROOT).contains(target.toLowerCase(Locale.ROOT));
    }

    private static String describe(List<Statement> statements) {
        List<String> out = new ArrayList<>();
        for (Statement s : statements) out.add(s.plover() + " by " + s.speaker() + " about " + s.about());
        return out.isEmpty() ? "none" : String.join(", ", out);
    }

    private static List<Case> cases() throws IOException {
        List<Case> out = new ArrayList<>();
        try (var in = StatementCasesIT.class.getResourceAsStream("statement-cases.tsv")) {
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
