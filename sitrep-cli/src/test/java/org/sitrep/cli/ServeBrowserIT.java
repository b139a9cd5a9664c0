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
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sitrep.serve.ServerConfig;
import org.sitrep.serve.SitrepServer;
import org.sitrep.store.EventQuery;
import org.sitrep.store.SqliteEventStore;

/**
 * The analyst's page in headless Chromium over the samples and the seed: markers on the map, the table following
 * the map's view, the timeline brush, an event's evidence sentences, and a screenshot in
 * {@code target/screenshots/}. Uses Debian's chromium and chromedriver; skipped when they are not installed
 * (.ci/run installs them).
 */
class ServeBrowserIT {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @TempDir
    static Path dir;
    static SqliteEventStore store;
    static SitrepServer server;
    static ChromeDriver browser;
    static WebDriverWait wait;

    @BeforeAll
    static void start() {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "no chromium and chromedriver in /usr/bin: browser tests skipped");
        Path db = dir.resolve("desk.db");
        assertEquals(0, Main.run("ingest", SamplesIT.SAMPLES.toString(), "--db", db.toString()));
        assertEquals(0, Main.run("ingest", SeedIT.SEED.toString(), "--published", "2023-10-27", "--db", db.toString()));
        store = SqliteEventStore.open(db);
        server = SitrepServer.start(new ServerConfig("127.0.0.1", 0, null), store, null,
                new PrintWriter(new StringWriter()));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // The flags keep Chromium off the network it cannot reach here, and out of the sandbox root cannot use.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--window-size=1500,950", "--user-data-dir=" + dir.resolve("chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        browser.get("http://127.0.0.1:" + server.port() + "/");
        wait.until(d -> readiness() >= 2);
        assertFalse(browser.findElement(By.id("error")).isDisplayed(), "the page reports no error");
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.quit();
        if (server != null) server.close();
        if (store != null) store.close();
    }

    static long readiness() {
        Object ready = browser.executeScript("return Number(document.body.dataset.ready || 0)");
        return ((Number) ready).longValue();
    }

    static Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    static int markers() {
        return Integer.parseInt(browser.findElement(By.id("map")).getAttribute("data-markers"));
    }

    /** Waits for the page to finish the refresh that {@code action} starts. */
    static void andWait(Runnable action) {
        long before = readiness();
        action.run();
        wait.until(d -> readiness() > before);
    }

    @Test
    void everyPlacedEventHasAMarkerAndTheMapShowsThem() {
        long placed = store.events(EventQuery.all()).stream().filter(e -> e.latitude() != null).count();
        assertTrue(placed >= 10, "the samples and the seed give at least ten placed events, got " + placed);
        assertEquals(placed, markers());
        int drawn = browser.findElements(By.cssSelector("path.event-marker")).size()
                + browser.findElements(By.cssSelector(".marker-cluster")).size();
        assertTrue(drawn > 0, "markers or clusters are drawn");
        assertFalse(browser.findElements(By.cssSelector("path.country-outline")).isEmpty(), "offline outlines drawn");
        assertTrue(browser.findElements(By.cssSelector("#events tbody tr")).size() > 0);
    }

    @Test
    void theTableFollowsTheMapView() {
        int all = rows();
        // Zoom to northern Iraq: Erbil and Harir are in, the Red Sea and Lebanon are out.
        andWait(() -> js("window.sitrep.map.fitBounds([[35.5, 43.0], [37.5, 45.5]])"));
        int inView = rows();
        assertTrue(inView > 0 && inView < all, "rows in view " + inView + " of " + all);
        @SuppressWarnings("unchecked")
        Map<String, Object> b = (Map<String, Object>) js("const b = window.sitrep.map.getBounds();"
                + "return {s: b.getSouth(), w: b.getWest(), n: b.getNorth(), e: b.getEast()};");
        for (WebElement row : browser.findElements(By.cssSelector("#events tbody tr"))) {
            var e = store.event(row.getAttribute("data-id")).orElseThrow();
            assertTrue(e.latitude() >= num(b.get("s")) && e.latitude() <= num(b.get("n"))
                    && e.longitude() >= num(b.get("w")) && e.longitude() <= num(b.get("e")), e.id() + " in view");
        }
        andWait(() -> js("window.sitrep.map.setView([30, 40], 3)"));
    }

    @Test
    void brushingTheTimelineFiltersMarkersAndTable() {
        int before = markers();
        WebElement histogram = browser.findElement(By.id("histogram"));
        int width = histogram.getSize().getWidth();
        // Drag across the left third of the timeline: the October 2023 reports, not the later ones.
        andWait(() -> new Actions(browser).moveToElement(histogram, -width / 2 + 2, 0).clickAndHold()
                .moveByOffset(width / 3, 0).release().perform());
        String label = browser.findElement(By.id("brush-label")).getText();
        assertTrue(label.startsWith("time filter: "), label);
        String[] range = label.substring("time filter: ".length()).split(" to ");
        int after = markers();
        assertTrue(after > 0 && after < before, "markers after brushing " + after + " of " + before);
        for (WebElement row : browser.findElements(By.cssSelector("#events tbody tr"))) {
            String date = row.findElements(By.tagName("td")).get(1).getText();
            String first = date.split("/")[0], last = date.contains("/") ? date.split("/")[1] : date;
            assertTrue(last.compareTo(range[0]) >= 0 && first.compareTo(range[1]) <= 0, date + " in " + label);
        }
        andWait(() -> browser.findElement(By.id("brush-clear")).click());
        assertEquals(before, markers());
    }

    @Test
    void anOpenedEventShowsItsEvidenceSentencesAndScreenshotIsSaved() throws Exception {
        // The table may render again (a late list or map response) between finding the row and clicking it.
        String id = wait.ignoring(StaleElementReferenceException.class).until(d -> {
            WebElement row = d.findElement(By.cssSelector("#events tbody tr"));
            String dataId = row.getAttribute("data-id");
            row.click();
            return dataId;
        });
        wait.until(d -> d.findElement(By.id("panel")).isDisplayed());
        wait.until(d -> d.findElement(By.cssSelector("#panel-body .src")).getText().equals("event " + id));
        var event = store.event(id).orElseThrow();
        List<WebElement> marks = browser.findElements(By.cssSelector("#panel-body .evidence mark"));
        assertFalse(marks.isEmpty(), "evidence is marked");
        List<String> evidence = event.evidence().stream().map(e -> e.text()).toList();
        for (WebElement m : marks) {
            boolean known = evidence.contains(m.getText())
                    || event.claims().stream().anyMatch(c -> c.evidence().text().equals(m.getText()));
            assertTrue(known, "marked text is evidence: " + m.getText());
        }
        WebElement first = browser.findElement(By.cssSelector("#panel-body .evidence"));
        assertTrue(first.getText().contains(marks.get(0).getText()), "the mark sits in its sentence");
        assertTrue(browser.findElements(By.cssSelector("#panel-body script")).isEmpty(), "no markup from reports");
        assertFalse(browser.findElements(By.cssSelector("#panel-body ol li")).isEmpty(), "history is listed");
        Path shots = Path.of("target", "screenshots");
        Files.createDirectories(shots);
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), shots.resolve("analysts-desk.png"),
                StandardCopyOption.REPLACE_EXISTING);
        assertTrue(Files.size(shots.resolve("analysts-desk.png")) > 10_000);
    }

    static int rows() {
        String summary = browser.findElement(By.id("summary")).getText();
        return Integer.parseInt(summary.substring(0, summary.indexOf(' ')));
    }

    static double num(Object o) {
        return ((Number) o).doubleValue();
    }
}
