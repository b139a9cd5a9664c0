package org.sitrep.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The record format flattened for Parquet, as the CSV export flattens events: ACLED's column names where ACLED has
 * one ({@code event_id_cnty, event_date, time_precision, ...}, in the CSV's order), lists of names joined with
 * "; ", evidence texts with " | ", claims as "kind by date". Numbers stay numbers. Each row is read from the
 * record's JSON line, so Parquet and JSON Lines cannot drift apart.
 */
final class FlatRecords {
    /** A column: its name, the record field it is read from, and its type. */
    record Column(String name, String field, DataType type) implements java.io.Serializable {
    }

    static final List<Column> EVENT = List.of(
            text("event_id_cnty", "id"), text("event_date", "date"), text("time_precision", "date_precision"),
            text("event_type"), text("sub_event_type"), text("actor1"), text("actor2"), text("admin1"),
            text("country"), text("location"), real("latitude"), real("longitude"), whole("geo_precision"),
            whole("fatalities"), text("notes"), text("source"), text("plover"), text("weapon"), text("status"),
            text("claimed_by"), text("confirmed_by"), text("denied_by"), whole("injuries"), text("outcome"),
            text("reports"), text("evidence"), text("plover_mode"), text("actor1_id"), text("actor2_id"),
            text("place_id"), text("first_reported"), text("claims"));
    static final List<Column> TALLY = List.of(
            text("id"), whole("count"), text("qualifier"), text("from"), text("to"), text("what"), text("where"),
            text("source"), text("speaker"), text("stated"), text("evidence"), text("report"),
            whole("events_known"));
    static final List<Column> STATEMENT = List.of(
            text("id"), text("speaker"), text("speaker_affiliation"), text("date"), text("date_precision"),
            text("plover"), text("about"), text("summary"), text("quote"), text("evidence"), text("report"));

    private final ObjectMapper mapper = new ObjectMapper();

    static StructType schema(List<Column> columns) {
        List<StructField> fields = new ArrayList<>();
        for (Column c : columns) fields.add(DataTypes.createStructField(c.name(), c.type(), true));
        return DataTypes.createStructType(fields);
    }

    /** The row of one JSON line; {@code source} fills a column of that name where the record has none. */
    Row row(String line, List<Column> columns, String source) {
        JsonNode n;
        try {
            n = mapper.readTree(line);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        Object[] values = new Object[columns.size()];
        for (int i = 0; i < columns.size(); i++) {
            Column c = columns.get(i);
            JsonNode v = n.get(c.field());
            if (c.field().equals("source") && (v == null || v.isNull())) values[i] = source;
            else values[i] = value(v, c.field(), c.type());
        }
        return RowFactory.create(values);
    }

    private static Object value(JsonNode v, String field, DataType type) {
        if (v == null || v.isNull()) return null;
        if (type == DataTypes.DoubleType) return v.asDouble();
        if (type == DataTypes.IntegerType) return v.asInt();
        if (!v.isArray()) return v.asText();
        List<String> parts = new ArrayList<>();
        for (JsonNode x : v) {
            if (field.equals("evidence")) parts.add(x.path("text").asText());
            else if (field.equals("claims")) parts.add(x.path("kind").asText() + " " + x.path("by").asText()
                    + (x.path("date").isNull() || x.path("date").isMissingNode() ? "" : " " + x.path("date").asText()));
            else parts.add(x.asText());
        }
        return String.join(field.equals("evidence") ? " | " : "; ", parts);
    }

    private static Column text(String name) {
        return new Column(name, name, DataTypes.StringType);
    }

    private static Column text(String name, String field) {
        return new Column(name, field, DataTypes.StringType);
    }

    private static Column real(String name) {
        return new Column(name, name, DataTypes.DoubleType);
    }

    private static Column whole(String name) {
        return new Column(name, name, DataTypes.IntegerType);
    }
}
