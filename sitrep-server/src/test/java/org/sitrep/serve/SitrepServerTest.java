package org.sitrep.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sitrep.model.Claim;
import org.sitrep.model.ClaimKind;
import org.sitrep.model.ClaimStatus;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.model.Evidence;
import org.sitrep.model.MentionLink;
import org.sitrep.model.Paragraph;
import org.sitrep.model.ProcessedReport;
import org.sitrep.model.Report;
import org.sitrep.model.Statement;
import org.sitrep.model.Tally;
import org.sitrep.store.SqliteEventStore;

/** The API on a real server on a free port over a temporary store of hand-built records. */
class SitrepServerTest {
    static final String TEXT = "Drones struck Al Asad Air Base on Monday. No one was hurt.\n\n"
            + "The Islamic Resistance in Iraq claimed the attack. <script>alert(1)</script>";
    static final ObjectMapper JSON = new ObjectMapper();
    static final String TOKEN = "test-token-0123456789abcdef";

    @TempDir
    static Path dir;
    static SqliteEventStore store;
    static SitrepServer server;
    static HttpClient http = HttpClient.newHttpClient();
    static final List<List<Path>> ingested = new ArrayList<>();
    static final StringWriter log = new StringWriter();

    @BeforeAll
    static void start() {
        store = SqliteEventStore.open(dir.resolve("api.db"));
        int p1 = TEXT.indexOf("\n\n");
        int p2 = p1 + 2;
        Report report = new Report("r1", "r1.html", "https://example.org/r1", "Example News", "Drones hit base",
                LocalDate.of(2024, 10, 22), "BAGHDAD", "en", TEXT,
                List.of(new Paragraph(0, 0, p1, TEXT.substring(0, p1)), new Paragraph(1, p2, TEXT.length(),
                        TEXT.substring(p2))), 0);
        Evidence trigger = new Evidence("r1", 0, 0, 13, "Drones struck", "trigger");
        int c = TEXT.indexOf("claimed");
        Evidence claimEv = new Evidence("r1", 2, c, c + 7, "claimed", "claim");
        Event asad = new Event("ev-asad", EventType.AIR_DRONE_STRIKE, "2024-10-21", DatePrecision.DAY,
                "Islamic Resistance in Iraq", "irq-ir", "Military Forces of the United States", "usa-mil",
                "Al Asad Air Base", "gaz-asad", "Al Anbar", "IQ", 33.7856, 42.4412, 1, "drone", ClaimStatus.CLAIMED,
                List.of(new Claim(ClaimKind.CLAIM, "Islamic Resistance in Iraq", "irq-ir", "2024-10-21", "Telegram",
                        claimEv)), 0, null, "material damage only", List.of(trigger), List.of("r1"), null);
        // A second strike near Al Asad the next day: a possible duplicate the merger kept apart.
        Event asad2 = new Event("ev-asad2", EventType.SHELLING_MISSILE, "2024-10-22", DatePrecision.DAY,
                "Kataib Hezbollah", null, null, null, "Al Asad Air Base", "gaz-asad", "Al Anbar", "IQ", 33.79, 42.45,
                1, "rocket", ClaimStatus.REPORTED, List.of(), 3, null, null, List.of(trigger), List.of("r1"), null);
        Event kharkiv = new Event("ev-kharkiv", EventType.ARMED_CLASH, "2024-11-02", DatePrecision.DAY,
                "Military Forces of Russia", null, "Military Forces of Ukraine", null, "Kharkiv", "gaz-kh",
                "Kharkivska", "UA", 49.99, 36.23, 1, null, ClaimStatus.CONFIRMED, List.of(), 12, null, null,
                List.of(new Evidence("r1", 1, 42, 50, TEXT.substring(42, 50), "trigger")), List.of("r1"), null);
        Event undated = new Event("ev-undated", EventType.ARREST, null, DatePrecision.UNKNOWN, "Police of Iraq",
                null, null, null, null, null, null, "IQ", null, null, null, null, ClaimStatus.REPORTED, List.of(),
                null, null, null, List.of(), List.of("r1"), null);
        Tally tally = new Tally("t1", "r1", 16, "at least", "2024-10-17", "2024-10-26", "attacks", List.of("IQ", "SY"),
                "Pentagon", "Pat Ryder", "2024-10-27", List.of(trigger));
        Statement statement = new Statement("s1", "r1", "Pat Ryder", "Department of Defense", "2024-10-21",
                DatePrecision.DAY, "ACCUSE", "Islamic Resistance in Iraq", "The Pentagon blamed Iran-backed groups.",
                null, List.of(trigger));
        store.write(new ProcessedReport(report, List.of(asad, asad2, kharkiv, undated),
                List.of(new MentionLink("m1", "r1", "ev-asad", 0, trigger, EventType.AIR_DRONE_STRIKE)),
                List.of(tally), List.of(statement)));
        ReportIngester ingester = (files, published, url, outlet) -> {
            ingested.add(files);
            return new ReportIngester.Outcome(files.size(), 0, 0, List.of(files.get(0) + ": 0 events"));
        };
        // No rate limit: these tests send dozens of requests a second.
        server = SitrepServer.start(new ServerConfig("127.0.0.1", 0, null).withToken(TOKEN, false)
                .withRateLimit(ServerConfig.RateLimit.OFF), store, ingester, new PrintWriter(log));
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    static HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
        if (headers.length > 0) b.headers(headers);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode json(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = get(path);
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        return JSON.readTree(r.body());
    }

    static List<String> ids(String query) throws IOException, InterruptedException {
        List<String> out = new ArrayList<>();
        for (JsonNode e : json("/api/events" + query).get("events")) out.add(e.get("id").asText());
        return out;
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void everyRouteIsDescribedInTheOpenApiDocumentAndNothingElse() throws Exception {
        JsonNode doc = json("/openapi.json");
        assertEquals("3.0.3", doc.get("openapi").asText());
        Set<String> documented = new TreeSet<>();
        for (Iterator<String> p = doc.get("paths").fieldNames(); p.hasNext(); ) {
            String path = p.next();
            for (Iterator<String> m = doc.get("paths").get(path).fieldNames(); m.hasNext(); ) {
                documented.add(m.next().toUpperCase() + " " + path);
            }
        }
        Set<String> routed = new TreeSet<>();
        for (SitrepServer.Route r : server.routes()) routed.add(r.method().name() + " " + r.path());
        assertEquals(routed, documented);
    }

    @Test
    void eventsComeByDateWithTotalAndPage() throws Exception {
        JsonNode body = json("/api/events");
        assertEquals(4, body.get("total").asInt());
        assertEquals(List.of("ev-asad", "ev-asad2", "ev-kharkiv", "ev-undated"), ids(""));
        JsonNode first = body.get("events").get(0);
        assertEquals("Air/drone strike", first.get("sub_event_type").asText());
        assertEquals("Telegram", first.get("claims").get(0).get("channel").asText());
        JsonNode page = json("/api/events?offset=1&limit=2");
        assertEquals(4, page.get("total").asInt());
        assertEquals(2, page.get("events").size());
        assertEquals("ev-asad2", page.get("events").get(0).get("id").asText());
        JsonNode brief = json("/api/events?view=brief&limit=1").get("events").get(0);
        assertEquals(33.7856, brief.get("latitude").asDouble());
        assertFalse(brief.has("evidence"));
    }

    @Test
    void everyFilterNarrowsTheEvents() throws Exception {
        assertEquals(List.of("ev-asad2", "ev-kharkiv"), ids("?since=2024-10-22"));
        assertEquals(List.of("ev-asad"), ids("?until=2024-10-21"));
        assertEquals(List.of("ev-asad", "ev-asad2", "ev-undated"), ids("?country=iq"));
        assertEquals(List.of("ev-kharkiv"), ids("?admin1=" + enc("Kharkivska")));
        assertEquals(List.of("ev-asad", "ev-kharkiv"), ids("?actor=" + enc("forces")));
        assertEquals(List.of("ev-asad", "ev-asad2"), ids("?type=" + enc("explosions")));
        assertEquals(List.of("ev-kharkiv"), ids("?status=confirmed"));
        assertEquals(List.of("ev-asad", "ev-asad2"), ids("?q=" + enc("drones STRUCK")));
        assertEquals(List.of("ev-asad", "ev-asad2"), ids("?bbox=" + enc("40,30,45,35")));
        assertEquals(List.of("ev-kharkiv"), ids("?near=" + enc("50,36.2,20")));
        assertEquals(List.of("ev-asad"), ids("?country=IQ&type=drone&since=2024-10-01&bbox=-180,-90,180,90"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"since=2024-13-01", "until=yesterday", "country=IRQ", "status=rumoured", "bbox=1,2,3",
            "bbox=0,50,10,40", "bbox=a,b,c,d", "near=33,44", "near=95,44,10", "near=33,44,-1", "limit=0",
            "limit=100000", "offset=-1", "offset=x", "view=huge", "contry=IQ", "since=2024-10-10&until=2024-10-01",
            "country=IQ&country=SY"})
    void badParametersGetA400WithAJsonErrorNamingThem(String query) throws Exception {
        HttpResponse<String> r = get("/api/events?" + query);
        assertEquals(400, r.statusCode(), query);
        JsonNode body = JSON.readTree(r.body());
        assertEquals(400, body.get("status").asInt());
        String name = query.substring(0, query.indexOf('='));
        assertTrue(body.get("error").asText().contains(name) || body.get("error").asText().contains("until"),
                body.toString());
        assertFalse(r.body().contains("Exception") || r.body().contains("\tat "), r.body());
    }

    @Test
    void otherEndpointsRefuseBadParametersToo() throws Exception {
        for (String path : List.of("/api/timeline?bucket=month", "/api/actors?since=x", "/api/places?limit=-3",
                "/api/duplicates?near=1", "/api/reports?limit=abc", "/api/tallies?x=1", "/api/statements?offset=-2",
                "/api/export/xml", "/api/export/csv?bbox=1", "/api/events/ev-asad?view=brief", "/api/about?x=1")) {
            HttpResponse<String> r = get(path);
            assertEquals(400, r.statusCode(), path);
            assertTrue(JSON.readTree(r.body()).get("error").asText().length() > 5, path);
        }
    }

    @Test
    void anEventComesWithEvidenceInItsSentenceClaimsHistoryAndDuplicates() throws Exception {
        JsonNode body = json("/api/events/ev-asad");
        assertEquals("ev-asad", body.get("event").get("id").asText());
        JsonNode trigger = body.get("evidence_in_context").get(0);
        assertEquals("Drones struck Al Asad Air Base on Monday.", trigger.get("context").asText());
        assertEquals("Drones struck", trigger.get("context").asText().substring(trigger.get("mark_start").asInt(),
                trigger.get("mark_end").asInt()));
        JsonNode claim = body.get("evidence_in_context").get(1);
        assertEquals("claim", claim.get("claim").asText());
        assertEquals("The Islamic Resistance in Iraq claimed the attack.", claim.get("context").asText());
        assertEquals("Example News", body.get("reports").get(0).get("outlet").asText());
        assertEquals("m1", body.get("history").get(0).get("mention").asText());
        assertEquals("ev-asad2", body.get("possible_duplicates").get(0).get("id").asText());
        HttpResponse<String> missing = get("/api/events/nope");
        assertEquals(404, missing.statusCode());
        assertEquals("no event nope", JSON.readTree(missing.body()).get("error").asText());
    }

    @Test
    void exportsCarryTheFilteredView() throws Exception {
        HttpResponse<String> csv = get("/api/export/csv?country=UA");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertEquals(2, csv.body().strip().split("\n").length);
        assertTrue(csv.body().contains("ev-kharkiv"));
        JsonNode geo = JSON.readTree(get("/api/export/geojson?country=IQ").body());
        assertEquals(2, geo.get("features").size());
        String jsonl = get("/api/export/jsonl?status=confirmed").body();
        assertEquals(1, jsonl.lines().filter(l -> l.contains("\"kind\":\"event\"")).count());
        assertEquals(1, jsonl.lines().filter(l -> l.contains("\"kind\":\"report\"")).count());
    }

    @Test
    void anUnchangedBodyGivesA304ForItsETag() throws Exception {
        HttpResponse<String> first = get("/api/events?country=IQ");
        String tag = first.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = get("/api/events?country=IQ", "If-None-Match", tag);
        assertEquals(304, again.statusCode());
        assertEquals("", again.body());
        assertEquals(200, get("/api/events?country=UA", "If-None-Match", tag).statusCode());
        String csvTag = get("/api/export/csv").headers().firstValue("ETag").orElseThrow();
        assertEquals(304, get("/api/export/csv", "If-None-Match", csvTag).statusCode());
    }

    @Test
    void timelineCountsByDayOrWeek() throws Exception {
        JsonNode days = json("/api/timeline");
        assertEquals("2024-10-21", days.get("buckets").get(0).get("start").asText());
        assertEquals(3, days.get("buckets").size());
        JsonNode weeks = json("/api/timeline?bucket=week&country=IQ");
        assertEquals(1, weeks.get("buckets").size());
        assertEquals("2024-10-21", weeks.get("buckets").get(0).get("start").asText());
        assertEquals(2, weeks.get("buckets").get(0).get("events").asInt());
    }

    @Test
    void actorsPlacesAndDuplicatesFollowTheFilters() throws Exception {
        JsonNode actors = json("/api/actors?country=IQ");
        assertEquals("Islamic Resistance in Iraq", actors.get("actors").get(0).get("name").asText());
        assertEquals(4, actors.get("total").asInt());
        assertEquals(1, json("/api/actors?country=IQ&limit=1").get("actors").size());
        JsonNode places = json("/api/places");
        assertEquals("Al Asad Air Base", places.get("places").get(0).get("location").asText());
        assertEquals(2, places.get("places").get(0).get("events").asInt());
        JsonNode pairs = json("/api/duplicates").get("pairs");
        assertEquals(1, pairs.size());
        assertEquals("ev-asad", pairs.get(0).get("a").get("id").asText());
        assertEquals(0, json("/api/duplicates?country=UA").get("pairs").size());
    }

    @Test
    void reportsTalliesAndStatements() throws Exception {
        JsonNode reports = json("/api/reports");
        assertEquals("r1", reports.get("reports").get(0).get("id").asText());
        assertEquals(4, reports.get("reports").get(0).get("events").size());
        JsonNode report = json("/api/reports/r1");
        assertEquals(TEXT, report.get("text").asText());
        assertEquals(404, get("/api/reports/r9").statusCode());
        JsonNode tally = json("/api/tallies").get("tallies").get(0);
        assertEquals(16, tally.get("count").asInt());
        assertEquals(2, tally.get("events_known").asInt());
        assertEquals("ACCUSE", json("/api/statements").get("statements").get(0).get("plover").asText());
        assertEquals(0, json("/api/statements?offset=5").get("statements").size());
    }

    @Test
    void unknownApiPathsGetAJson404() throws Exception {
        HttpResponse<String> r = get("/api/nothing");
        assertEquals(404, r.statusCode());
        assertTrue(JSON.readTree(r.body()).get("error").asText().contains("/api/nothing"));
    }

    @Test
    void thePageAndItsLibrariesAreServed() throws Exception {
        HttpResponse<String> page = get("/");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("/webjars/leaflet/1.9.4/dist/leaflet.js"));
        assertEquals(200, get("/webjars/leaflet/1.9.4/dist/leaflet.js").statusCode());
        assertEquals(200, get("/webjars/leaflet-markercluster/1.4.1/leaflet.markercluster.js").statusCode());
        assertEquals(177, JSON.readTree(get("/countries-110m.geojson").body()).get("features").size());
        assertTrue(json("/api/about").get("ingest").asBoolean());
    }

    @Test
    void ingestionTakesPastedTextAndFilesWithTheTokenOnly() throws Exception {
        String boundary = "sitrepboundary";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\nRockets hit Erbil.\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"published\"\r\n\r\n2024-10-27\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"../../a.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\nDrones hit Tanf.\r\n--" + boundary + "--\r\n";
        HttpRequest.Builder post = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/ingest"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> refused = http.send(post.build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(401, refused.statusCode());
        assertTrue(refused.body().contains("Authorization"));
        assertEquals("Bearer realm=\"sitrep\"", refused.headers().firstValue("WWW-Authenticate").orElse(""));
        HttpResponse<String> wrong = http.send(post.copy().header("Authorization", "Bearer " + TOKEN + "x").build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(401, wrong.statusCode());
        int before = ingested.size();
        HttpResponse<String> ok = http.send(post.header("Authorization", "Bearer " + TOKEN).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, ok.statusCode(), ok.body());
        assertEquals(2, JSON.readTree(ok.body()).get("added").asInt());
        assertEquals(before + 1, ingested.size(), "refused requests ingested nothing");
        List<Path> files = ingested.get(ingested.size() - 1);
        assertEquals("pasted.txt", files.get(0).getFileName().toString());
        assertEquals("0-a.txt", files.get(1).getFileName().toString());
        assertFalse(Files.exists(files.get(0)), "temporary files are removed");
        assertFalse(JSON.readTree(ok.body()).get("lines").get(0).asText().contains("sitrep-ingest"));
    }
}
