package org.sitrep.export;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.sitrep.model.ClaimKind;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.Report;

/**
 * Events as CSV, one row each, for spreadsheets and tools that read ACLED exports. The header comes first, with
 * ACLED's column names where ACLED has one ({@link #HEADER}); then Sitrep's own fields, flattened: lists joined
 * with "; ", evidence texts with " | ". {@code source} names each report's outlet, else its URL, else its id,
 * each once. Unstated values are empty fields. Fields holding a comma, quote, CR or LF are quoted as RFC 4180
 * says; lines end with "\n" rather than RFC 4180's CRLF, which every CSV reader we target accepts, to match the
 * other exports. Coordinates are plain decimals, never exponent notation. Reports, tallies and statements are not
 * written. No options.
 */
public final class CsvExporter implements Exporter {
    /** Column names in order. */
    public static final List<String> HEADER = List.of(
            "event_id_cnty", "event_date", "time_precision", "event_type", "sub_event_type", "actor1", "actor2",
            "admin1", "country", "location", "latitude", "longitude", "geo_precision", "fatalities", "notes",
            "source",
            "plover", "weapon", "status", "claimed_by", "confirmed_by", "denied_by", "injuries", "outcome",
            "reports", "evidence",
            "plover_mode", "actor1_id", "actor2_id", "place_id", "first_reported");

    @Override
    public ExportSummary write(ExportContent content, Writer out) throws IOException {
        Map<String, Report> reports = new HashMap<>();
        for (Report r : content.reports()) reports.put(r.id(), r);
        row(out, HEADER);
        for (Event e : content.events()) row(out, fields(e, reports));
        out.flush();
        return new ExportSummary(0, content.events().size(), 0, 0, 0);
    }

    private static List<@Nullable String> fields(Event e, Map<String, Report> reports) {
        List<@Nullable String> f = new ArrayList<>(HEADER.size());
        f.add(e.id());
        f.add(e.date());
        f.add(e.datePrecision().code());
        f.add(e.type().family());
        f.add(e.type().label());
        f.add(e.actor1());
        f.add(e.actor2());
        f.add(e.admin1());
        f.add(e.country());
        f.add(e.location());
        f.add(decimal(e.latitude()));
        f.add(decimal(e.longitude()));
        f.add(text(e.geoPrecision()));
        f.add(text(e.fatalities()));
        f.add(e.notes());
        f.add(sources(e, reports));
        f.add(e.type().plover());
        f.add(e.weapon());
        f.add(e.status().code());
        f.add(RecordNodes.firstBy(e, ClaimKind.CLAIM));
        f.add(RecordNodes.firstBy(e, ClaimKind.CONFIRM));
        f.add(RecordNodes.firstBy(e, ClaimKind.DENY));
        f.add(text(e.injuries()));
        f.add(e.outcome());
        f.add(String.join("; ", e.reports()));
        f.add(String.join(" | ", e.evidence().stream().map(Evidence::text).toList()));
        f.add(e.type().ploverMode());
        f.add(e.actor1Id());
        f.add(e.actor2Id());
        f.add(e.placeId());
        f.add(e.firstReported());
        return f;
    }

    private static String sources(Event e, Map<String, Report> reports) {
        Set<String> names = new LinkedHashSet<>();
        for (String id : e.reports()) {
            Report r = reports.get(id);
            if (r != null && r.outlet() != null && !r.outlet().isBlank()) names.add(r.outlet());
            else if (r != null && r.url() != null && !r.url().isBlank()) names.add(r.url());
            else names.add(id);
        }
        return String.join("; ", names);
    }

    private static @Nullable String decimal(@Nullable Double value) {
        return value == null ? null : BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static @Nullable String text(@Nullable Integer value) {
        return value == null ? null : value.toString();
    }

    private static void row(Writer out, List<@Nullable String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) out.write(',');
            out.write(quote(fields.get(i)));
        }
        out.write('\n');
    }

    /** The field as RFC 4180 writes it: quoted, with quotes doubled, when it holds a comma, quote, CR or LF. */
    static String quote(@Nullable String field) {
        if (field == null) return "";
        boolean needsQuotes = false;
        for (int i = 0; i < field.length() && !needsQuotes; i++) {
            char c = field.charAt(i);
            needsQuotes = c == ',' || c == '"' || c == '\r' || c == '\n';
        }
        return needsQuotes ? "\"" + field.replace("\"", "\"\"") + "\"" : field;
    }
}
