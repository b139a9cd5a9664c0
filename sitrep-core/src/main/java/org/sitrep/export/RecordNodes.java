package org.sitrep.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.sitrep.model.Claim;
import org.sitrep.model.ClaimKind;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.PublicationDating;
import org.sitrep.model.Report;
import org.sitrep.model.ReportCopy;
import org.sitrep.model.Statement;
import org.sitrep.model.Tally;

/**
 * Builds the JSON objects of the record format (RECORD.md), one method per kind, with its snake_case field names
 * in the order the spec lists them; a value the reports do not state is written as null, never left out. The
 * cross-references (a report's events, tallies and statements; a tally's {@code events_known}; an event's
 * {@code sources} and {@code outlets}; a report's {@code duplicate_of}) come from the content given at construction. Without the {@code kind} field, which JSON Lines adds and GeoJSON does not need.
 */
public final class RecordNodes {
    private final JsonNodeFactory json = JsonNodeFactory.instance;
    private final TallyComparison tallies;
    private final Map<String, List<String>> eventsByReport = new HashMap<>();
    private final Map<String, List<String>> talliesByReport = new HashMap<>();
    private final Map<String, List<String>> statementsByReport = new HashMap<>();
    private final Map<String, ReportCopy> copies = new HashMap<>();
    private final Map<String, String> outletOf = new HashMap<>();

    public RecordNodes(ExportContent content) {
        for (ReportCopy c : content.copies()) copies.put(c.report(), c);
        for (Report r : content.reports()) if (r.outlet() != null) outletOf.put(r.id(), r.outlet());
        tallies = new TallyComparison(content.events());
        for (Event e : content.events()) {
            for (String report : e.reports()) eventsByReport.computeIfAbsent(report, k -> new ArrayList<>()).add(e.id());
        }
        for (Tally t : content.tallies()) {
            for (String report : t.reports()) talliesByReport.computeIfAbsent(report, k -> new ArrayList<>()).add(t.id());
        }
        for (Statement s : content.statements()) {
            for (String report : s.reports()) statementsByReport.computeIfAbsent(report, k -> new ArrayList<>()).add(s.id());
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
        ReportCopy copy = copies.get(r.id());
        n.put("duplicate_of", copy == null ? null : copy.duplicateOf());
        n.put("similarity", copy == null ? null : Math.round(copy.similarity() * 1000) / 1000.0);
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
        n.put("sources", sources(e));
        n.put("outlets", outlets(e));
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
        n.set("reports", strings(t.reports()));
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
        // An extra field (RECORD.md welcomes them): every report that tells the statement, the first one first.
        n.set("reports", strings(s.reports()));
        return n;
    }

    /**
     * How many independent texts tell the event: its reports, with every near-duplicate copy counted as the report
     * it copies (twenty wire copies are one source).
     */
    int sources(Event e) {
        Set<String> roots = new HashSet<>();
        for (String r : e.reports()) roots.add(copies.containsKey(r) ? copies.get(r).duplicateOf() : r);
        return roots.size();
    }

    /** How many outlets published the event's reports (a report without an outlet counts as one of its own). */
    int outlets(Event e) {
        Set<String> out = new HashSet<>();
        for (String r : e.reports()) out.add(outletOf.containsKey(r) ? "outlet:" + outletOf.get(r) : "report:" + r);
        return out.size();
    }

    /** The {@code by} of the event's first claim of {@code kind}, or null: what claimed_by and the like show. */
    static @Nullable String firstBy(Event e, ClaimKind kind) {
        for (Claim c : e.claims()) if (c.kind() == kind) return c.by();
        return null;
    }

    /** How many of the exported events fall in the tally's window and places ({@link TallyComparison}). */
    public @Nullable Integer eventsKnown(Tally t) {
        return tallies.compare(t).eventsKnown();
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
