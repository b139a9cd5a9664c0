package org.sitrep.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.jsoup.Jsoup;
import org.sitrep.model.RawReport;
import org.sitrep.model.RejectedInputException;

/**
 * Reads an RSS (0.9x, 1.0, 2.0) or Atom feed ({@code .xml .rss .atom}) with ROME: each item with text is one report.
 *
 * <ul>
 *   <li>text: the item's full content ({@code content:encoded}, Atom {@code content}), else its description or
 *       summary; HTML is reduced to its paragraphs. The linked page is never fetched: a feed that only carries a
 *       summary gives a report of the summary;
 *   <li>title, url (the item's link) and published (its publication date, else its update date; feeds give an
 *       instant, taken as a UTC date); outlet: the feed's title;
 *   <li>source: {@code feed.xml#N}, N the item's position from 1.
 * </ul>
 * Items without text are skipped and counted in one note. A document that is not a feed is rejected as
 * {@code feed.xml: not an RSS or Atom feed (reason)}, and so is a feed without any item with text. Doctype
 * declarations are refused (ROME's default), so a feed cannot make the reader load external entities.
 */
public final class FeedReportReader implements ReportReader {
    private final HtmlArticleExtractor html = new HtmlArticleExtractor();

    /** One item of a feed: its report, and the key that names the item across polls (GUID, else link). */
    public record FeedItem(String key, RawReport report) {
    }

    /** The items of one feed, and how many items were skipped for lack of text. */
    public record FeedItems(List<FeedItem> items, int withoutText) {
        public FeedItems {
            items = List.copyOf(items);
        }
    }

    @Override
    public void read(String source, String content, ReportSink sink) throws RejectedInputException {
        FeedItems feed = items(source, content);
        if (feed.items().isEmpty()) {
            throw new RejectedInputException(source, feed.withoutText() == 0 ? "feed has no items"
                    : "no feed item has text (" + feed.withoutText() + " items)");
        }
        for (FeedItem item : feed.items()) sink.accept(item.report());
        if (feed.withoutText() > 0) sink.note(source, "skipped " + feed.withoutText() + " feed items without text");
    }

    /** Parses a feed; an empty feed gives no items (a watched feed is often empty for a while). */
    public FeedItems items(String source, String content) throws RejectedInputException {
        SyndFeed feed = parse(source, content);
        String outlet = blankToNull(feed.getTitle());
        List<FeedItem> items = new ArrayList<>();
        int withoutText = 0;
        List<SyndEntry> entries = feed.getEntries();
        for (int i = 0; i < entries.size(); i++) {
            SyndEntry entry = entries.get(i);
            String text = text(entry);
            if (text == null) {
                withoutText++;
                continue;
            }
            String title = blankToNull(entry.getTitle());
            String link = blankToNull(entry.getLink());
            RawReport report = new RawReport(source + "#" + (i + 1), link, outlet, title == null ? null : title.strip(),
                    date(entry), text);
            items.add(new FeedItem(key(entry, link, report), report));
        }
        return new FeedItems(items, withoutText);
    }

    private static SyndFeed parse(String source, String content) throws RejectedInputException {
        try {
            return new SyndFeedInput().build(new StringReader(content));
        } catch (FeedException | IllegalArgumentException e) {
            // ROME says "Invalid document" when the XML parses but its root is not rss, rdf:RDF or feed.
            throw new RejectedInputException(source, "not an RSS or Atom feed (" + reason(e) + ")");
        }
    }

    private @Nullable String text(SyndEntry entry) {
        for (SyndContent content : entry.getContents()) {
            String text = toText(content);
            if (text != null) return text;
        }
        return entry.getDescription() == null ? null : toText(entry.getDescription());
    }

    private @Nullable String toText(SyndContent content) {
        String value = content.getValue();
        if (value == null || value.isBlank()) return null;
        String type = content.getType() == null ? "" : content.getType().toLowerCase(Locale.ROOT);
        String text;
        // RSS does not say whether a description is HTML; markup or an entity left in the text says it is.
        if (type.contains("html") || value.indexOf('<') >= 0 || value.indexOf('&') >= 0) {
            text = html.extract(value).text();
            if (text.isBlank()) text = Jsoup.parse(value).text();
        } else {
            text = value.strip();
        }
        return text.codePoints().anyMatch(Character::isLetter) ? text : null;
    }

    private static @Nullable LocalDate date(SyndEntry entry) {
        Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
        return date == null ? null : date.toInstant().atOffset(ZoneOffset.UTC).toLocalDate();
    }

    /** ROME gives an RSS item's guid, or an Atom entry's id, as its URI. An item with neither is known by content. */
    private static String key(SyndEntry entry, @Nullable String link, RawReport report) {
        String uri = blankToNull(entry.getUri());
        if (uri != null) return uri.strip();
        if (link != null) return link.strip();
        return "sha256:" + sha256(report.title() + "\n" + report.text());
    }

    private static String sha256(String s) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String reason(Exception e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) return e.getClass().getSimpleName();
        // ROME prefixes the parser's message with "Invalid XML: Error on line N: ".
        String line = message.lines().findFirst().orElse("").strip();
        return line.length() <= 120 ? line : line.substring(0, 120) + "...";
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
