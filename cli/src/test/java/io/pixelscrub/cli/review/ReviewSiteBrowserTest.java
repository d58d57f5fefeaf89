package io.pixelscrub.cli.review;

import io.pixelscrub.testdata.env.RequiredTools;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pixelscrub.cli.ReviewTestSupport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The review site in a real browser: Debian's headless Chromium driven by Selenium, offline (binary and driver given
 * explicitly, so Selenium's driver manager never goes to the network). The site is built from a real scan of files in
 * testdata/, and every count the page shows is checked against the report. In CI (CI=true) a missing browser fails.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReviewSiteBrowserTest {
    static final int PAGE_SIZE = 4;   // 6 files: two pages, so paging is exercised too

    Path tmp;
    ReviewTestSupport.Scan scan;
    Path site;
    Path downloads;
    WebDriver driver;

    @BeforeAll
    void buildSiteAndStartBrowser(@TempDir Path dir) throws Exception {
        tmp = dir;
        RequiredTools.require(Chromium.CHROMIUM.canExecute() && Chromium.CHROMEDRIVER.canExecute(),
                "no /usr/bin/chromium or /usr/bin/chromedriver (scripts/setup.sh --deps --test installs Debian chromium and chromium-driver)");
        scan = ReviewTestSupport.scan(tmp);
        site = tmp.resolve("site");
        assertEquals(0, ReviewTestSupport.run("review", scan.report().toString(), "-o", site.toString(),
                "--page-size", String.valueOf(PAGE_SIZE)).code());
        downloads = Files.createDirectories(tmp.resolve("downloads"));
        driver = Chromium.start(tmp.resolve("chromium-profile"), downloads, "1400,1000");
        driver.get(site.resolve("index.html").toUri().toString());
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
    }

    @AfterAll
    void quit() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void loadsFromDiskWithEveryImageAndBoxOfTheReport() throws Exception {
        assertTrue(driver.getCurrentUrl().startsWith("file:///"), driver.getCurrentUrl());
        assertEquals("pixelscrub review", driver.getTitle());
        assertTrue(driver.findElement(By.id("warning")).getText().contains("contain PHI"), "the PHI warning is at the top");
        JsonNode files = scan.json().path("files");
        int findings = 0;
        int thumbnails = 0;
        for (JsonNode f : files) {
            findings += f.path("findings").size();
            thumbnails += f.path("thumbnails").size() > 0 ? 1 : 0;
        }
        assertTrue(findings > 20, "the fixture has findings: " + findings);
        int[] shown = countAcrossPages();
        assertEquals(files.size(), shown[0], "one card per file in the report");
        assertEquals(findings, shown[1], "one drawn box per finding in the report");
        assertEquals(thumbnails, shown[2], "one image per file with a thumbnail");
        assertEquals(1, driver.findElements(By.cssSelector("#quarantine-list li")).size(), "the quarantined file is listed");
        firstPage();
        List<WebElement> imgs = driver.findElements(By.cssSelector("#grid img"));
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> imgs.stream().allMatch(i ->
                Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0", i))));
        Path shot = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
        Path kept = Path.of("target", "review-screenshot.png");
        Files.copy(shot, kept, StandardCopyOption.REPLACE_EXISTING);
        assertTrue(Files.size(kept) > 10_000, "a real screenshot");
        assertNoConsoleErrors();
    }

    @Test
    void eachFilterShowsExactlyTheMatchingFilesAndBoxes() {
        JsonNode files = scan.json().path("files");
        Map<String, List<String>> options = new HashMap<>();
        for (String name : List.of("status", "modality", "device", "verdict", "source")) {
            Select select = new Select(driver.findElement(By.id("filter-" + name)));
            List<String> values = new ArrayList<>();
            select.getOptions().stream().map(o -> o.getAttribute("value")).filter(v -> !v.isEmpty()).forEach(values::add);
            options.put(name, values);
            assertTrue(values.size() >= 2, name + " offers a choice: " + values);
            for (String value : values) {
                select.selectByValue(value);
                int[] expected = ReviewTestSupport.expected(files, name, value);
                int[] shown = countAcrossPages();
                assertEquals(expected[0], shown[0], name + "=" + value + ": files");
                assertEquals(expected[1], shown[1], name + "=" + value + ": boxes");
                assertTrue(shown[0] < files.size(), name + "=" + value + " filters something out");
            }
            select.selectByValue("");
        }
        WebElement search = driver.findElement(By.id("search"));
        search.sendKeys("US1_RLE");
        waitForGrid();
        assertEquals(1, countAcrossPages()[0], "search by file name");
        search.clear();
        search.sendKeys("x");
        search.sendKeys(org.openqa.selenium.Keys.BACK_SPACE);
        assertEquals(files.size(), countAcrossPages()[0], "cleared search shows all");
        assertNoConsoleErrors();
    }

    @Test
    void keyboardMovesBetweenImagesAndMarkingExportsTheList() throws Exception {
        firstPage();
        JsonNode files = scan.json().path("files");
        Actions keys = new Actions(driver);
        driver.findElement(By.tagName("h1")).click();
        keys.sendKeys("m").perform();                       // mark file 0
        keys.sendKeys("j").sendKeys("j").perform();
        keys.sendKeys(org.openqa.selenium.Keys.ENTER).perform();
        WebElement detail = driver.findElement(By.id("detail"));
        assertTrue(detail.isDisplayed(), "Enter opens the per-image view");
        waitForDetail(files.get(2));
        keys.sendKeys("j").perform();
        waitForDetail(files.get(3));   // j: next image
        keys.sendKeys("j").perform();
        waitForDetail(files.get(4));   // next image across a page boundary
        keys.sendKeys("m").perform();                       // mark file 4 from the detail view
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !d.findElements(By.id("detail-marked")).isEmpty());
        keys.sendKeys("k").perform();
        waitForDetail(files.get(3));   // k: previous image
        int pairs = driver.findElements(By.cssSelector("#detail .pair")).size();
        assertEquals(files.get(3).path("thumbnails").size(), pairs, "every frame with findings is shown");
        assertEquals(files.get(3).path("findings").size(), driver.findElements(By.cssSelector("#findings tr.finding")).size());
        keys.sendKeys(org.openqa.selenium.Keys.ESCAPE).perform();
        assertFalse(detail.isDisplayed(), "Esc goes back to the grid");
        assertEquals("2 marked", driver.findElement(By.id("mark-count")).getText());

        driver.findElement(By.id("export")).click();
        String exported = driver.findElement(By.id("export-json")).getAttribute("value");
        JsonNode list = new ObjectMapper().readTree(exported);
        assertEquals("pixelscrub-marks/2", list.path("schema").asText());
        List<String> inputs = new ArrayList<>();
        list.path("files").forEach(f -> inputs.add(f.path("input").asText()));
        assertEquals(List.of(files.get(0).path("input").asText(), files.get(4).path("input").asText()), inputs);
        Path download = downloads.resolve("needs-attention.json");
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> Files.isRegularFile(download));
        assertEquals(list, new ObjectMapper().readTree(download.toFile()), "the downloaded file is the list shown");
        keys.sendKeys(org.openqa.selenium.Keys.ESCAPE).perform();

        // The CLI takes the list back: only the marked files are scanned again.
        Path again = tmp.resolve("again.json");
        var r = ReviewTestSupport.run("scan", scan.inputs().toString(), "--only", download.toString(), "--report", again.toString(),
                "--no-thumbnails", "--redact", "all-text");
        assertEquals(0, r.code(), r.err());
        List<String> rescanned = new ArrayList<>();
        new ObjectMapper().readTree(again.toFile()).path("files").forEach(f -> rescanned.add(f.path("input").asText()));
        assertEquals(inputs, rescanned);
        assertNoConsoleErrors();
    }

    private static String name(JsonNode file) {
        return Path.of(file.path("input").asText()).getFileName().toString();
    }

    private void firstPage() {
        WebElement prev = driver.findElement(By.id("prev-page"));
        while (prev.isEnabled()) {
            prev.click();
        }
        waitForGrid();
    }

    /** Findings load in chunks: wait until the grid has drawn what it asked for. */
    private void waitForGrid() {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> "false".equals(d.findElement(By.id("grid")).getAttribute("data-loading")));
    }

    /** The per-image view showing {@code file}, drawn. */
    private void waitForDetail(JsonNode file) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> "false".equals(d.findElement(By.id("detail")).getAttribute("data-loading"))
                && name(file).equals(d.findElement(By.id("detail-name")).getText()));
    }

    /** Cards, drawn boxes and images over every page of the current filter. */
    private int[] countAcrossPages() {
        firstPage();
        int[] n = new int[3];
        WebElement next = driver.findElement(By.id("next-page"));
        while (true) {
            n[0] += driver.findElements(By.cssSelector("#grid .card")).size();
            n[1] += driver.findElements(By.cssSelector("#grid .card .box")).size();
            n[2] += driver.findElements(By.cssSelector("#grid .card img")).size();
            if (!next.isEnabled()) {
                return n;
            }
            next.click();
            waitForGrid();
        }
    }

    private void assertNoConsoleErrors() {
        assertEquals(List.of(), Chromium.consoleErrors(driver), "browser console errors");
    }
}
