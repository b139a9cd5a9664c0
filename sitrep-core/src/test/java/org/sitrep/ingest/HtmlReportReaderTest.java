package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sitrep.model.RawReport;
import org.sitrep.model.RejectedInputException;

class HtmlReportReaderTest {
    private final HtmlReportReader reader = new HtmlReportReader();

    private RawReport read(String html) throws RejectedInputException {
        CollectingSink sink = new CollectingSink();
        reader.read("page.html", html, sink);
        assertEquals(1, sink.reports.size());
        return sink.reports.get(0);
    }

    @Test
    void metadataComesFromMetaTags() throws Exception {
        RawReport report = read(CollectingSink.resource("article.html"));
        assertEquals("Drone strike reported near river crossing", report.title());
        assertEquals("The Sample Gazette", report.outlet());
        assertEquals("https://gazette.example/world/drone-strike-river-crossing", report.url());
        assertEquals(LocalDate.of(2024, 2, 11), report.published());
        assertEquals("page.html", report.source());
    }

    @Test
    void bodyIsTheArticleParagraphsAndHeadingsSeparatedByBlankLines() throws Exception {
        RawReport report = read(CollectingSink.resource("article.html"));
        assertEquals("Local officials said a drone struck a checkpoint beside the old river crossing early on Sunday,"
                + " wounding two guards.\n\n"
                + "A spokesman for the provincial council said the damage was limited to a guard post and a parked"
                + " truck.\n\n"
                + "Earlier incidents\n\n"
                + "The crossing has been targeted twice this year, according to a monitoring group that tracks such"
                + " attacks.", report.text());
    }

    @Test
    void navigationAsidesFootersAndScriptsAreLeftOut() throws Exception {
        String text = read(CollectingSink.resource("article.html")).text();
        for (String noise : new String[] {"menu", "Subscribe", "Related", "Copyright", "trackParagraph", "analytics"}) {
            assertFalse(text.contains(noise), noise);
        }
    }

    @Test
    void figureCaptionsAreLeftOut() throws Exception {
        String html = "<html><body><article><p>A drone hit a fuel depot outside the town on Monday, officials said.</p>"
                + "<figure><img src=\"x.jpg\"><figcaption>Smoke rises after an air strike on the port in 2019.</figcaption>"
                + "</figure><p>No one was hurt, the governor said.</p></article></body></html>";
        String text = read(html).text();
        assertFalse(text.contains("2019"), text);
        assertTrue(text.contains("No one was hurt"), text);
    }

    @Test
    void withoutArticleElementTheElementWithMostParagraphTextIsTheBody() throws Exception {
        RawReport report = read(CollectingSink.resource("div-layout.html"));
        assertTrue(report.text().startsWith("Gunmen ambushed a supply convoy"), report.text());
        assertTrue(report.text().endsWith("No group has said it carried out the ambush."), report.text());
        assertFalse(report.text().contains("Most read"));
        assertFalse(report.text().contains("Sign up"));
        assertEquals("Convoy ambushed on desert highway", report.title());
    }

    @Test
    void pageWithNoArticleTextIsRejected() {
        RejectedInputException e = assertThrows(RejectedInputException.class,
                () -> reader.read("empty.html", CollectingSink.resource("no-article.html"), new CollectingSink()));
        assertEquals("empty.html: no article text found", e.getMessage());
    }

    @Test
    void brokenMarkupStillParses() throws Exception {
        RawReport report = read("<html><body><article><p>First claim of the <i>attack<p>Second <b>paragraph");
        assertEquals("First claim of the attack\n\nSecond paragraph", report.text());
    }

    @Test
    void pageWithoutParagraphsGivesItsBlockTextLineByLine() throws Exception {
        RawReport report = read("<html><body><div>Curfew declared in the city</div>"
                + "<div>The army said the curfew starts at dusk.<br>Shops were told to close.</div></body></html>");
        assertEquals("Curfew declared in the city\nThe army said the curfew starts at dusk.\nShops were told to close.",
                report.text());
    }

    @Test
    void titleFallsBackToTitleElementWithoutOutletNameThenToHeading() throws Exception {
        assertEquals("Ceasefire talks resume", read("<html><head><title>Ceasefire talks resume - Daily Sample</title>"
                + "<meta name=\"application-name\" content=\"Daily Sample\"></head>"
                + "<body><p>Delegations met on Monday.</p></body></html>").title());
        assertEquals("Ceasefire talks resume", read("<html><body><h1>Ceasefire talks resume</h1>"
                + "<p>Delegations met on Monday.</p></body></html>").title());
    }

    @Test
    void publishedDateFallsBackToNamedMetaAndTimeElement() throws Exception {
        assertEquals(LocalDate.of(2023, 11, 5), read("<html><head><meta name=\"DC.date\" content=\"2023-11-05\">"
                + "</head><body><p>Text of the report.</p></body></html>").published());
        assertEquals(LocalDate.of(2023, 11, 6), read("<html><body><article><time datetime=\"2023-11-06T22:10Z\">"
                + "Monday</time><p>Text of the report.</p></article></body></html>").published());
        assertNull(read("<html><body><time datetime=\"yesterday\">x</time><p>Text.</p></body></html>").published());
    }

    @Test
    void urlFallsBackToCanonicalLink() throws Exception {
        assertEquals("https://news.example/item/42", read("<html><head>"
                + "<link rel=\"canonical\" href=\"https://news.example/item/42\"></head>"
                + "<body><p>Text of the report.</p></body></html>").url());
    }
}
