package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.sitrep.model.Report;
import org.sitrep.store.SqliteEventStore;

/**
 * Feeds, web archives and Telegram exports through the real command line, in one class because each run loads
 * CoreNLP: {@code sitrep ingest} takes every format with bad inputs of each kind beside them (one line each, the
 * batch goes on), and {@code sitrep watch --once} polls a feed served by a local HTTP server, remembering its items.
 */
class SourcesIT {
    private static final String RSS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel><title>Border Desk</title>
            <item><title>Mortar fire hits border post</title><link>https://desk.example/mortar</link>
            <guid>desk-101</guid><pubDate>Wed, 10 Apr 2024 09:00:00 GMT</pubDate>
            <description>Mortar rounds struck a border post on Tuesday night, wounding two guards, the interior
            ministry said.</description></item>
            <item><title>Only a picture</title><link>https://desk.example/pic</link>
            <description><![CDATA[<img src="p.jpg">]]></description></item>
            </channel></rss>
            """;
    private static final String ATOM = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Harbour Watch</title><id>urn:x:harbour</id>
            <updated>2024-04-11T08:00:00Z</updated>
            <entry><title>Tanker struck by missile</title><id>urn:x:harbour:9</id>
            <link href="https://harbour.example/tanker"/><updated>2024-04-11T08:00:00Z</updated>
            <content type="html">&lt;p&gt;A missile hit an oil tanker off the port on Wednesday, setting it on fire,
            the coast guard said.&lt;/p&gt;</content></entry></feed>
            """;
    private static final String TELEGRAM = """
            {"name": "Test Front Media", "type": "public_channel", "id": 1122334455, "messages": [
             {"id": 7, "type": "service", "date": "2024-04-09T10:00:00", "action": "pin_message", "text": ""},
             {"id": 8, "type": "message", "date": "2024-04-09T22:15:00",
              "text": ["Our units ", {"type": "bold", "text": "shelled"}, " an enemy artillery position near the dam tonight."]}
            ]}
            """;
    private static final String PAGE = "<html><head><title>Checkpoint attacked</title></head><body><article>"
            + "<p>Gunmen attacked a police checkpoint on the highway on Monday, killing one officer, a police "
            + "spokesman said.</p></article></body></html>";

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
        List<String> errLines() {
            return Arrays.stream(err.split("\\R")).filter(l -> !l.isBlank()).toList();
        }

