package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CameoRecordReaderTest {
    private static final String RECORDS = """
            <Validation>
            <!-- a made-up file in the layout of PETRARCH's unit-test records -->
            <Sentences>
            <Sentence date="20010203" id="T-01" category="DEMO">
            <EventCoding sourcecode="AAA" targetcode="BBBGOV" eventcode="0231"></EventCoding>
            <EventCoding sourcecode="AAA" targetcode="" eventcode="190"></EventCoding>
            <Text>
            Northland asked the Southland
            government for grain.
            </Text>
            <Parse>(ROOT (S (NP (NNP Northland))))</Parse>
            </Sentence>
            <Sentence date="20010204" id="T-02" category="ERROR">
            <EventCoding noevents = "True"></EventCoding>
            <Text>Nothing happened.</Text>
            </Sentence>
            <Sentence date="20010205" id="T-03" category="ERROR">
            <EventCoding error="storydiscard"></EventCoding>
            <Text>A story to throw away.</Text>
            </Sentence>
            </Sentences>
            </Validation>
            """;

    @TempDir
    Path dir;

    @Test
    void readsCodingsTextAndDate() throws IOException {
        List<CameoSentence> s = new CameoRecordReader().read(write(RECORDS));
        assertEquals(3, s.size());
        CameoSentence first = s.get(0);
        assertEquals("T-01", first.id());
        assertEquals(LocalDate.of(2001, 2, 3), first.date());
        assertEquals("Northland asked the Southland government for grain.", first.text());
        assertEquals(List.of(new CameoCoding("AAA", "BBBGOV", "0231"), new CameoCoding("AAA", null, "190")), first.codings());
        assertEquals("02", first.codings().get(0).root());
        assertFalse(first.noEvents());
    }

    @Test
    void noEventsAndErrorRecordsExpectNothing() throws IOException {
        List<CameoSentence> s = new CameoRecordReader().read(write(RECORDS));
        assertTrue(s.get(1).noEvents());
        assertTrue(s.get(2).noEvents());
        assertTrue(s.get(2).codings().isEmpty());
    }

    @Test
    void badFilesFailWithOneLineNamingThem() throws IOException {
        CameoRecordReader reader = new CameoRecordReader();
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class, () -> reader.read(dir.resolve("none.xml")));
        assertTrue(missing.getMessage().startsWith(dir.resolve("none.xml") + ": "), missing.getMessage());
        Path broken = write("<Validation><Sentence id=\"x\" date=\"20010101\"><Text>open");
        IllegalArgumentException xml = assertThrows(IllegalArgumentException.class, () -> reader.read(broken));
        assertTrue(xml.getMessage().startsWith(broken.toString()), xml.getMessage());
        Path badDate = write("<V><Sentence id=\"x\" date=\"2001\"><Text>t</Text></Sentence></V>");
        assertEquals(badDate + ": sentence x: bad date '2001'",
                assertThrows(IllegalArgumentException.class, () -> reader.read(badDate)).getMessage());
    }

    private Path write(String text) throws IOException {
        Path f = Files.createTempFile(dir, "records", ".xml");
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }
}
