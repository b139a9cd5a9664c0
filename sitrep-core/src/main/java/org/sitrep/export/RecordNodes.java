package org.sitrep.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.sitrep.model.Claim;
import org.sitrep.model.ClaimKind;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.PublicationDating;
import org.sitrep.model.Report;
import org.sitrep.model.Statement;
import org.sitrep.model.Tally;
import org.sitrep.store.DateRange;

/**
 * Builds the JSON objects of the record format (RECORD.md), one method per kind, with its snake_case field names
 * in the order the spec lists them; a value the reports do not state is written as null, never left out. The
 * cross-references (a report's events, tallies and statements; a tally's {@code events_known}) come from the
 * content given at construction. Without the {@code kind} field, which JSON Lines adds and GeoJSON does not need.
 */
public final class RecordNodes {
    private final JsonNodeFactory json = JsonNodeFactory.instance;
    /** The exported events that have a readable date, parsed once for every tally. */
    private final List<DatedEvent> datedEvents = new ArrayList<>();
    private final Map<String, List<String>> eventsByReport = new HashMap<>();
    private final Map<String, List<String>> talliesByReport = new HashMap<>();
    private final Map<String, List<String>> statementsByReport = new HashMap<>();

    public RecordNodes(ExportContent content) {
        for (Event e : content.events()) {
            DateRange dates = DateRange.parse(e.date());
            if (dates != null) datedEvents.add(new DatedEvent(dates, e.country()));
            for (String report : e.reports()) eventsByReport.computeIfAbsent(report, k -> new ArrayList<>()).add(e.id());
        }
        for (Tally t : content.tallies()) talliesByReport.computeIfAbsent(t.report(), k -> new ArrayList<>()).add(t.id());
        for (Statement s : content.statements()) {
            statementsByReport.computeIfAbsent(s.report(), k -> new ArrayList<>()).add(s.id());
        }
    }

    public ObjectNode report(Report r) {
        ObjectNode n = json.objectNode();
        n.put("id", r.id());
        n.put("url", r.url());
        n.put("outlet", r.outlet());
        n.put("title", r.title());
        n.put("published", r.published() == null ? null : r.published().toString());
        n.put("dateline", r.dateline());
        n.put("language", r.language());
        n.put("paragraphs", r.paragraphs().size());
        n.put("duplicate_paragraphs_removed", r.duplicateParagraphsRemoved());
        n.set("events", strings(eventsByReport.getOrDefault(r.id(), List.of())));
        n.set("tallies", strings(talliesByReport.getOrDefault(r.id(), List.of())));
        n.set("statements", strings(statementsByReport.getOrDefault(r.id(), List.of())));
        PublicationDating d = r.dating();
        // Extra fields after the record format's own (RECORD.md welcomes them): how the publication date is known.
        n.put("published_inferred", d != null && d.inferred());
        n.put("published_range", d == null ? null : d.iso());
        n.put("published_precision", d == null ? null : d.precision().code());
        n.put("published_basis", d == null ? null : d.basis());
        n.put("published_conflict", d == null ? null : d.conflict());
        return n;
    }

    public ObjectNode event(Event e) {
        ObjectNode n = json.objectNode();
        n.put("id", e.id());
        n.put("event_type", e.type().family());
        n.put("sub_event_type", e.type().label());
        n.put("plover", e.type().plover());
        n.put("plover_mode", e.type().ploverMode());
        n.put("date", e.date());
        n.put("date_precision", e.datePrecision().code());
        n.put("actor1", e.actor1());
        n.put("actor1_id", e.actor1Id());
        n.put("actor2", e.actor2());
        n.put("actor2_id", e.actor2Id());
        n.put("location", e.location());
        n.put("admin1", e.admin1());
        n.put("country", e.country());
        n.put("latitude", e.latitude());
        n.put("longitude", e.longitude());
        n.put("geo_precision", e.geoPrecision());
        n.put("place_id", e.placeId());
        n.put("weapon", e.weapon());
        n.put("status", e.status().code());
        n.put("claimed_by", firstBy(e, ClaimKind.CLAIM));
        n.put("confirmed_by", firstBy(e, ClaimKind.CONFIRM));
        n.put("denied_by", firstBy(e, ClaimKind.DENY));
        ArrayNode claims = n.putArray("claims");
        for (Claim c : e.claims()) claims.add(claim(c));
        n.put("fatalities", e.fatalities());
        n.put("injuries", e.injuries());
        n.put("outcome", e.outcome());
        n.set("evidence", evidence(e.evidence()));
        n.set("reports", strings(e.reports()));
        n.put("first_reported", e.firstReported());
        n.put("notes", e.notes());
        return n;
    }

