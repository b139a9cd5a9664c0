package org.sitrep.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvExporterTest {
    private String export() throws IOException {
        StringWriter out = new StringWriter();
        ExportSummary summary = new CsvExporter().write(ExportFixtures.content(), out);
        assertEquals(3, summary.events());
        return out.toString();
    }

    @Test
    void headerStartsWithAcledNames() throws IOException {
        String header = export().split("\n", 2)[0];
        assertTrue(header.startsWith("event_id_cnty,event_date,time_precision,event_type,sub_event_type,actor1,"
                + "actor2,admin1,country,location,latitude,longitude,geo_precision,fatalities,notes,source,plover,"
                + "weapon,status,claimed_by,confirmed_by,denied_by,injuries,outcome,reports,evidence"), header);
    }

    @Test
    void quotesCommasQuotesAndLineBreaks() {
        assertEquals("plain", CsvExporter.quote("plain"));
        assertEquals("", CsvExporter.quote(null));
        assertEquals("\"a, b\"", CsvExporter.quote("a, b"));
        assertEquals("\"say \"\"no\"\"\"", CsvExporter.quote("say \"no\""));
        assertEquals("\"one\ntwo\"", CsvExporter.quote("one\ntwo"));
        assertEquals("\"one\rtwo\"", CsvExporter.quote("one\rtwo"));
    }

    @Test
    void rowsParseBackToTheirFields() throws IOException {
        List<List<String>> rows = parse(export());
        assertEquals(4, rows.size());
        for (List<String> row : rows) assertEquals(CsvExporter.HEADER.size(), row.size());
        List<String> header = rows.get(0);
        List<String> asad = rows.get(2);
        assertEquals("e-asad", asad.get(header.indexOf("event_id_cnty")));
        assertEquals(ExportFixtures.located().notes(), asad.get(header.indexOf("notes")));
        assertEquals("Example News; https://example.org/r2", asad.get(header.indexOf("source")));
        assertEquals("r1; r2", asad.get(header.indexOf("reports")));
        assertEquals(ExportFixtures.TEXT + " | " + ExportFixtures.TEXT, asad.get(header.indexOf("evidence")));
        assertEquals("Islamic Resistance in Iraq", asad.get(header.indexOf("claimed_by")));
        assertEquals("day", asad.get(header.indexOf("time_precision")));
        assertEquals("confirmed", asad.get(header.indexOf("status")));
        List<String> syria = rows.get(1);
        assertEquals("", syria.get(header.indexOf("latitude")));
        assertEquals("2024-10-17/2024-10-19", syria.get(header.indexOf("event_date")));
        // No report r3 in the content: its id stands in.
        List<String> late = rows.get(3);
        assertEquals("r3", late.get(header.indexOf("source")));
        assertEquals("0.0001", late.get(header.indexOf("latitude")));
        assertEquals("33.7856", asad.get(header.indexOf("latitude")));
        assertEquals("-0.00005", late.get(header.indexOf("longitude")));
    }

    @Test
    void sameContentGivesTheSameText() throws IOException {
        assertEquals(export(), export());
    }

    /** A strict RFC 4180 reader, for checking what the exporter wrote. */
    static List<List<String>> parse(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                assertEquals(0, field.length(), "a quote inside an unquoted field");
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        assertTrue(row.isEmpty() && field.length() == 0, "output ends with a line break");
        return rows;
    }
}
