package org.sitrep.serve;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.io.PrintWriter;
import java.util.List;
import java.util.UUID;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.jspecify.annotations.Nullable;
import org.sitrep.store.EventQuery;
import org.sitrep.store.EventStore;

/**
 * The HTTP server: the REST API under {@code /api} (described by {@code /openapi.json}), the analyst's page at
 * {@code /} and its libraries under {@code /webjars}. Built on Javalin; one instance per store. Every refused request
 * gets a JSON body {@code {"status", "error"}}; an unexpected failure gets a 500 with the same shape and an
 * {@code id}, and its stack trace goes under that id to the error writer given at start, never to the client.
 *
 * <p>Every request first passes the {@link RequestGuard} (rate limit, body size, CORS); write routes also need the
 * token of the {@link ServerConfig}, without which the server is read-only.
 *
 * <p>The store is shared with the ingester when there is one; {@link org.sitrep.store.SqliteEventStore} serialises
 * its calls, so a read waits at most for one report's write.
 */
public final class SitrepServer implements AutoCloseable {
    /** Who may call a route: anyone the guard lets through, or only a client with the token. */
    enum Access { READ, WRITE }

    /** One API route: what the OpenAPI document must describe, one entry each. */
    record Route(HandlerType method, String path, Access access, Handler handler) {
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
        RequestGuard guard = new RequestGuard(config);
        EventsApi events = new EventsApi(store, responses);
        RecordsApi records = new RecordsApi(store, responses);
        IngestApi ingest = new IngestApi(ingester, responses, guard, config.maxRequestBytes());
        OpenApiDocument openApi = OpenApiDocument.bundled();
        List<Route> routes = List.of(
                new Route(HandlerType.GET, "/api/about", Access.READ, ctx -> about(ctx, store, ingest, config, responses)),
                new Route(HandlerType.GET, "/api/events", Access.READ, events::list),
                new Route(HandlerType.GET, "/api/events/{id}", Access.READ, events::detail),
                new Route(HandlerType.GET, "/api/export/{format}", Access.READ, events::export),
                new Route(HandlerType.GET, "/api/timeline", Access.READ, events::timeline),
                new Route(HandlerType.GET, "/api/actors", Access.READ, events::actors),
                new Route(HandlerType.GET, "/api/places", Access.READ, events::places),
                new Route(HandlerType.GET, "/api/duplicates", Access.READ, events::duplicates),
                new Route(HandlerType.GET, "/api/reports", Access.READ, records::reports),
                new Route(HandlerType.GET, "/api/reports/{id}", Access.READ, records::report),
                new Route(HandlerType.GET, "/api/tallies", Access.READ, records::tallies),
                new Route(HandlerType.GET, "/api/statements", Access.READ, records::statements),
                new Route(HandlerType.POST, "/api/ingest", Access.WRITE, ingest::ingest),
                new Route(HandlerType.GET, "/openapi.json", Access.READ,
                        ctx -> responses.send(ctx, openApi.bytes(), "application/json")));
        Javalin app = Javalin.create(c -> {
            c.showJavalinBanner = false;
            c.staticFiles.add(s -> {
                s.hostedPath = "/";
                s.directory = "/org/sitrep/serve/web";
                s.location = Location.CLASSPATH;
            });
            c.staticFiles.enableWebjars();
            // The guard refuses a stated length over the limit first; these hold Javalin and Jetty to it as well.
            c.http.maxRequestSize = config.maxRequestBytes();
            c.jetty.multipartConfig.maxTotalRequestSize(config.maxRequestBytes(), SizeUnit.BYTES);
            c.jetty.multipartConfig.maxFileSize(config.maxRequestBytes(), SizeUnit.BYTES);
            // Jetty's own error pages (a malformed request line, say) never show a stack trace either.
            c.jetty.modifyServer(server -> server.setErrorHandler(quietErrors()));
        });
        app.before(guard::before);
        app.before(SitrepServer::securityHeaders);
        for (Route r : routes) {
            Handler h = r.handler();
            app.addHttpHandler(r.method(), r.path(), r.access() == Access.READ ? h : ctx -> {
                guard.authorise(ctx);
                h.handle(ctx);
            });
        }
        app.exception(ApiException.class, (e, ctx) -> responses.error(ctx, e.status(), e.getMessage()));
        app.exception(HttpResponseException.class, (e, ctx) -> responses.error(ctx, e.getStatus(), e.getMessage()));
        app.exception(Exception.class, (e, ctx) -> {
            // The id ties what the client sees to the log entry, without showing the client any of the details.
            String id = UUID.randomUUID().toString().substring(0, 8);
            synchronized (log) {
                log.println("sitrep serve: internal error " + id + " on " + ctx.method() + " " + ctx.path() + ": " + e);
                e.printStackTrace(log);
                log.flush();
            }
            responses.error(ctx, 500, "internal error " + id + "; the server log has the details",
                    body -> body.put("id", id));
        });
        app.error(404, ctx -> {
            if (ctx.path().startsWith("/api/") && ctx.result() == null) {
                responses.error(ctx, 404, "no such endpoint: " + ctx.method() + " " + ctx.path());
            }
        });
        app.start(config.host(), config.port());
        return new SitrepServer(app, routes);
    }

    /**
     * A second line behind the page's escaping: no inline or foreign script runs, the page is not framed, and
     * browsers take content types as sent. Styles and images stay open: Leaflet sets inline styles and the
     * configured tiles come from another host.
     */
    private static void securityHeaders(Context ctx) {
        ctx.header("Content-Security-Policy", "script-src 'self'; object-src 'none'; base-uri 'none'; "
                + "frame-ancestors 'none'; form-action 'self'");
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
    }

    private static ErrorHandler quietErrors() {
        ErrorHandler errors = new ErrorHandler();
        errors.setShowStacks(false);
        errors.setShowServlet(false);
        errors.setShowMessageInTitle(false);
        return errors;
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
