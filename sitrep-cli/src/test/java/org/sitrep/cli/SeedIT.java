package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.eval.GoldCorpus;
import org.sitrep.eval.GoldItem;
import org.sitrep.eval.Scorer;
import org.sitrep.model.Claim;
import org.sitrep.model.ClaimKind;
import org.sitrep.model.Event;
import org.sitrep.model.Report;
import org.sitrep.model.Statement;
import org.sitrep.model.Tally;
import org.sitrep.refdata.Names;
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
    static GoldCorpus gold;

    @BeforeAll
    static void ingestSeed() {
        gold = GoldCorpus.load(GOLD);
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

    /** Issue 5: the seed carries no year; without --published its date is inferred and its events dated as gold. */
    @Test
    void withoutAPublicationDateTheDateIsInferredAndTheEventsDatedAsGold() {
        Path db = dir.resolve("undated.db");
        assertEquals(0, Main.run("ingest", SEED.toString(), "--db", db.toString()));
        try (SqliteEventStore s = SqliteEventStore.open(db)) {
            Report r = s.reports().get(0);
            assertEquals(java.time.LocalDate.of(2023, 10, 27), r.published(), "inferred publication date");
            List<Event> undated = s.events(EventQuery.all());
            for (GoldItem item : gold.events()) {
                List<Event> found = undated.stream().filter(e -> Scorer.eventsMatch(e, item)).toList();
                assertEquals(1, found.size(), item.id() + ": matching events " + found);
                assertEquals(item.fields().path("date").asText(), found.get(0).date(), item.id() + " date");
            }
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
        for (GoldItem item : gold.events()) {
            List<Event> found = events.stream().filter(e -> Scorer.eventsMatch(e, item)).toList();
            var g = item.fields();
            String id = item.id();
            assertEquals(1, found.size(), id + ": matching events " + found);
            Event e = found.get(0);
            assertEquals(g.path("date").asText(), e.date(), id + " date");
            assertEquals(g.path("date_precision").asText(), e.datePrecision().code(), id + " date precision");
            assertEquals(g.path("sub_event_type").asText(), e.type().label(), id + " sub-event type");
            assertTrue(sameName(item, "actor1", e.actor1()), id + " actor1 " + e.actor1());
            assertTrue(sameName(item, "actor2", e.actor2()), id + " actor2 " + e.actor2());
            assertTrue(sameName(item, "location", e.location()), id + " location " + e.location());
            assertEquals(g.path("geo_precision").asInt(), e.geoPrecision(), id + " geo precision");
            assertEquals(g.path("country").asText(), e.country(), id + " country");
            assertEquals(g.path("weapon").asText(), e.weapon(), id + " weapon");
            assertEquals(g.path("status").asText(), e.status().code(), id + " status");
            assertEquals(item.text("claimed_by"), by(e, ClaimKind.CLAIM), id + " claimed_by");
            assertEquals(item.text("confirmed_by"), by(e, ClaimKind.CONFIRM), id + " confirmed_by");
            if (g.hasNonNull("fatalities")) assertEquals(g.path("fatalities").asInt(), e.fatalities(), id + " fatalities");
            if (g.hasNonNull("claim_channel")) {
                assertTrue(e.claims().stream().anyMatch(c -> g.path("claim_channel").asText().equals(c.channel())), id + " channel");
            }
            assertTrue(e.evidence().stream().anyMatch(ev -> ev.field().equals("trigger")), id + " evidence");
        }
    }

    @Test
    void theTallyIsOneCountNeverEvents() throws Exception {
        var g = gold.tallies().get(0).fields();
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
        List<GoldItem> goldStatements = gold.statements();
        assertEquals(goldStatements.size(), statements.size());
        for (GoldItem item : goldStatements) {
            var g = item.fields();
            List<Statement> found = statements.stream()
                    .filter(s -> s.speaker().equals(g.path("speaker").asText()) && s.plover().equals(g.path("type").asText()))
                    .toList();
            assertEquals(1, found.size(), g.path("id").asText());
            Statement s = found.get(0);
            assertEquals(item.text("date"), s.date(), item.id() + " date");
            assertEquals(g.path("speaker_affiliation").asText(), s.speakerAffiliation());
            assertNotNull(s.about());
            assertTrue(overlap(g.path("about").asText(), s.about()) >= 0.6, s.about());
        }
    }

    /** Exact name agreement (under {@link Names#key}) with the gold field or one of its aliases; null with null. */
    private static boolean sameName(GoldItem g, String field, String value) {
        List<String> names = g.names(field);
        if (value == null) return names.isEmpty();
        return names.stream().anyMatch(n -> Names.key(n).equals(Names.key(value)));
    }

    /** Share of the shorter text's words found in the other (normalised): "about" fields are worded freely. */
    private static double overlap(String a, String b) {
        Set<String> x = new HashSet<>(List.of(Names.key(a).split(" ")));
        Set<String> y = new HashSet<>(List.of(Names.key(b).split(" ")));
        Set<String> small = x.size() <= y.size() ? x : y, big = small == x ? y : x;
        long common = small.stream().filter(big::contains).count();
        return small.isEmpty() ? 0 : (double) common / small.size();
    }

    private static String by(Event e, ClaimKind kind) {
        return e.claims().stream().filter(c -> c.kind() == kind).map(Claim::by).findFirst().orElse(null);
    }
}
