package org.sitrep.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GeoJsonExporterTest {
    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void pointsAreLongitudeThenLatitudeAndUnplacedEventsAreCounted() throws IOException {
        StringWriter out = new StringWriter();
        ExportSummary summary = new GeoJsonExporter().write(ExportFixtures.content(), out);
        assertEquals(2, summary.events());
        assertEquals(1, summary.eventsWithoutCoordinates());

        JsonNode root = mapper.readTree(out.toString());
        assertEquals("FeatureCollection", root.get("type").asText());
        JsonNode features = root.get("features");
        assertEquals(2, features.size());
        JsonNode asad = features.get(0);
        assertEquals("Feature", asad.get("type").asText());
        assertEquals("e-asad", asad.get("id").asText());
        assertEquals("Point", asad.get("geometry").get("type").asText());
        assertEquals(42.4412, asad.get("geometry").get("coordinates").get(0).asDouble());
        assertEquals(33.7856, asad.get("geometry").get("coordinates").get(1).asDouble());
        assertEquals(JsonLinesExporterTest.EVENT_FIELDS, JsonLinesExporterTest.keys(asad.get("properties")));
        assertEquals("Al Asad Air Base", asad.get("properties").get("location").asText());
    }

    @Test
    void noEventsGiveAnEmptyCollection() throws IOException {
        StringWriter out = new StringWriter();
        ExportContent none = new ExportContent(List.of(), List.of(ExportFixtures.unlocated()), List.of(), List.of());
        assertEquals(1, new GeoJsonExporter().write(none, out).eventsWithoutCoordinates());
        assertEquals(0, mapper.readTree(out.toString()).get("features").size());
    }

    @Test
    void oneFeatureALineAndTheSameBytesEachTime() throws IOException {
        StringWriter a = new StringWriter();
        StringWriter b = new StringWriter();
        new GeoJsonExporter().write(ExportFixtures.content(), a);
        new GeoJsonExporter().write(ExportFixtures.content(), b);
        assertEquals(a.toString(), b.toString());
        List<String> lines = new ArrayList<>(List.of(a.toString().split("\n")));
        assertEquals(4, lines.size());
        assertEquals("]}", lines.get(3));
    }
}
