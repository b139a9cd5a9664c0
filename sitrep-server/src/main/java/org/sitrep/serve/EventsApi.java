package org.sitrep.serve;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.export.CsvExporter;
import org.sitrep.export.ExportContent;
import org.sitrep.export.Exporter;
import org.sitrep.export.GeoJsonExporter;
import org.sitrep.export.JsonLinesExporter;
import org.sitrep.export.RecordNodes;
import org.sitrep.model.Claim;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.Report;
import org.sitrep.store.ActorCount;
import org.sitrep.store.DayCount;
import org.sitrep.store.EventQuery;
import org.sitrep.store.EventStore;
import org.sitrep.store.MentionHistory;
import org.sitrep.store.PlaceCount;

/**
 * The event endpoints: the filtered list (paged, full records or a brief form for map markers), one event with its
 * evidence in context, claims, history and possible duplicates, the filtered view as CSV, GeoJSON or JSON Lines, a
 * timeline of counts by day or week, and the actors, places and possible duplicates of the view.
 */
final class EventsApi {
    static final int DEFAULT_LIMIT = 100;
    /** Enough for every marker of a 10,000-event store in one brief request. */
    static final int MAX_LIMIT = 10_000;
    /** Past this many events in a view, duplicate pairs are not searched: a view that large is not reviewed by eye. */
    static final int MAX_DUPLICATE_VIEW = 20_000;

    private final EventStore store;
    private final Responses responses;
    private final DuplicateFinder duplicates = new DuplicateFinder();

    EventsApi(EventStore store, Responses responses) {
        this.store = store;
        this.responses = responses;
    }

    private static Set<String> allowed(Set<String> base, String... more) {
        Set<String> s = new HashSet<>(base);
        s.addAll(List.of(more));
        return s;
    }

    void list(Context ctx) {
        QueryParams p = new QueryParams(ctx.queryParamMap(), allowed(QueryParams.EVENT_FILTERS, "offset", "limit", "view"));
        boolean brief = p.choice("view", "full", List.of("full", "brief")).equals("brief");
        EventQuery query = p.pagedEventQuery(DEFAULT_LIMIT, MAX_LIMIT);
        List<Event> events = store.events(query);
        ObjectNode body = responses.mapper().createObjectNode();
        body.put("total", store.count(query));
        body.put("offset", query.offset());
        body.put("limit", query.limit());
        ArrayNode list = body.putArray("events");
        RecordNodes nodes = nodes(events);
        for (Event e : events) list.add(brief ? brief(e) : nodes.event(e));
        responses.json(ctx, body);
    }

    void detail(Context ctx) {
        new QueryParams(ctx.queryParamMap(), Set.of());
        String id = ctx.pathParam("id");
        Event event = store.event(id).orElseThrow(() -> ApiException.notFound("no event " + id));
        ObjectNode body = responses.mapper().createObjectNode();
        body.set("event", nodes(List.of(event)).event(event));
        Map<String, Optional<Report>> reports = new LinkedHashMap<>();
        for (String r : event.reports()) reports.put(r, store.report(r));
        ArrayNode sources = body.putArray("reports");
        for (Map.Entry<String, Optional<Report>> r : reports.entrySet()) {
            ObjectNode n = sources.addObject().put("id", r.getKey());
            r.getValue().ifPresent(rep -> n.put("title", rep.title()).put("outlet", rep.outlet()).put("url", rep.url())
                    .put("published", rep.published() == null ? null : rep.published().toString()));
        }
        ArrayNode evidence = body.putArray("evidence_in_context");
        for (Evidence e : event.evidence()) evidence.add(EvidenceContext.of(e, reports, responses.mapper()));
        for (Claim c : event.claims()) {
            evidence.add(EvidenceContext.of(c.evidence(), reports, responses.mapper()).put("claim", c.kind().code()));
        }
        ArrayNode history = body.putArray("history");
        for (MentionHistory h : store.mentionHistory(id)) {
            ObjectNode n = history.addObject();
            n.put("ingested_at", h.ingestedAt().toString());
            n.put("report", h.mention().report());
            n.put("mention", h.mention().mention());
            n.put("sentence", h.mention().sentence());
            n.put("type", h.mention().type().label());
            n.put("trigger", h.mention().trigger().text());
            n.put("start", h.mention().trigger().start());
            n.put("end", h.mention().trigger().end());
        }
        ArrayNode dup = body.putArray("possible_duplicates");
        for (Event d : duplicates.of(event, candidates(event))) dup.add(brief(d));
        responses.json(ctx, body);
    }

    /** Stored events in the duplicate window of {@code event}'s dates and near it, for the finder to judge. */
    private List<Event> candidates(Event event) {
        var range = org.sitrep.store.DateRange.parse(event.date());
        if (range == null || event.latitude() == null || event.longitude() == null) return List.of();
        LocalDate since = range.from() == null ? null : range.from().minusDays(DuplicateFinder.DAYS_APART);
        LocalDate until = range.to() == null ? null : range.to().plusDays(DuplicateFinder.DAYS_APART);
        // Same gazetteer place counts at any distance, so the radius is generous and the finder decides.
        return store.events(new EventQuery(since, until, null, null, null, event.latitude(), event.longitude(), 300.0));
    }

