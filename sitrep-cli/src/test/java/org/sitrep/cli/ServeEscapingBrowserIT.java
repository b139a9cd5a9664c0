package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sitrep.model.Claim;
import org.sitrep.model.ClaimKind;
import org.sitrep.model.ClaimStatus;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.model.Evidence;
import org.sitrep.model.MentionLink;
import org.sitrep.model.Paragraph;
import org.sitrep.model.ProcessedReport;
import org.sitrep.model.Report;
import org.sitrep.model.Tally;
import org.sitrep.serve.ServerConfig;
import org.sitrep.serve.SitrepServer;
import org.sitrep.store.SqliteEventStore;

/**
 * A report full of markup reaches the page as text: script elements, {@code onerror} and {@code onload}
 * attributes, {@code javascript:} links and frames in its text, title, outlet, URL, actor and place names, claim
 * channel and tally source. Every payload would set {@code window.pwned} and the document's title; in headless
 * Chromium neither changes, no element of the payloads exists in the page, and the markup shows literally.
 * Skipped without Debian's chromium and chromedriver, as {@link ServeBrowserIT} is.
 */
class ServeEscapingBrowserIT {
    static final String SCRIPT = "<script>window.pwned=1;document.title='pwned'</script>";
    static final String IMG = "<img src=x onerror=\"window.pwned=2;document.title='pwned'\">";
    static final String LINK = "<a href=\"javascript:window.pwned=3\" id=\"jslink\">read more</a>";
    static final String SVG = "<svg onload=\"window.pwned=4\"></svg>";
    static final String FRAME = "\"><iframe src=\"javascript:window.pwned=5\"></iframe>";
    static final String TEXT = "Drones struck the airport " + SCRIPT + " on Monday. " + IMG + "\n\n"
            + "The brigade claimed the attack " + LINK + " " + SVG + " " + FRAME + " in a statement.";

    @TempDir
    static Path dir;
    static SqliteEventStore store;
    static SitrepServer server;
    static ChromeDriver browser;
    static WebDriverWait wait;

    @BeforeAll
    static void start() {
        assumeTrue(Files.isExecutable(ServeBrowserIT.CHROMIUM) && Files.isExecutable(ServeBrowserIT.CHROMEDRIVER),
                "no chromium and chromedriver in /usr/bin: browser tests skipped");
        store = SqliteEventStore.open(dir.resolve("nasty.db"));
        store.write(nastyReport());
        server = SitrepServer.start(new ServerConfig("127.0.0.1", 0, null), store, null,
                new PrintWriter(new StringWriter()));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(ServeBrowserIT.CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--window-size=1500,950", "--user-data-dir=" + dir.resolve("chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(ServeBrowserIT.CHROMEDRIVER.toString())).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        browser.get("http://127.0.0.1:" + server.port() + "/");
        wait.until(d -> ready() >= 2);
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.quit();
        if (server != null) server.close();
        if (store != null) store.close();
    }

    static ProcessedReport nastyReport() {
        int p1 = TEXT.indexOf("\n\n");
        int p2 = p1 + 2;
        Report report = new Report("r-nasty", "nasty.html", "javascript:window.pwned=8", "<b onmouseover=\"window.pwned=9\">Outlet</b>",
                "Title " + SCRIPT, LocalDate.of(2024, 6, 3), "MOSUL", "en", TEXT,
                List.of(new Paragraph(0, 0, p1, TEXT.substring(0, p1)), new Paragraph(1, p2, TEXT.length(),
                        TEXT.substring(p2))), 0);
        Evidence trigger = evidence(0, "Drones struck", "trigger");
        Evidence script = evidence(0, SCRIPT, "location");
        Evidence claimed = evidence(2, "claimed the attack " + LINK, "claim");
        Event event = new Event("ev-nasty", EventType.AIR_DRONE_STRIKE, "2024-06-03", DatePrecision.DAY,
                "Brigade " + IMG, null, SVG, null, "Airport " + SCRIPT, null, FRAME, "IQ", 36.34, 43.13, 1,
                "drone " + LINK, ClaimStatus.CLAIMED, List.of(new Claim(ClaimKind.CLAIM, "Brigade " + IMG, null,
                "2024-06-03", "Telegram " + SCRIPT, claimed)), 2, null, "outcome " + FRAME, List.of(trigger, script),
                List.of("r-nasty"), null);
        Tally tally = new Tally("t-nasty", "r-nasty", 3, "at least", "2024-06-01", "2024-06-03", "attacks " + IMG,
                List.of("IQ"), "Ministry " + SCRIPT, "Spokesman " + LINK, "2024-06-04", List.of(trigger));
        return new ProcessedReport(report, List.of(event),
                List.of(new MentionLink("m-nasty", "r-nasty", "ev-nasty", 0, trigger, EventType.AIR_DRONE_STRIKE)),
                List.of(tally), List.of());
    }

    static Evidence evidence(int sentence, String text, String field) {
        int start = TEXT.indexOf(text);
        return new Evidence("r-nasty", sentence, start, start + text.length(), text, field);
    }

    static long ready() {
        return ((Number) js("return Number(document.body.dataset.ready || 0)")).longValue();
    }

    static Object js(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }

    @Test
    void markupFromAReportNeverRunsAndShowsAsText() {
        String title = browser.getTitle();
        // The table may render again (a late list or map response) between finding the row and clicking it.
        String rowText = wait.ignoring(StaleElementReferenceException.class).until(d -> {
            WebElement row = d.findElement(By.cssSelector("#events tbody tr[data-id='ev-nasty']"));
            String text = row.getText();
            row.click();
            return text;
        });
        assertTrue(rowText.contains("Brigade " + IMG), "the table shows the actor's markup as text: " + rowText);
        wait.until(d -> d.findElement(By.id("panel")).isDisplayed());
        wait.until(d -> d.findElement(By.cssSelector("#panel-body .src")).getText().equals("event ev-nasty"));
        // Hover and click what a payload could have made clickable, had it become markup.
        for (WebElement a : browser.findElements(By.cssSelector("#panel-body a, #tally-list a"))) {
            if (!a.getAttribute("href").startsWith("http")) a.click();
        }
        String panel = browser.findElement(By.id("panel-body")).getText();
        for (String payload : List.of(SCRIPT, IMG, LINK, "Airport " + SCRIPT, "Telegram " + SCRIPT)) {
            assertTrue(panel.contains(payload), "shown literally: " + payload + "\n" + panel);
        }
        assertTrue(browser.findElement(By.id("tally-list")).getText().contains("Ministry " + SCRIPT));
        assertEquals("undefined", js("return typeof window.pwned"), "no payload ran");
        assertEquals(title, browser.getTitle());
        for (String injected : List.of("#panel-body script", "#events script", "#tally-list script", "img[onerror]",
                "[onload]", "[onmouseover]", "iframe", "#jslink", "a[href^='javascript']", "#panel-body svg",
                "#panel-body b", "#panel-body img")) {
            assertTrue(browser.findElements(By.cssSelector(injected)).isEmpty(), "no element " + injected);
        }
        // The report's javascript: URL is shown as a plain label, not a link.
        assertFalse(browser.findElement(By.cssSelector("#panel-body ul")).getText().isEmpty());
        assertEquals(0L, js("return document.querySelectorAll('#panel-body ul a').length"));
    }
}
