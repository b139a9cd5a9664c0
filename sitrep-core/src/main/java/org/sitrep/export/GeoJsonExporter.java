package org.sitrep.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import org.sitrep.model.Event;

/**
 * Events as a GeoJSON FeatureCollection (RFC 7946) for QGIS and web maps: each event with coordinates is a Point
 * feature at [longitude, latitude] (GeoJSON's order, the reverse of the record's), with the event's id as the
 * feature id and the fields of the JSON Lines event object, without {@code kind}, as properties. Events without
 * both coordinates cannot be placed: they are left out and counted in
 * {@link ExportSummary#eventsWithoutCoordinates()}. One feature a line, so that diffs of two exports stay
 * readable. Reports, tallies and statements have no place of their own and are not written. No options.
 */
public final class GeoJsonExporter implements Exporter {
    private final ObjectMapper mapper = JsonOutput.newMapper();

    @Override
    public ExportSummary write(ExportContent content, Writer out) throws IOException {
        RecordNodes nodes = new RecordNodes(content);
        int written = 0;
        int leftOut = 0;
        out.write("{\"type\":\"FeatureCollection\",\"features\":[");
        for (Event e : content.events()) {
            if (e.latitude() == null || e.longitude() == null) {
                leftOut++;
                continue;
            }
            out.write(written == 0 ? "\n" : ",\n");
            out.write(mapper.writeValueAsString(feature(e, nodes.event(e))));
            written++;
        }
        out.write("\n]}\n");
        out.flush();
        return new ExportSummary(0, written, 0, 0, leftOut);
    }

    private ObjectNode feature(Event e, ObjectNode properties) {
        ObjectNode feature = mapper.createObjectNode();
        feature.put("type", "Feature");
        feature.put("id", e.id());
        ObjectNode geometry = feature.putObject("geometry");
        geometry.put("type", "Point");
        geometry.putArray("coordinates").add(e.longitude()).add(e.latitude());
        feature.set("properties", properties);
        return feature;
    }
}
