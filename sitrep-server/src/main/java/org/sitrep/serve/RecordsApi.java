package org.sitrep.serve;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.sitrep.export.ExportContent;
import org.sitrep.export.RecordNodes;
import org.sitrep.model.Paragraph;
import org.sitrep.model.Report;
import org.sitrep.model.Statement;
import org.sitrep.model.Tally;
import org.sitrep.store.DateRange;
import org.sitrep.store.EventQuery;
import org.sitrep.store.EventStore;

/**
 * Reports (a list, and one with its text and paragraphs), tallies with the number of stored events in their window,
 * and statements, each as the record format writes it and paged with {@code offset} and {@code limit}.
 */
final class RecordsApi {
    private static final Set<String> PAGING = QueryParams.PAGING;
    private final EventStore store;
    private final Responses responses;

    RecordsApi(EventStore store, Responses responses) {
        this.store = store;
        this.responses = responses;
    }

    void reports(Context ctx) {
        QueryParams p = new QueryParams(ctx.queryParamMap(), PAGING);
        ExportContent content = ExportContent.from(store, EventQuery.all());
        RecordNodes nodes = new RecordNodes(content);
        ObjectNode body = page(p, content.reports().size());
        ArrayNode list = body.putArray("reports");
        for (Report r : EventsApi.slice(p, content.reports())) list.add(nodes.report(r).put("source", r.source()));
        responses.json(ctx, body);
    }

    void report(Context ctx) {
        new QueryParams(ctx.queryParamMap(), Set.of());
        String id = ctx.pathParam("id");
        Report r = store.report(id).orElseThrow(() -> ApiException.notFound("no report " + id));
        ObjectNode body = new RecordNodes(new ExportContent(List.of(r), List.of(), List.of(), List.of())).report(r);
        body.put("source", r.source());
        body.put("text", r.text());
        ArrayNode paragraphs = body.putArray("paragraph_spans");
        for (Paragraph p : r.paragraphs()) paragraphs.addObject().put("start", p.start()).put("end", p.end());
        responses.json(ctx, body);
    }

    void tallies(Context ctx) {
        QueryParams p = new QueryParams(ctx.queryParamMap(), PAGING);
        List<Tally> all = store.tallies();
        RecordNodes nodes = new RecordNodes(new ExportContent(List.of(), List.of(), all, List.of()));
        ObjectNode body = page(p, all.size());
        ArrayNode list = body.putArray("tallies");
        for (Tally t : EventsApi.slice(p, all)) {
            ObjectNode n = nodes.tally(t);
            n.put("events_known", eventsKnown(t));
            list.add(n);
        }
        responses.json(ctx, body);
    }

    void statements(Context ctx) {
        QueryParams p = new QueryParams(ctx.queryParamMap(), PAGING);
        List<Statement> all = store.statements();
        RecordNodes nodes = new RecordNodes(new ExportContent(List.of(), List.of(), List.of(), all));
        ObjectNode body = page(p, all.size());
        ArrayNode list = body.putArray("statements");
        for (Statement s : EventsApi.slice(p, all)) list.add(nodes.statement(s));
        responses.json(ctx, body);
    }

    /**
     * Stored events in the tally's window and countries, counted by the store as the export's
     * {@code events_known} counts them over the events it writes: dates overlap [from, to] (an open end runs to the
     * day stated), the country is one of {@code where} (none named: any). Null without a readable window.
     */
    @Nullable Integer eventsKnown(Tally t) {
        LocalDate from = bound(DateRange.parse(t.from()), true);
        LocalDate to = bound(DateRange.parse(t.to()), false);
        if (from == null && to == null) return null;
        if (to == null) to = bound(DateRange.parse(t.stated()), false);
        EventQuery window = EventQuery.all().dates(from, to);
        if (t.where().isEmpty()) return store.count(window);
        int known = 0;
        Set<String> seen = new HashSet<>();
        for (String country : t.where()) {
            if (seen.add(country.toUpperCase(Locale.ROOT))) known += store.count(window.country(country));
        }
        return known;
    }

    private static @Nullable LocalDate bound(@Nullable DateRange r, boolean start) {
        return r == null ? null : start ? r.from() : r.to();
    }

    private ObjectNode page(QueryParams p, int total) {
        ObjectNode body = responses.mapper().createObjectNode();
        body.put("total", total);
        body.put("offset", p.integer("offset", 0, 0, Integer.MAX_VALUE));
        body.put("limit", p.integer("limit", EventsApi.DEFAULT_LIMIT, 1, EventsApi.MAX_LIMIT));
        return body;
    }
}
