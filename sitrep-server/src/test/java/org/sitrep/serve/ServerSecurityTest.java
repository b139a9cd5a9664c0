package org.sitrep.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.ClaimStatus;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.model.Evidence;
import org.sitrep.model.Paragraph;
import org.sitrep.model.ProcessedReport;
import org.sitrep.model.Report;
import org.sitrep.store.EventQuery;
import org.sitrep.store.EventStore;
import org.sitrep.store.SqliteEventStore;

/**
 * Who gets in and what a stranger can do: read-only without a token, the token and loopback rule for ingestion,
 * body size limits, CORS closed by default, SQL filters taken as data, internal errors without details, and the
 * per-client rate limit. Each test starts its own server on a free port.
 */
class ServerSecurityTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String TOKEN = "security-test-token-0123456789";
    static final String NASTY_ACTOR = "Brigade \"O'Neil\"; DROP TABLE events; --";

    @TempDir
    static Path dir;
    static SqliteEventStore store;
    static final HttpClient http = HttpClient.newHttpClient();
    static final ReportIngester COUNTING = (files, published, url, outlet) ->
            new ReportIngester.Outcome(files.size(), 0, 0, List.of());

    @BeforeAll
    static void open() {
        store = SqliteEventStore.open(dir.resolve("security.db"));
        String text = "Gunmen of the brigade attacked a checkpoint.";
        Report report = new Report("r1", "r1.txt", null, null, "Attack", LocalDate.of(2024, 5, 1), null, "en", text,
                List.of(new Paragraph(0, 0, text.length(), text)), 0);
        Evidence trigger = new Evidence("r1", 0, 20, 28, "attacked", "trigger");
        Event nasty = new Event("ev-nasty", EventType.ARMED_CLASH, "2024-05-01", DatePrecision.DAY, NASTY_ACTOR, null,
                null, null, "Mosul", null, "Ninawa", "IQ", 36.34, 43.13, 1, null, ClaimStatus.REPORTED, List.of(), 2,
                null, null, List.of(trigger), List.of("r1"), null);
        Event plain = new Event("ev-plain", EventType.ARMED_CLASH, "2024-05-02", DatePrecision.DAY, "Police of Iraq",
                null, null, null, "Mosul", null, "Ninawa", "IQ", 36.34, 43.13, 1, null, ClaimStatus.REPORTED,
                List.of(), 0, null, null, List.of(trigger), List.of("r1"), null);
        store.write(new ProcessedReport(report, List.of(nasty, plain), List.of(), List.of(), List.of()));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    static ServerConfig open(String host) {
        return new ServerConfig(host, 0, null).withRateLimit(ServerConfig.RateLimit.OFF);
    }

    static URI uri(SitrepServer server, String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpRequest.Builder ingest(URI uri, String token) {
        String boundary = "b0undary";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\nRockets hit Erbil.\r\n--"
                + boundary + "--\r\n";
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).header("Content-Type", "multipart/form-data; boundary="
                + boundary).POST(HttpRequest.BodyPublishers.ofString(body));
        return token == null ? b : b.header("Authorization", "Bearer " + token);
    }

    static JsonNode error(HttpResponse<String> r, int status) throws IOException {
        assertEquals(status, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), r.body());
        JsonNode body = JSON.readTree(r.body());
        assertEquals(status, body.get("status").asInt());
        return body;
    }

    @Test
    void withoutATokenTheServerIsReadOnly() throws Exception {
        try (SitrepServer server = SitrepServer.start(open("127.0.0.1"), store, COUNTING, new PrintWriter(new StringWriter()))) {
            assertEquals(200, send(HttpRequest.newBuilder(uri(server, "/api/events"))).statusCode());
            JsonNode refused = error(send(ingest(uri(server, "/api/ingest"), TOKEN)), 403);
            assertTrue(refused.get("error").asText().contains("read-only"), refused.toString());
            assertFalse(JSON.readTree(send(HttpRequest.newBuilder(uri(server, "/api/about"))).body()).get("ingest").asBoolean());
        }
    }

    @Test
    void ingestionNeedsTheTokenInTheAuthorizationHeader() throws Exception {
        try (SitrepServer server = SitrepServer.start(open("127.0.0.1").withToken(TOKEN, false), store, COUNTING,
                new PrintWriter(new StringWriter()))) {
            URI u = uri(server, "/api/ingest");
            error(send(ingest(u, null)), 401);
            error(send(ingest(u, "")), 401);
            error(send(ingest(u, TOKEN.substring(1))), 401);
            error(send(ingest(u, TOKEN + "0")), 401);
            error(send(ingest(u, TOKEN).header("X-Token", TOKEN).setHeader("Authorization", "Basic " + TOKEN)), 401);
            assertEquals(200, send(ingest(u, TOKEN)).statusCode());
            assertTrue(JSON.readTree(send(HttpRequest.newBuilder(uri(server, "/api/about"))).body()).get("ingest").asBoolean());
        }
    }

    /** Connects through this machine's own non-loopback address, so the server sees a remote client. */
    @Test
    void aRemoteClientIngestsOnlyWhenRemoteIngestionIsAllowed() throws Exception {
        InetAddress lan = Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .flatMap(i -> Collections.list(i.getInetAddresses()).stream())
                .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress() && !a.isLinkLocalAddress())
                .findFirst().orElse(null);
        assumeTrue(lan != null, "no non-loopback IPv4 address on this machine");
        String host = lan.getHostAddress();
        for (boolean allowed : new boolean[] {false, true}) {
            try (SitrepServer server = SitrepServer.start(open(host).withToken(TOKEN, allowed), store, COUNTING,
                    new PrintWriter(new StringWriter()))) {
                URI u = URI.create("http://" + host + ":" + server.port() + "/api/ingest");
                HttpResponse<String> r = send(ingest(u, TOKEN));
                if (allowed) {
                    assertEquals(200, r.statusCode(), r.body());
                } else {
                    assertTrue(error(r, 403).get("error").asText().contains("--allow-remote-ingest"), r.body());
                }
            }
        }
    }

    @Test
    void aBodyOverTheLimitGetsA413AndOneOfUnstatedLengthA411() throws Exception {
        try (SitrepServer server = SitrepServer.start(open("127.0.0.1").withToken(TOKEN, false).withMaxRequestBytes(4096),
                store, COUNTING, new PrintWriter(new StringWriter()))) {
            byte[] big = new byte[64 * 1024];
            HttpRequest.Builder post = HttpRequest.newBuilder(uri(server, "/api/ingest"))
                    .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "multipart/form-data; boundary=x");
            JsonNode tooBig = error(send(post.copy().POST(HttpRequest.BodyPublishers.ofByteArray(big))), 413);
            assertTrue(tooBig.get("error").asText().contains("4096"), tooBig.toString());
            // A read route is held to the same limit: no endpoint reads a body a stranger can make huge.
            error(send(HttpRequest.newBuilder(uri(server, "/api/events"))
                    .method("GET", HttpRequest.BodyPublishers.ofByteArray(big))), 413);
            error(send(post.copy().POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big)))), 411);
            assertEquals(200, send(ingest(uri(server, "/api/ingest"), TOKEN)).statusCode(), "a small one still goes");
        }
    }

    @Test
    void filterValuesWithQuotesAndSqlKeywordsAreTakenAsData() throws Exception {
        try (SitrepServer server = SitrepServer.start(open("127.0.0.1"), store, null, new PrintWriter(new StringWriter()))) {
            for (String value : List.of("' OR '1'='1", "x' OR 1=1 --", "\" OR \"\"=\"", "'; DROP TABLE events; --",
                    "%' UNION SELECT id, record FROM events --", "_%")) {
                for (String param : List.of("actor", "type", "q", "admin1")) {
                    HttpResponse<String> r = send(HttpRequest.newBuilder(uri(server, "/api/events?" + param + "="
                            + URLEncoder.encode(value, StandardCharsets.UTF_8))));
                    assertEquals(200, r.statusCode(), param + "=" + value + ": " + r.body());
                    assertEquals(0, JSON.readTree(r.body()).get("total").asInt(), param + "=" + value);
                }
            }
            // The stored name with quotes and SQL in it is found by exactly that text, and only it.
            JsonNode found = JSON.readTree(send(HttpRequest.newBuilder(uri(server, "/api/events?actor="
                    + URLEncoder.encode("\"O'Neil\"; DROP TABLE events; --", StandardCharsets.UTF_8)))).body());
            assertEquals(1, found.get("total").asInt());
            assertEquals(NASTY_ACTOR, found.get("events").get(0).get("actor1").asText());
            assertEquals(2, store.count(EventQuery.all()), "the table is still there, with both events");
        }
    }

    @Test
    void crossOriginCallsAreRefusedUnlessTheOriginIsConfigured() throws Exception {
        try (SitrepServer server = SitrepServer.start(open("127.0.0.1").withToken(TOKEN, false), store, COUNTING,
                new PrintWriter(new StringWriter()))) {
            HttpResponse<String> preflight = send(preflight(uri(server, "/api/ingest"), "https://evil.example"));
            error(preflight, 403);
            assertTrue(preflight.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
            HttpResponse<String> get = send(HttpRequest.newBuilder(uri(server, "/api/events"))
                    .header("Origin", "https://evil.example"));
            assertEquals(200, get.statusCode());
            assertTrue(get.headers().firstValue("Access-Control-Allow-Origin").isEmpty(), "the browser keeps it from the page");
        }
        try (SitrepServer server = SitrepServer.start(open("127.0.0.1").withCorsOrigins(List.of("https://desk.example")),
                store, null, new PrintWriter(new StringWriter()))) {
            HttpResponse<String> allowed = send(preflight(uri(server, "/api/events"), "https://desk.example"));
            assertEquals(204, allowed.statusCode());
            assertEquals("https://desk.example", allowed.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
            assertTrue(allowed.headers().firstValue("Access-Control-Allow-Headers").orElse("").contains("Authorization"));
            error(send(preflight(uri(server, "/api/events"), "https://desk.example.evil.example")), 403);
            HttpResponse<String> get = send(HttpRequest.newBuilder(uri(server, "/api/events"))
                    .header("Origin", "https://desk.example"));
            assertEquals("https://desk.example", get.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        }
    }

    static HttpRequest.Builder preflight(URI uri, String origin) {
        return HttpRequest.newBuilder(uri).method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", origin).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization");
    }

    @Test
    void anUnexpectedFailureGetsA500WithAnIdAndTheDetailsGoOnlyToTheLog() throws Exception {
        EventStore failing = (EventStore) Proxy.newProxyInstance(EventStore.class.getClassLoader(),
                new Class<?>[] {EventStore.class}, (proxy, method, args) -> {
                    if (method.getName().equals("close")) return null;
                    throw new IllegalStateException("secret detail: /home/analyst/private/sitrep.db is locked");
                });
        StringWriter log = new StringWriter();
        try (SitrepServer server = SitrepServer.start(open("127.0.0.1"), failing, null, new PrintWriter(log))) {
            HttpResponse<String> r = send(HttpRequest.newBuilder(uri(server, "/api/events?country=IQ")));
            JsonNode body = error(r, 500);
            String id = body.get("id").asText();
            assertTrue(id.matches("[0-9a-f]{8}"), id);
            assertTrue(body.get("error").asText().contains(id));
            for (String leak : List.of("secret", "/home/analyst", "Exception", "\tat ", "org.sitrep")) {
                assertFalse(r.body().contains(leak), "the client sees no " + leak + ": " + r.body());
            }
            assertTrue(log.toString().contains("internal error " + id + " on GET /api/events"), log.toString());
            assertTrue(log.toString().contains("secret detail") && log.toString().contains("\tat "), "the log has it all");
        }
    }

    @Test
    void malformedRequestsGetA4xxWithoutAStackTrace() throws Exception {
        try (SitrepServer server = SitrepServer.start(open("127.0.0.1"), store, null, new PrintWriter(new StringWriter()))) {
            for (String request : List.of("GET /api/events/%zz HTTP/1.1\r\nHost: x\r\n",
                    "GET /api/..%2f..%2f..%2fetc/passwd HTTP/1.1\r\nHost: x\r\n",
                    "GET /api/events HTTP/1.1\r\nHost: x\r\nBad Header\r\n",
                    "GET /api/events HTTP/1.1\r\nHost: x\r\nX-Long: " + "a".repeat(20_000) + "\r\n")) {
                String response = raw(server, request + "Connection: close\r\n\r\n");
                assertTrue(response.startsWith("HTTP/1.1 4"), request + " -> " + response);
                assertFalse(response.contains("\tat ") || response.contains("Exception") || response.contains("jetty"),
                        response);
            }
        }
    }

    static String raw(SitrepServer server, String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    @Test
    void aClientOverItsRateGetsA429WithRetryAfter() throws Exception {
        try (SitrepServer server = SitrepServer.start(new ServerConfig("127.0.0.1", 0, null)
                .withRateLimit(new ServerConfig.RateLimit(0.5, 3)), store, null, new PrintWriter(new StringWriter()))) {
            for (int i = 0; i < 3; i++) assertEquals(200, send(HttpRequest.newBuilder(uri(server, "/api/about"))).statusCode());
            HttpResponse<String> limited = send(HttpRequest.newBuilder(uri(server, "/api/about")));
            JsonNode body = error(limited, 429);
            assertTrue(body.get("error").asText().contains("too many requests"), body.toString());
            int retry = Integer.parseInt(limited.headers().firstValue("Retry-After").orElseThrow());
            assertTrue(retry >= 1 && retry <= 2, "Retry-After " + retry);
            assertEquals(429, send(HttpRequest.newBuilder(uri(server, "/index.html"))).statusCode(), "the page too");
        }
    }

    @Test
    void thePageComesWithAPolicyAgainstInlineScript() throws Exception {
        try (SitrepServer server = SitrepServer.start(open("127.0.0.1"), store, null, new PrintWriter(new StringWriter()))) {
            HttpResponse<String> page = send(HttpRequest.newBuilder(uri(server, "/")));
            assertEquals(200, page.statusCode());
            assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'self'"));
            assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(""));
        }
    }
}