        List<String> about(String input) {
            return errLines().stream().filter(l -> l.contains(input)).toList();
        }
    }

    private static Run sitrep(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void everySourceIsIngestedAndWatchedFeedsAddNothingTwice() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("desk.rss"), RSS);
        Files.writeString(in.resolve("harbour.atom"), ATOM);
        Files.createDirectories(in.resolve("tg"));
        Files.writeString(in.resolve("tg/result.json"), TELEGRAM);
        byte[] warc = warc();
        Files.write(in.resolve("crawl.warc.gz"), warc);
        // One bad input of each new kind; every one must get exactly one line and none may stop the batch.
        Files.writeString(in.resolve("broken.rss"), "Mortar fire, but this file is plain text, not a feed.");
        Files.write(in.resolve("cut.warc.gz"), Arrays.copyOf(warc, 60));
        Files.createDirectories(in.resolve("tg-photos"));
        Files.writeString(in.resolve("tg-photos/result.json"), """
                {"name": "Pictures", "type": "public_channel", "id": 9, "messages": [
                 {"id": 1, "type": "message", "date": "2024-04-09T10:00:00", "photo": "a.jpg", "text": ""}]}
                """);
        Files.createDirectories(in.resolve("tg-cut"));
        Files.writeString(in.resolve("tg-cut/result.json"), "{\"name\": \"Cut\", \"messages\": [{\"id\": 1, \"text\": \"Shel");

        Path db = dir.resolve("sources.db");
        Run run = sitrep("ingest", "--db", db.toString(), in.toString());

        assertEquals(0, run.exit(), run.err());
        assertFalse(run.err().contains("\tat ") || run.err().contains("Exception"), "no stack trace:\n" + run.err());
        assertTrue(run.out().contains("5 reports added, 0 already stored, 4 inputs rejected"), run.out() + run.err());
        assertOne(run.about(in.resolve("broken.rss").toString()), "not an RSS or Atom feed");
        assertOne(run.about(in.resolve("cut.warc.gz").toString()), "not a WARC file, or truncated");
        assertOne(run.about(in.resolve("tg-photos/result.json").toString()), "no Telegram message has text");
        assertOne(run.about(in.resolve("tg-cut/result.json").toString()), "malformed JSON");
        // Skipped items are counted, one line per input.
        assertOne(run.about(in.resolve("desk.rss").toString() + ": skipped"), "1 feed items without text");
        assertOne(run.about(in.resolve("tg/result.json").toString() + ": skipped"), "1 Telegram messages");
        assertOne(run.about(in.resolve("crawl.warc.gz").toString() + ": skipped"), "(1 not HTML, 1 not status 200)");

        try (SqliteEventStore s = SqliteEventStore.open(db)) {
            List<String> urls = s.reports().stream().map(Report::url).sorted().toList();
            assertEquals(List.of("https://checkpoint.example/news/1", "https://desk.example/mortar",
                    "https://harbour.example/tanker", "https://t.me/c/1122334455/8", "https://unseen.example/x"), urls);
        }

        Run again = sitrep("ingest", "--db", db.toString(), in.toString());
        assertTrue(again.out().contains("0 reports added, 5 already stored, 4 inputs rejected"), again.out());

        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/desk.rss", exchange -> {
            byte[] body = RSS.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream o = exchange.getResponseBody()) {
                o.write(body);
            }
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/desk.rss";
            Path watchDb = dir.resolve("watch.db");
            Run first = sitrep("watch", "--once", "--db", watchDb.toString(), url, in.resolve("harbour.atom").toUri().toString());
            assertEquals(0, first.exit(), first.err());
            assertTrue(first.out().contains("2 feeds read, 0 rejected; 2 new items (2 reports added"), first.out());
            assertOne(first.about(url + "#1"), "events");

            Run second = sitrep("watch", "--once", "--db", watchDb.toString(), url, in.resolve("harbour.atom").toUri().toString());
            assertTrue(second.out().contains("0 new items (0 reports added, 0 already stored, 0 rejected), 2 seen before"),
                    second.out());
            try (SqliteEventStore s = SqliteEventStore.open(watchDb)) {
                assertEquals(2, s.reports().size());
            }

            Run bad = sitrep("watch", "--once", "--db", watchDb.toString(), in.resolve("broken.rss").toString());
            assertEquals(1, bad.exit(), "no feed could be read");
            assertEquals(1, bad.errLines().size(), bad.err());

            Run usage = sitrep("watch", "--interval", "soon", "--db", watchDb.toString(), url);
            assertEquals(2, usage.exit());
            assertTrue(usage.err().contains("--interval"), usage.err());
        } finally {
            server.stop(0);
        }
    }

    private static void assertOne(List<String> lines, String reason) {
        assertEquals(1, lines.size(), "exactly one line: " + lines);
        assertTrue(lines.get(0).contains(reason), lines.get(0) + " should say " + reason);
    }

    /** A news crawl in small: the page, a redirect, a PDF, and a second page. */
    private static byte[] warc() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (WarcWriter w = new WarcWriter(Channels.newChannel(out), WarcCompression.GZIP)) {
            response(w, "https://checkpoint.example/news/1", 200, "text/html; charset=utf-8", PAGE);
            response(w, "https://checkpoint.example/old", 302, "text/html", "<a href=\"/news/1\">moved</a>");
            response(w, "https://checkpoint.example/brief.pdf", 200, "application/pdf", "%PDF-1.4 pretend");
            response(w, "https://unseen.example/x", 200, "text/html", "<p>Drones attacked a fuel depot on "
                    + "Sunday, officials said.</p>");
        }
        return out.toByteArray();
    }

    private static void response(WarcWriter w, String url, int status, String type, String body) throws IOException {
        HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Found")
                .body(MediaType.parse(type), body.getBytes(StandardCharsets.UTF_8)).build();
        w.write(new WarcResponse.Builder(URI.create(url)).date(Instant.parse("2024-04-09T12:00:00Z")).body(http)
                .build());
    }
}