    void export(Context ctx) {
        QueryParams p = new QueryParams(ctx.queryParamMap(), QueryParams.EVENT_FILTERS);
        String format = ctx.pathParam("format");
        Exporter exporter;
        String type;
        switch (format) {
            case "csv" -> { exporter = new CsvExporter(); type = "text/csv"; }
            case "geojson" -> { exporter = new GeoJsonExporter(); type = "application/geo+json"; }
            case "jsonl" -> { exporter = new JsonLinesExporter(); type = "application/jsonl"; }
            default -> throw ApiException.badRequest("format: expected csv, geojson or jsonl, got '" + format + "'");
        }
        EventQuery query = p.eventQuery();
        ExportContent content = new ExportContent(store.reports(), store.events(query), store.tallies(),
                store.statements());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer w = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            exporter.write(content, w);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the export in memory", e);
        }
        ctx.header("Content-Disposition", "attachment; filename=\"sitrep-events." + format + "\"");
        responses.send(ctx, bytes.toByteArray(), type);
    }

    void timeline(Context ctx) {
        QueryParams p = new QueryParams(ctx.queryParamMap(), allowed(QueryParams.EVENT_FILTERS, "bucket"));
        boolean week = p.choice("bucket", "day", List.of("day", "week")).equals("week");
        Map<LocalDate, Integer> buckets = new LinkedHashMap<>();
        for (DayCount d : store.countByDay(p.eventQuery())) {
            LocalDate key = week ? d.day().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : d.day();
            buckets.merge(key, d.events(), Integer::sum);
        }
        ObjectNode body = responses.mapper().createObjectNode();
        body.put("bucket", week ? "week" : "day");
        ArrayNode list = body.putArray("buckets");
        buckets.forEach((day, n) -> list.addObject().put("start", day.toString()).put("events", n));
        responses.json(ctx, body);
    }

    void actors(Context ctx) {
        QueryParams p = new QueryParams(ctx.queryParamMap(), allowed(QueryParams.EVENT_FILTERS, "offset", "limit"));
        List<ActorCount> all = store.actors(p.eventQuery());
        ObjectNode body = page(p, all.size());
        ArrayNode list = body.putArray("actors");
        for (ActorCount a : slice(p, all)) list.addObject().put("name", a.name()).put("events", a.events());
        responses.json(ctx, body);
    }

    void places(Context ctx) {
        QueryParams p = new QueryParams(ctx.queryParamMap(), allowed(QueryParams.EVENT_FILTERS, "offset", "limit"));
        List<PlaceCount> all = store.places(p.eventQuery());
        ObjectNode body = page(p, all.size());
        ArrayNode list = body.putArray("places");
        for (PlaceCount c : slice(p, all)) {
            list.addObject().put("place_id", c.placeId()).put("location", c.location()).put("admin1", c.admin1())
                    .put("country", c.country()).put("latitude", c.latitude()).put("longitude", c.longitude())
                    .put("events", c.events());
        }
        responses.json(ctx, body);
    }

    void duplicates(Context ctx) {
        QueryParams p = new QueryParams(ctx.queryParamMap(), QueryParams.EVENT_FILTERS);
        EventQuery query = p.eventQuery();
        int n = store.count(query);
        if (n > MAX_DUPLICATE_VIEW) {
            throw ApiException.badRequest("the view holds " + n + " events; narrow it to at most "
                    + MAX_DUPLICATE_VIEW + " to look for duplicates");
        }
        ObjectNode body = responses.mapper().createObjectNode();
        ArrayNode list = body.putArray("pairs");
        for (DuplicateFinder.Pair pair : duplicates.pairs(store.events(query))) {
            ObjectNode n2 = list.addObject();
            n2.set("a", brief(pair.a()));
            n2.set("b", brief(pair.b()));
            n2.put("km", Math.round(pair.km() * 10) / 10.0);
        }
        responses.json(ctx, body);
    }

    /** {@code total}, {@code offset} and {@code limit} of a list paged in memory. */
    private ObjectNode page(QueryParams p, int total) {
        ObjectNode body = responses.mapper().createObjectNode();
        body.put("total", total);
        body.put("offset", p.integer("offset", 0, 0, Integer.MAX_VALUE));
        body.put("limit", p.integer("limit", DEFAULT_LIMIT, 1, MAX_LIMIT));
        return body;
    }

    static <T> List<T> slice(QueryParams p, List<T> all) {
        int offset = p.integer("offset", 0, 0, Integer.MAX_VALUE);
        int limit = p.integer("limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
        if (offset >= all.size()) return List.of();
        return all.subList(offset, (int) Math.min(all.size(), (long) offset + limit));
    }

    private static RecordNodes nodes(List<Event> events) {
        return new RecordNodes(new ExportContent(List.of(), events, List.of(), List.of()));
    }

    /** What a map marker, a table row and a duplicate warning need. */
    ObjectNode brief(Event e) {
        ObjectNode n = responses.mapper().createObjectNode();
        n.put("id", e.id());
        n.put("date", e.date());
        n.put("event_type", e.type().family());
        n.put("sub_event_type", e.type().label());
        n.put("actor1", e.actor1());
        n.put("actor2", e.actor2());
        n.put("location", e.location());
        n.put("admin1", e.admin1());
        n.put("country", e.country());
        n.put("latitude", e.latitude());
        n.put("longitude", e.longitude());
        n.put("fatalities", e.fatalities());
        n.put("status", e.status().code());
        n.put("reports", e.reports().size());
        return n;
    }
}