    public ObjectNode tally(Tally t) {
        ObjectNode n = json.objectNode();
        n.put("id", t.id());
        n.put("count", t.count());
        n.put("qualifier", t.qualifier());
        n.put("from", t.from());
        n.put("to", t.to());
        n.put("what", t.what());
        n.set("where", strings(t.where()));
        n.put("source", t.source());
        n.put("speaker", t.speaker());
        n.put("stated", t.stated());
        n.set("evidence", evidence(t.evidence()));
        n.put("report", t.report());
        n.put("events_known", eventsKnown(t));
        return n;
    }

    public ObjectNode statement(Statement s) {
        ObjectNode n = json.objectNode();
        n.put("id", s.id());
        n.put("speaker", s.speaker());
        n.put("speaker_affiliation", s.speakerAffiliation());
        n.put("date", s.date());
        n.put("date_precision", s.datePrecision().code());
        n.put("plover", s.plover());
        n.put("about", s.about());
        n.put("summary", s.summary());
        n.put("quote", s.quote());
        n.set("evidence", evidence(s.evidence()));
        n.put("report", s.report());
        return n;
    }

    /** The {@code by} of the event's first claim of {@code kind}, or null: what claimed_by and the like show. */
    static @Nullable String firstBy(Event e, ClaimKind kind) {
        for (Claim c : e.claims()) if (c.kind() == kind) return c.by();
        return null;
    }

    /**
     * How many of the exported events fall in the tally's window: the event's date overlaps [from, to] and its
     * country is one of {@code where} (compared ignoring case; an empty {@code where} names no country and so
     * admits any). A tally with a start and no end ("16 attacks since October 17") runs to the day it was stated,
     * or stays open if that is unknown too. Undated events never count. Null when the tally gives no readable
     * window at all, since then there is nothing to compare with.
     */
    public @Nullable Integer eventsKnown(Tally t) {
        LocalDate from = start(DateRange.parse(t.from()));
        LocalDate to = end(DateRange.parse(t.to()));
        if (from == null && to == null) return null;
        if (to == null) to = end(DateRange.parse(t.stated()));
        int known = 0;
        for (DatedEvent e : datedEvents) {
            if (e.dates().overlaps(from, to) && inWhere(e.country(), t.where())) known++;
        }
        return known;
    }

    private static @Nullable LocalDate start(@Nullable DateRange range) {
        return range == null ? null : range.from();
    }

    private static @Nullable LocalDate end(@Nullable DateRange range) {
        return range == null ? null : range.to();
    }

    private record DatedEvent(DateRange dates, @Nullable String country) {
    }

    private static boolean inWhere(@Nullable String country, List<String> where) {
        if (where.isEmpty()) return true;
        if (country == null) return false;
        for (String w : where) if (w.equalsIgnoreCase(country)) return true;
        return false;
    }

    private ObjectNode claim(Claim c) {
        ObjectNode n = json.objectNode();
        n.put("kind", c.kind().code());
        n.put("by", c.by());
        n.put("by_id", c.byId());
        n.put("date", c.date());
        n.put("channel", c.channel());
        n.set("evidence", evidence(c.evidence()));
        return n;
    }

    private ArrayNode evidence(List<Evidence> list) {
        ArrayNode a = json.arrayNode();
        for (Evidence e : list) a.add(evidence(e));
        return a;
    }

    private ObjectNode evidence(Evidence e) {
        ObjectNode n = json.objectNode();
        n.put("report", e.report());
        n.put("sentence", e.sentence());
        n.put("start", e.start());
        n.put("end", e.end());
        n.put("text", e.text());
        n.put("field", e.field());
        return n;
    }

    private ArrayNode strings(List<String> values) {
        ArrayNode a = json.arrayNode();
        for (String v : values) a.add(v);
        return a;
    }
}
