package org.sitrep.serve;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.io.PrintWriter;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sitrep.store.EventQuery;
import org.sitrep.store.EventStore;

/**
 * The HTTP server: the REST API under {@code /api} (described by {@code /openapi.json}), the analyst's page at
 * {@code /} and its libraries under {@code /webjars}. Built on Javalin; one instance per store. Every refused request
 * gets a JSON body {@code {"status", "error"}}; an unexpected failure gets a 500 with the same shape, and its stack
 * trace goes to the error writer given at start, never to the client.
 *
 * <p>The store is shared with the ingester when there is one; {@link org.sitrep.store.SqliteEventStore} serialises
 * its calls, so a read waits at most for one report's write.
 */
public final class SitrepServer implements AutoCloseable {
    /** One API route: what the OpenAPI document must describe, one entry each. */
    record Route(HandlerType method, String path, Handler handler) {
    }

    private final Javalin app;
    private final List<Route> routes;

    private SitrepServer(Javalin app, List<Route> routes) {
        this.app = app;
        this.routes = routes;
    }

    /** Starts listening; the store stays open and owned by the caller. A null ingester disables the form. */
    public static SitrepServer start(ServerConfig config, EventStore store, @Nullable ReportIngester ingester,
                                     PrintWriter log) {
        Responses responses = new Responses();
        EventsApi events = new EventsApi(store, responses);
        RecordsApi records = new RecordsApi(store, responses);
        IngestApi ingest = new IngestApi(ingester, responses);
        OpenApiDocument openApi = OpenApiDocument.bundled();
        List<Route> routes = List.of(
                new Route(HandlerType.GET, "/api/about", ctx -> about(ctx, store, ingest, config, responses)),
                new Route(HandlerType.GET, "/api/events", events::list),
                new Route(HandlerType.GET, "/api/events/{id}", events::detail),
                new Route(HandlerType.GET, "/api/export/{format}", events::export),
                new Route(HandlerType.GET, "/api/timeline", events::timeline),
                new Route(HandlerType.GET, "/api/actors", events::actors),
                new Route(HandlerType.GET, "/api/places", events::places),
                new Route(HandlerType.GET, "/api/duplicates", events::duplicates),
                new Route(HandlerType.GET, "/api/reports", records::reports),
                new Route(HandlerType.GET, "/api/reports/{id}", records::report),
                new Route(HandlerType.GET, "/api/tallies", records::tallies),
                new Route(HandlerType.GET, "/api/statements", records::statements),
                new Route(HandlerType.POST, "/api/ingest", ingest::ingest),
                new Route(HandlerType.GET, "/openapi.json", ctx -> responses.send(ctx, openApi.bytes(), "application/json")));
        Javalin app = Javalin.create(c -> {
            c.showJavalinBanner = false;
            c.staticFiles.add(s -> {
                s.hostedPath = "/";
                s.directory = "/org/sitrep/serve/web";
                s.location = Location.CLASSPATH;
            });
            c.staticFiles.enableWebjars();
        });
        for (Route r : routes) app.addHttpHandler(r.method(), r.path(), r.handler());
        app.exception(ApiException.class, (e, ctx) -> responses.error(ctx, e.status(), e.getMessage()));
        app.exception(HttpResponseException.class, (e, ctx) -> responses.error(ctx, e.getStatus(), e.getMessage()));
        app.exception(Exception.class, (e, ctx) -> {
            synchronized (log) {
                log.println("sitrep serve: internal error on " + ctx.method() + " " + ctx.path() + ": " + e);
                e.printStackTrace(log);
                log.flush();
            }
            responses.error(ctx, 500, "internal error; the server log has the details");
        });
        app.error(404, ctx -> {
            if (ctx.path().startsWith("/api/") && ctx.result() == null) {
                responses.error(ctx, 404, "no such endpoint: " + ctx.method() + " " + ctx.path());
            }
        });
        app.start(config.host(), config.port());
        return new SitrepServer(app, routes);
    }

    private static void about(Context ctx, EventStore store, IngestApi ingest, ServerConfig config, Responses r) {
        new QueryParams(ctx.queryParamMap(), java.util.Set.of());
        ObjectNode body = r.mapper().createObjectNode();
        body.put("name", "sitrep");
        body.put("version", "0.1.0");
        body.put("events", store.count(EventQuery.all()));
        body.put("ingest", ingest.enabled(ctx));
        body.put("tiles", config.tiles());
        r.json(ctx, body);
    }

    /** The port it listens on (the one picked when the configuration said 0). */
    public int port() {
        return app.port();
    }

    List<Route> routes() {
        return routes;
    }

    /** Stops listening and waits for requests in flight; the store is left open. */
    @Override
    public void close() {
        app.stop();
    }
}
