package org.sitrep.eval.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The four corpus formats, a span one character off (GeoVirus) or drifted (TR-News), an unlocated annotation and a broken file. */
class GeoCorpusReaderTest {
    @TempDir
    Path dir;

    @Test
    void readsLglAndGeoWebNewsFormats() throws IOException {
        Path f = write("<articles><article docid=\"7\"><text><![CDATA[Shots in Erbil and Kurdish towns.]]></text><toponyms>"
                + "<toponym><start>9</start><end>14</end><phrase>Erbil</phrase><gaztag geonameid=\"1\"><lat>36.19</lat>"
                + "<lon>44.01</lon></gaztag></toponym></toponyms></article>"
                + "<article file=\"8\"><text>Kurdish fighters</text><toponyms><toponym><extractedName>Kurdish</extractedName>"
                + "<start>0</start><end>7</end><geonamesID>126585</geonamesID><latitude/><longitude/></toponym></toponyms>"
                + "</article></articles>");
        List<String> warnings = new ArrayList<>();
        List<GeoDocument> docs = GeoCorpusReader.read(f, "X", warnings);
        assertEquals(2, docs.size());
        GoldToponym erbil = docs.get(0).toponyms().get(0);
        assertEquals("Erbil", erbil.name());
        assertEquals(36.19, erbil.lat());
        assertEquals("1", erbil.geonamesId());
        assertEquals("126585", docs.get(1).toponyms().get(0).geonamesId());
        assertEquals("8", docs.get(1).id());
        assertFalse(docs.get(1).toponyms().get(0).located());
        assertTrue(docs.get(1).located().isEmpty());
        assertTrue(warnings.isEmpty());
    }

    @Test
    void aSpanOneCharacterOffIsMovedOntoItsName() throws IOException {
        Path f = write("<articles><article><source>u</source><text>A farm in Pandi, Bulacan.</text><locations><location>"
                + "<name>Pandi</name><start>11</start><end>16</end><lat>14.87</lat><lon>120.95</lon></location>"
                + "</locations></article></articles>");
        GoldToponym t = GeoCorpusReader.read(f, "GeoVirus", new ArrayList<>()).get(0).toponyms().get(0);
        assertEquals(10, t.start());
        assertEquals("Pandi", t.name());
        assertNull(t.geonamesId());
    }

    @Test
    void aSpanThatDriftedIsMovedOntoTheNearestOccurrenceOfItsPhrase() throws IOException {
        // TR-News: offsets several characters late; "Ottawa" also occurs far earlier, which is not the one meant.
        Path f = write("<articles><article docid=\"3\"><text>Ottawa said on Monday that in Gatineau and Ottawa, fines rose."
                + "</text><toponyms><toponym><phrase>Ottawa</phrase><start>49</start><end>55</end><gaztag geonameid=\"1\">"
                + "<lat>45.4</lat><lon>-75.7</lon></gaztag></toponym></toponyms></article></articles>");
        GoldToponym t = GeoCorpusReader.read(f, "TR-News", new ArrayList<>()).get(0).toponyms().get(0);
        assertEquals(43, t.start());
        assertEquals("Ottawa", t.name());
    }

    @Test
    void aSpanOutsideTheTextIsLeftOutWithAWarning() throws IOException {
        Path f = write("<articles><article file=\"1\"><text>Short</text><toponyms><toponym><extractedName>X</extractedName>"
                + "<start>-4</start><end>-1</end></toponym></toponyms></article></articles>");
        List<String> warnings = new ArrayList<>();
        assertTrue(GeoCorpusReader.read(f, "X", warnings).get(0).toponyms().isEmpty());
        assertEquals(1, warnings.size());
    }

    @Test
    void brokenFileFailsWithOneLineNamingIt() throws IOException {
        Path f = write("<articles><article>");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GeoCorpusReader.read(f, "X", new ArrayList<>()));
        assertTrue(e.getMessage().startsWith(f.toString()), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }

    private Path write(String xml) throws IOException {
        Path f = dir.resolve("corpus.xml");
        Files.writeString(f, xml, StandardCharsets.UTF_8);
        return f;
    }
}
