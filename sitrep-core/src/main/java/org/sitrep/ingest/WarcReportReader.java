package org.sitrep.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.ReadableByteChannel;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.sitrep.model.RawReport;
import org.sitrep.model.RejectedInputException;

/**
 * Reads a web archive ({@code .warc}, {@code .warc.gz}, e.g. Common Crawl's news crawl) with jwarc, one record at a
 * time, so an archive of any size streams through: each HTTP response record with status 200 and an HTML payload
 * is one report, read as {@link HtmlReportReader} reads a page.
 *
 * <ul>
 *   <li>url: the record's {@code WARC-Target-URI} (what was fetched, not what the page calls itself);
 *   <li>published: the page's own date, else the day of {@code WARC-Date} (UTC), as a crawl of news is near the
 *       day of publication;
 *   <li>source: {@code crawl.warc.gz#OFFSET}, the record's byte offset, which {@code jwarc} and other WARC tools can
 *       seek to.
 * </ul>
 * Responses that are not HTML or not status 200 are skipped and counted in one note; request, metadata and other
 * records are passed over. A page that cannot be read (binary, no article text, larger than {@code maxBytes}) is
 * rejected on its own. An archive that is not WARC, or ends in the middle of a record, is rejected at that offset,
 * after the records before it (a cut in the first record cannot be told from a file that is not WARC at all).
 */
public final class WarcReportReader {
    private final HtmlReportReader html = new HtmlReportReader();
    private final long maxBytes;

    /** @param maxBytes the largest page read from one record; a larger one is rejected */
    public WarcReportReader(long maxBytes) {
        if (maxBytes < 1 || maxBytes >= Integer.MAX_VALUE) throw new IllegalArgumentException("maxBytes " + maxBytes);
        this.maxBytes = maxBytes;
    }

    /** Reads every record of {@code in}, which this method does not close. */
    public void read(String source, ReadableByteChannel in, ReportSink sink) throws RejectedInputException {
        Skipped skipped = new Skipped();
        int responses = 0;
        long offset = 0;
        try {
            WarcReader reader = new WarcReader(in);
            while (true) {
                offset = reader.position();
                Optional<WarcRecord> next = reader.next();
                if (next.isEmpty()) break;
                if (next.get() instanceof WarcResponse response) {
                    responses++;
                    readResponse(source + "#" + offset, response, sink, skipped);
                }
            }
        } catch (IOException | RuntimeException e) {
            // jwarc signals a truncated gzip member or a broken header alike, as an exception from next().
            throw new RejectedInputException(offset == 0 ? source : source + "#" + offset,
                    (offset == 0 ? "not a WARC file, or truncated (" : "truncated or malformed WARC record (") + reason(e) + ")");
        } finally {
            if (skipped.total() > 0) sink.note(source, skipped.describe());
        }
        if (responses == 0) throw new RejectedInputException(source, "no response records in WARC file");
    }

    private void readResponse(String source, WarcResponse response, ReportSink sink, Skipped skipped)
            throws IOException {
        if (!response.contentType().base().equals(MediaType.HTTP_RESPONSE.base())) {
            skipped.notHtml++;
            return;
        }
        HttpResponse http = response.http();
        if (http.status() != 200) {
            skipped.notOk++;
            return;
        }
        String type = http.contentType().base().toString().toLowerCase(Locale.ROOT);
        if (!type.equals("text/html") && !type.equals("application/xhtml+xml")) {
            skipped.notHtml++;
            return;
        }
        byte[] bytes;
        try (InputStream body = http.bodyDecoded().stream()) {
            bytes = body.readNBytes((int) maxBytes + 1);
        }
        try {
            if (bytes.length > maxBytes) {
                throw new RejectedInputException(source, "page larger than the " + maxBytes + "-byte limit");
            }
            String page = InputDecoder.decode(source, bytes, true).text();
            RawReport report = html.toReport(source, page);
            LocalDate crawled = LocalDate.ofInstant(response.date(), ZoneOffset.UTC);
            sink.accept(new RawReport(source, response.target(), report.outlet(), report.title(),
                    report.published() != null ? report.published() : crawled, report.text()));
        } catch (RejectedInputException e) {
            sink.reject(e);
        }
    }

    private static String reason(Exception e) {
        String message = ReportInputs.describe(e);
        return message.length() <= 120 ? message : message.substring(0, 120) + "...";
    }

    /** Responses passed over, by reason. */
    private static final class Skipped {
        int notHtml;
        int notOk;

        int total() {
            return notHtml + notOk;
        }

        String describe() {
            return String.format(Locale.ROOT, "skipped %d responses (%d not HTML, %d not status 200)", total(), notHtml,
                    notOk);
        }
    }
}
