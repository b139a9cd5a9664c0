package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Feeds from files, folders, file: URLs and a local HTTP server started here (tests never leave the machine). */
class FeedPollerTest {
    @TempDir
    Path dir;
    private HttpServer server;
    private final FeedPoller poller = new FeedPoller(ReportInputs.DEFAULT_MAX_BYTES, Duration.ofSeconds(5));

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/wire.rss", exchange -> {
            byte[] body = CollectingSink.resource("feed.rss").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/rss+xml");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.createContext("/gone.rss", exchange -> {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    @Test
    void feedsAreReadFromEveryKindOfPlaceAndKnownByAStableId() throws IOException {
        Path file = Files.writeString(dir.resolve("wire.rss"), CollectingSink.resource("feed.rss"));
        Path folder = Files.createDirectories(dir.resolve("feeds/sub"));
        Files.writeString(folder.resolve("coast.atom"), CollectingSink.resource("feed.atom"));
        Files.writeString(folder.resolve("notes.txt"), "not a feed, not read");
        Files.writeString(dir.resolve("feeds/.old.rss"), "hidden, not read");

        CollectingSink sink = new CollectingSink();
        List<FeedPoller.Feed> feeds = poller.poll(List.of(file.toString(), dir.resolve("feeds").toString(),
                file.toUri().toString(), url("/wire.rss")), sink);

        assertTrue(sink.rejections.isEmpty(), sink.messages().toString());
        assertEquals(List.of(file.toString(), folder.resolve("coast.atom").toString(), file.toString(),
                url("/wire.rss")), feeds.stream().map(FeedPoller.Feed::source).toList());
        assertEquals(feeds.get(0).id(), feeds.get(2).id(), "a path and its file: URL are the same feed");
        assertEquals(url("/wire.rss"), feeds.get(3).id());
        assertEquals(2, feeds.get(3).items().items().size());
        assertEquals(1, feeds.get(3).items().withoutText());
    }

    @Test
    void feedThatCannotBeReadIsOneLineAndTheOthersAreRead() throws IOException {
        Path notXml = Files.writeString(dir.resolve("news.rss"), "Just some words, not XML at all.");
        Path good = Files.writeString(dir.resolve("wire.rss"), CollectingSink.resource("feed.rss"));
        Path empty = Files.createDirectories(dir.resolve("empty"));

        CollectingSink sink = new CollectingSink();
        List<FeedPoller.Feed> feeds = poller.poll(List.of(notXml.toString(), url("/gone.rss"), empty.toString(),
                dir.resolve("missing.rss").toString(), good.toString()), sink);

        assertEquals(1, feeds.size());
        List<String> messages = sink.messages();
        assertEquals(4, messages.size(), messages.toString());
        assertTrue(messages.get(0).startsWith(notXml + ": not an RSS or Atom feed ("), messages.get(0));
        assertEquals(url("/gone.rss") + ": HTTP status 404", messages.get(1));
        assertEquals(empty + ": no feeds found (.xml, .rss, .atom)", messages.get(2));
        assertEquals(dir.resolve("missing.rss") + ": no such file or folder", messages.get(3));
    }
}
