package org.sitrep.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonLinesExporterTest {
    /** RECORD.md's fields for each kind, in the order written, with the extras the brief asks for. */
    static final List<String> EVENT_FIELDS = List.of("id", "event_type", "sub_event_type", "plover", "plover_mode",
            "date", "date_precision", "actor1", "actor1_id", "actor2", "actor2_id", "location", "admin1", "country",
            "latitude", "longitude", "geo_precision", "place_id", "weapon", "status", "claimed_by", "confirmed_by",
            "denied_by", "claims", "fatalities", "injuries", "outcome", "evidence", "reports", "first_reported",
            "sources", "outlets", "notes");
    static final List<String> TALLY_FIELDS = List.of("id", "count", "qualifier", "from", "to", "what", "where",
            "source", "speaker", "stated", "evidence", "report",
            // Extra field: every report that states the tally (merged across reports).
            "reports", "events_known");
    static final List<String> STATEMENT_FIELDS = List.of("id", "speaker", "speaker_affiliation", "date",
            "date_precision", "plover", "about", "summary", "quote", "evidence", "report",
            // Extra field: every report that tells the statement (merged across reports).
            "reports");
    static final List<String> REPORT_FIELDS = List.of("id", "url", "outlet", "title", "published", "dateline",
            "language", "paragraphs", "duplicate_paragraphs_removed", "events", "tallies", "statements",
            // Extra fields: how the publication date is known (issue 5), and the report it copies (issue 6).
            "published_inferred", "published_range", "published_precision", "published_basis", "published_conflict",
            "duplicate_of", "similarity");
    static final List<String> CLAIM_FIELDS = List.of("kind", "by", "by_id", "date", "channel", "evidence");
    static final List<String> EVIDENCE_FIELDS = List.of("report", "sentence", "start", "end", "text", "field");

    private final ObjectMapper mapper = new ObjectMapper();

    private String export(ExportContent content) throws IOException {
        StringWriter out = new StringWriter();
        new JsonLinesExporter().write(content, out);
        return out.toString();
    }

    private List<JsonNode> lines(String output) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String line : output.split("\n")) out.add(mapper.readTree(line));
        return out;
    }

    static List<String> keys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) keys.add(it.next());
        return keys;
    }

    private static List<String> withKind(List<String> fields) {
        List<String> out = new ArrayList<>(List.of("kind"));
        out.addAll(fields);
        return out;
    }

    @Test
    void everyKindHasExactlyTheFieldsOfTheRecordFormat() throws IOException {
        List<JsonNode> lines = lines(export(ExportFixtures.content()));
        assertEquals(3 + 3 + 3 + 1, lines.size());
        Map<String, List<String>> expected = Map.of("report", withKind(REPORT_FIELDS), "event",
                withKind(EVENT_FIELDS), "tally", withKind(TALLY_FIELDS), "statement", withKind(STATEMENT_FIELDS));
        List<String> kinds = new ArrayList<>();
        for (JsonNode line : lines) {
            String kind = line.get("kind").asText();
            kinds.add(kind);
            assertEquals(expected.get(kind), keys(line), kind);
        }
        assertEquals(List.of("report", "report", "report", "event", "event", "event", "tally", "tally", "tally",
                "statement"), kinds);
        JsonNode asad = lines.get(4);
        assertEquals(CLAIM_FIELDS, keys(asad.get("claims").get(0)));
        assertEquals(EVIDENCE_FIELDS, keys(asad.get("claims").get(0).get("evidence")));
        assertEquals(EVIDENCE_FIELDS, keys(asad.get("evidence").get(0)));
    }

    @Test
    void eventValuesFollowTheRecordFormat() throws IOException {
        Map<String, JsonNode> byId = byId(lines(export(ExportFixtures.content())));
        JsonNode asad = byId.get("e-asad");
        assertEquals("Explosions/Remote violence", asad.get("event_type").asText());
        assertEquals("Air/drone strike", asad.get("sub_event_type").asText());
        assertEquals("ASSAULT", asad.get("plover").asText());
        assertEquals("aerial", asad.get("plover_mode").asText());
        assertEquals("day", asad.get("date_precision").asText());
        assertEquals("confirmed", asad.get("status").asText());
        assertEquals("Islamic Resistance in Iraq", asad.get("claimed_by").asText());
        assertEquals("Military Forces of the United States", asad.get("confirmed_by").asText());
        assertTrue(asad.get("denied_by").isNull());
        assertEquals("confirm", asad.get("claims").get(0).get("kind").asText());
        assertEquals(33.7856, asad.get("latitude").asDouble());
        assertEquals(1, asad.get("geo_precision").asInt());
        assertEquals("r1", asad.get("first_reported").asText());
        assertEquals(2, asad.get("reports").size());

        JsonNode syria = byId.get("e-syria");
        assertEquals("2024-10-17/2024-10-19", syria.get("date").asText());
        assertEquals("range", syria.get("date_precision").asText());
        assertEquals("Ḥarakat al-Nujabāʼ", syria.get("actor1").asText());
        for (String field : List.of("actor2", "latitude", "longitude", "fatalities", "notes", "claimed_by")) {
            assertTrue(syria.has(field) && syria.get(field).isNull(), field);
        }
    }

    @Test
    void reportsAndTalliesPointAtTheirRecords() throws IOException {
        Map<String, JsonNode> byId = byId(lines(export(ExportFixtures.content())));
        JsonNode r2 = byId.get("r2");
        assertEquals(List.of("e-syria", "e-asad"), texts(r2.get("events")));
        assertEquals(List.of("t1", "t2"), texts(r2.get("tallies")));
        assertEquals(List.of(), texts(r2.get("statements")));
        assertEquals(List.of("s1"), texts(byId.get("r1").get("statements")));
        assertEquals(1, r2.get("paragraphs").asInt());
        assertTrue(r2.get("outlet").isNull());
        assertEquals("2024-10-21", r2.get("published").asText());
        // Iraq or Syria, 17 to 26 October: Al Asad and the Syrian range; December is outside.
        assertEquals(2, byId.get("t1").get("events_known").asInt());
        // "iq" from October to the day stated: Al Asad only (country compared ignoring case).
        assertEquals(1, byId.get("t2").get("events_known").asInt());
        assertTrue(byId.get("t3").get("events_known").isNull());
    }

    @Test
    void aCopiedReportCountsAsItsSourceButNotAsItsOutlet() throws IOException {
        ExportContent c = ExportFixtures.content();
        ExportContent linked = new ExportContent(c.reports(), c.events(), c.tallies(), c.statements(),
                List.of(new org.sitrep.model.ReportCopy("r2", "r1", 0.8123)));
        Map<String, JsonNode> before = byId(lines(export(c))), after = byId(lines(export(linked)));
        assertEquals(2, before.get("e-asad").get("sources").asInt());
        assertEquals(1, after.get("e-asad").get("sources").asInt());
        assertEquals(2, after.get("e-asad").get("outlets").asInt());
        assertEquals("r1", after.get("r2").get("duplicate_of").asText());
        assertEquals(0.812, after.get("r2").get("similarity").asDouble());
        assertTrue(after.get("r1").get("duplicate_of").isNull());
    }

    @Test
    void sameContentGivesTheSameBytes() throws IOException {
        ByteArrayOutputStream a = new ByteArrayOutputStream();
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        new JsonLinesExporter().write(ExportFixtures.content(), a);
        new JsonLinesExporter().write(ExportFixtures.content(), b);
        assertEquals(a.toString(StandardCharsets.UTF_8), b.toString(StandardCharsets.UTF_8));
        String text = a.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("Ḥarakat al-Nujabāʼ"), "non-ASCII written as UTF-8, not escaped");
        assertTrue(text.endsWith("\n"));
        assertFalse(text.contains("\r"));
        assertFalse(text.contains("\u2028"), "U+2028 escaped so that no line reader splits a record");
        assertEquals(export(ExportFixtures.content()), text);
    }

    private static Map<String, JsonNode> byId(List<JsonNode> lines) {
        Map<String, JsonNode> out = new HashMap<>();
        for (JsonNode line : lines) out.put(line.get("id").asText(), line);
        return out;
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
