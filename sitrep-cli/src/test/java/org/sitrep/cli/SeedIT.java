package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Claim;
import org.sitrep.model.ClaimKind;
import org.sitrep.model.Event;
import org.sitrep.model.Report;
import org.sitrep.model.Statement;
import org.sitrep.model.Tally;
import org.sitrep.store.EventQuery;
import org.sitrep.store.SqliteEventStore;

/** The seed report through the real command line, checked field by field against its gold from ../shared. */
class SeedIT {
    static final Path SHARED = Path.of("..", "..", "shared");
    static final Path SEED = SHARED.resolve("seeds/000_6491426d98a87192.txt");
    static final Path GOLD = SHARED.resolve("gold/000_6491426d98a87192.gold.jsonl");

    @TempDir
    static Path dir;
    static List<Event> events;
    static List<Tally> tallies;
    static List<Statement> statements;
    static List<Report> reports;

    @BeforeAll
    static void ingestSeed() {
        Path db = dir.resolve("seed.db");
        assertEquals(0, Main.run("ingest", SEED.toString(), "--published", "2023-10-27", "--db", db.toString()));
        assertEquals(0, Main.run("ingest", SEED.toString(), "--published", "2023-10-27", "--url", "https://example.org/copy", "--db", db.toString()));
        try (SqliteEventStore s = SqliteEventStore.open(db)) {
            events = s.events(EventQuery.all());
            tallies = s.tallies();
            statements = s.statements();
            reports = s.reports();
        }
    }

    @Test
    void secondIngestUnderAnotherUrlAddsNothing() {
        assertEquals(1, reports.size());
        assertEquals(3, events.size());
    }

    @Test
    void repeatedParagraphsAreRemovedAndTheBrokenSentenceRejoined() {
        Report r = reports.get(0);
        assertEquals(8, r.duplicateParagraphsRemoved());
        // Gold counts 10 source paragraphs: the title and the two halves of the broken sentence among them.
        assertEquals(8, r.paragraphs().size());
        assertEquals("Erbil", r.dateline());
        assertTrue(r.paragraphs().stream().anyMatch(p -> p.text().contains("eastern Syria in \"response to")));
    }

    @Test
    void eachGoldEventIsFoundExactlyOnceWithItsFields() throws Exception {
        for (JsonNode g : GoldMatcher.read(GOLD, "event")) {
            List<Event> found = events.stream().filter(e -> GoldMatcher.matches(g, e)).toList();
            String id = g.path("id").asText();
            assertEquals(1, found.size(), id + ": matching events " + found);
            Event e = found.get(0);
            assertEquals(g.path("date").asText(), e.date(), id + " date");
            assertEquals(g.path("date_precision").asText(), e.datePrecision().code(), id + " date precision");
            assertEquals(g.path("sub_event_type").asText(), e.type().label(), id + " sub-event type");
            assertTrue(GoldMatcher.sameName(g, "actor1", e.actor1()), id + " actor1 " + e.actor1());
            assertTrue(GoldMatcher.sameName(g, "actor2", e.actor2()), id + " actor2 " + e.actor2());
            assertTrue(GoldMatcher.sameName(g, "location", e.location()), id + " location " + e.location());
            assertEquals(g.path("geo_precision").asInt(), e.geoPrecision(), id + " geo precision");
            assertEquals(g.path("country").asText(), e.country(), id + " country");
            assertEquals(g.path("weapon").asText(), e.weapon(), id + " weapon");
            assertEquals(g.path("status").asText(), e.status().code(), id + " status");
            assertEquals(GoldMatcher.text(g, "claimed_by"), by(e, ClaimKind.CLAIM), id + " claimed_by");
            assertEquals(GoldMatcher.text(g, "confirmed_by"), by(e, ClaimKind.CONFIRM), id + " confirmed_by");
            if (g.hasNonNull("fatalities")) assertEquals(g.path("fatalities").asInt(), e.fatalities(), id + " fatalities");
            if (g.hasNonNull("claim_channel")) {
                assertTrue(e.claims().stream().anyMatch(c -> g.path("claim_channel").asText().equals(c.channel())), id + " channel");
            }
            assertTrue(e.evidence().stream().anyMatch(ev -> ev.field().equals("trigger")), id + " evidence");
        }
    }

    @Test
    void theTallyIsOneCountNeverEvents() throws Exception {
        JsonNode g = GoldMatcher.read(GOLD, "tally").get(0);
        assertEquals(1, tallies.size());
        Tally t = tallies.get(0);
        assertEquals(g.path("count").asInt(), t.count());
        assertEquals(g.path("from").asText(), t.from());
        assertEquals(g.path("to").asText(), t.to());
        assertEquals(g.path("source").asText(), t.source());
        assertEquals(g.path("speaker").asText(), t.speaker());
        assertEquals(g.path("stated").asText(), t.stated());
        assertEquals(List.of("IQ", "SY"), t.where());
    }

    @Test
    void eachGoldStatementIsFoundOnceWithSpeakerTypeAndDate() throws Exception {
        List<JsonNode> gold = GoldMatcher.read(GOLD, "statement");
        assertEquals(gold.size(), statements.size());
        for (JsonNode g : gold) {
            List<Statement> found = statements.stream()
                    .filter(s -> s.speaker().equals(g.path("speaker").asText()) && s.plover().equals(g.path("type").asText()))
                    .toList();
            assertEquals(1, found.size(), g.path("id").asText());
            Statement s = found.get(0);
            assertEquals(GoldMatcher.text(g, "date"), s.date(), g.path("id").asText() + " date");
            assertEquals(g.path("speaker_affiliation").asText(), s.speakerAffiliation());
            assertNotNull(s.about());
            assertTrue(GoldMatcher.overlap(g.path("about").asText(), s.about()) >= 0.6, s.about());
        }
    }

    private static String by(Event e, ClaimKind kind) {
        return e.claims().stream().filter(c -> c.kind() == kind).map(Claim::by).findFirst().orElse(null);
    }
}
