package org.sitrep.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * A small web archive written with jwarc's own writer, shaped like a news crawl: for each capture a request and a
 * response record. Two HTML articles (one dated by its page, one only by the crawl), a redirect, a PDF and a page
 * without article text.
 */
final class WarcFixtures {
    static final String DATED = "<html><head><title>Convoy ambushed | Desert Daily</title>"
            + "<meta property=\"article:published_time\" content=\"2024-04-02T18:00:00Z\">"
            + "<meta property=\"og:site_name\" content=\"Desert Daily\"></head><body><article>"
            + "<p>Gunmen ambushed a supply convoy on the road north of the town on Tuesday, killing three drivers, "
            + "police said.</p><p>No group has claimed the attack.</p></article></body></html>";
    static final String UNDATED = "<html><body><p>Two mortar rounds fell near the market on Wednesday morning, "
            + "residents said, without causing casualties.</p></body></html>";
    static final String NO_TEXT = "<html><head><title>Index</title></head><body><nav>Home</nav></body></html>";

    private WarcFixtures() {
    }

    /** The archive's bytes, gzip'd per record when {@code gzip} (as .warc.gz files are). */
    static byte[] archive(boolean gzip) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (WarcWriter writer = new WarcWriter(java.nio.channels.Channels.newChannel(out),
                gzip ? WarcCompression.GZIP : WarcCompression.NONE)) {
            capture(writer, "https://daily.example/convoy", 200, "text/html; charset=utf-8", DATED);
            capture(writer, "https://daily.example/old-link", 301, "text/html", "<a href=\"/convoy\">moved</a>");
            capture(writer, "https://daily.example/report.pdf", 200, "application/pdf", "%PDF-1.7 pretend");
            capture(writer, "https://daily.example/index", 200, "text/html", NO_TEXT);
            capture(writer, "https://other.example/mortars", 200, "text/html", UNDATED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void capture(WarcWriter writer, String url, int status, String type, String body)
            throws IOException {
        Instant crawled = Instant.parse("2024-04-03T07:30:00Z");
        HttpRequest request = new HttpRequest.Builder("GET", URI.create(url).getRawPath())
                .addHeader("Host", URI.create(url).getHost()).build();
        writer.write(new WarcRequest.Builder(URI.create(url)).date(crawled).body(request).build());
        HttpResponse response = new HttpResponse.Builder(status, status == 200 ? "OK" : "Moved Permanently")
                .body(MediaType.parse(type), body.getBytes(StandardCharsets.UTF_8)).build();
        writer.write(new WarcResponse.Builder(URI.create(url)).date(crawled).body(response).build());
    }
}
