package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.RawReport;
import org.sitrep.model.RejectedInputException;

class FeedReportReaderTest {
    private final FeedReportReader reader = new FeedReportReader();

    private CollectingSink read(String source, String content) throws RejectedInputException {
        CollectingSink sink = new CollectingSink();
        reader.read(source, content, sink);
        return sink;
    }

    @Test
    void rssItemsGiveFullContentElseTheSummary() throws RejectedInputException {
        CollectingSink sink = read("wire.rss", CollectingSink.resource("feed.rss"));

        assertEquals(List.of("wire.rss#1", "wire.rss#2"), sink.sources());
        RawReport depot = sink.reports.get(0);
        assertEquals("Drone strikes fuel depot near Kherson", depot.title());
        assertEquals("https://wire.example/2024/03/depot", depot.url());
        assertEquals("Frontline Wire", depot.outlet());
        assertEquals(LocalDate.of(2024, 3, 12), depot.published());
        assertEquals("KHERSON - A drone struck a fuel depot outside the city early on Tuesday, the regional governor "
                + "said.\n\nNo one was hurt, he added.", depot.text(), "content:encoded wins over the teaser");

        RawReport village = sink.reports.get(1);
        assertTrue(village.text().startsWith("Artillery shells landed in a border village"), village.text());
        assertEquals(LocalDate.of(2024, 3, 11), village.published());
    }

    @Test
    void itemWithoutTextIsSkippedWithACount() throws RejectedInputException {
        CollectingSink sink = read("wire.rss", CollectingSink.resource("feed.rss"));
        assertEquals(List.of("wire.rss: skipped 1 feed items without text"), sink.notes);
        assertTrue(sink.rejections.isEmpty());
    }

    @Test
    void atomEntryGivesItsEscapedHtmlSummary() throws RejectedInputException {
        CollectingSink sink = read("coast.atom", CollectingSink.resource("feed.atom"));
        RawReport boat = sink.reports.get(0);
        assertEquals("Gunmen in a skiff fired on a coast guard patrol boat late on Thursday, the navy said.",
                boat.text());
        assertEquals("https://coastal.example/patrol-boat", boat.url());
        assertEquals(LocalDate.of(2024, 2, 1), boat.published(), "published, not updated");
        assertEquals("Coastal Monitor", boat.outlet());
    }

    @Test
    void itemsAreKeyedByGuidElseLink() throws RejectedInputException {
        List<FeedReportReader.FeedItem> items = reader.items("wire.rss", CollectingSink.resource("feed.rss")).items();
        assertEquals(List.of("wire-0001", "https://wire.example/2024/03/village"),
                items.stream().map(FeedReportReader.FeedItem::key).toList());
        assertEquals("urn:test:coastal-monitor:17",
                reader.items("c.atom", CollectingSink.resource("feed.atom")).items().get(0).key());
    }

    @Test
    void documentThatIsNotXmlIsRejectedInOneLine() {
        RejectedInputException e = assertThrows(RejectedInputException.class,
                () -> read("news.rss", "Breaking: this file is plain text, not a feed."));
        assertTrue(e.getMessage().startsWith("news.rss: not an RSS or Atom feed ("), e.getMessage());
        assertEquals(1, e.getMessage().lines().count(), e.getMessage());
    }

    @Test
    void xmlThatIsNotAFeedIsRejected() {
        RejectedInputException e = assertThrows(RejectedInputException.class,
                () -> read("pom.xml", "<?xml version=\"1.0\"?><project><name>x</name></project>"));
        assertTrue(e.getMessage().startsWith("pom.xml: not an RSS or Atom feed ("), e.getMessage());
    }

    @Test
    void doctypeIsRefusedSoNoEntityIsLoaded() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<rss version=\"2.0\"><channel><title>t</title><item><description>&x;</description></item>"
                + "</channel></rss>";
        RejectedInputException e = assertThrows(RejectedInputException.class, () -> read("evil.rss", xxe));
        assertTrue(e.getMessage().startsWith("evil.rss: not an RSS or Atom feed"), e.getMessage());
    }

    @Test
    void feedWithoutItemsIsRejectedButGivesNoItemsToAWatcher() throws RejectedInputException {
        String empty = "<rss version=\"2.0\"><channel><title>Quiet</title></channel></rss>";
        RejectedInputException e = assertThrows(RejectedInputException.class, () -> read("quiet.rss", empty));
        assertEquals("quiet.rss: feed has no items", e.getMessage());
        assertTrue(reader.items("quiet.rss", empty).items().isEmpty());
    }
}
