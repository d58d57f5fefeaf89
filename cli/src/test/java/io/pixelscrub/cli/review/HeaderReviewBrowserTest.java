package io.pixelscrub.cli.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.TagFromName;
import io.pixelscrub.cli.ReviewTestSupport;
import io.pixelscrub.testdata.RepositoryRoot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The review site's header panel and tags view in a real browser (issue #14), on a real scrub of bundled files with
 * Retain Device Identity (so kept device text is flagged): the panel lists exactly the attributes and flags the report
 * says, the tags view counts equal {@code sniff} on the same outputs, and a marked attribute exported from the page is
 * removed by the next {@code scrub --overrides}, with the reason in the audit trail.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HeaderReviewBrowserTest {
    static final String KEY = "header-review-test-key-0123";
    static final String MARKED_FILE = "US1_RLE.dcm";
    static final String STATION_NAME = "(0008,1010)";

    Path tmp;
    Path in;
    Path out;
    Path store;
    Path report;
    JsonNode json;
    Path site;
    Path downloads;
    WebDriver driver;

    @BeforeAll
    void scrubAndOpen(@TempDir Path dir) throws Exception {
        tmp = dir;
        downloads = Files.createDirectories(tmp.resolve("downloads"));
        driver = Chromium.start(tmp.resolve("profile"), downloads, "1600,900");
        Path real = RepositoryRoot.find().resolve("testdata/real");
        in = tmp.resolve("in");
        for (String f : ReviewTestSupport.FILES) {
            Path target = in.resolve(f);
            Files.createDirectories(target.getParent());
            Files.copy(real.resolve(f), target);
        }
        out = tmp.resolve("out");
        store = tmp.resolve("store.sqlite");
        report = tmp.resolve("report/r.json");
        var r = ReviewTestSupport.run("scrub", in.toString(), "-o", out.toString(), "--report", report.toString(),
                "--audit", store.toString(), "--key", KEY, "--option", "retain-device-identity", "--threads", "2");
        assertEquals(0, r.code(), r.err());
        json = new ObjectMapper().readTree(report.toFile());
        site = tmp.resolve("site");
        assertEquals(0, ReviewTestSupport.run("review", report.toString(), "-o", site.toString()).code());
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
    void headerPanelListsExactlyTheReportsAttributesAndFlags() throws Exception {
        JsonNode files = json.path("files");
        int flaggedSeen = 0;
        for (int i = 0; i < files.size(); i++) {
            JsonNode f = files.get(i);
            openDetail(i);
            List<WebElement> rows = driver.findElements(By.cssSelector("#header-table tr.attr"));
            assertEquals(f.path("header").path("attributes").asInt(), rows.size(), name(f) + ": one row per released attribute");
            Map<String, String> shown = new TreeMap<>();
            for (WebElement row : rows) {
                String flags = row.getAttribute("data-flags");
                if (!flags.isEmpty()) {
                    shown.put(row.getAttribute("data-path"), flags);
                }
            }
            Map<String, String> expected = new TreeMap<>();
            for (JsonNode a : f.path("header").path("flagged")) {
                List<String> fl = new ArrayList<>();
                a.path("flags").forEach(x -> fl.add(x.asText()));
                expected.put(a.path("tagPath").asText(), String.join(" ", fl));
                assertFalse(a.has("value"), "no value in the report without --report-text");
            }
            assertEquals(expected, shown, name(f) + ": the flagged rows are the report's, with its flags");
            flaggedSeen += expected.size();
            if (name(f).equals(MARKED_FILE)) {
                WebElement station = row(STATION_NAME);
                assertTrue(station.getAttribute("data-flags").contains("kept-by-option"), "device text kept by the option is flagged");
                assertEquals("kept", station.findElement(By.cssSelector("td.action")).getText());
                assertEquals("rtnDevIdOpt:K", station.findElement(By.cssSelector("td.rule")).getText());
                ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                        "document.getElementById('header-panel').scrollTop = arguments[0].offsetTop - 200", station);
                screenshot("review-header-panel.png", null);
            }
            driver.findElement(By.id("detail-back")).click();
        }
        assertTrue(flaggedSeen > 0, "the fixture has flagged attributes");
        assertTrue(Chromium.consoleErrors(driver).isEmpty(), Chromium.consoleErrors(driver).toString());
    }

    @Test
    void tagsViewCountsEqualSniffOfTheOutputs() throws Exception {
        Path sniff = tmp.resolve("sniff.json");
        var r = ReviewTestSupport.run("sniff", out.toString(), "--report", sniff.toString(), "--option", "retain-device-identity");
        assertEquals(0, r.code(), r.err());
        JsonNode s = new ObjectMapper().readTree(sniff.toFile());
        Map<String, Long> expected = new TreeMap<>();
        for (JsonNode e : s.path("freeText")) {
            e.path("values").forEach(v -> expected.merge("text|" + e.path("path").asText() + "|" + v.path("value").asText(), v.path("count").asLong(), Long::sum));
        }
        for (JsonNode e : s.path("private")) {
            e.path("values").forEach(v -> expected.merge("private|" + e.path("tag").asText() + "|" + v.path("value").asText(), v.path("count").asLong(), Long::sum));
        }
        assertTrue(expected.size() > 20, "sniff found values: " + expected.size());

        driver.findElement(By.id("tags")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> "false".equals(d.findElement(By.id("tags-panel")).getAttribute("data-loading")));
        assertEquals(expected, shownTags(), "tags view = sniff OUT, value by value");

        new Select(driver.findElement(By.id("tags-flag"))).selectByValue("kept-by-option");
        Map<String, Long> kept = shownTags();
        assertFalse(kept.isEmpty(), "device text kept by the option is in the tags view");
        assertTrue(driver.findElements(By.cssSelector("#tags-table tr.tag-row")).stream()
                .allMatch(x -> x.findElement(By.cssSelector("td.flags")).getText().contains("kept-by-option")), "the flag filter");
        new Select(driver.findElement(By.id("tags-flag"))).selectByValue("");
        driver.findElement(By.id("tags-attr")).sendKeys("StationName");
        Map<String, Long> station = shownTags();
        assertEquals(expected.entrySet().stream().filter(e -> e.getKey().startsWith("text|" + STATION_NAME + "|")).count(), station.size(),
                "the attribute filter");
        driver.findElement(By.id("tags-attr")).clear();
        new Select(driver.findElement(By.id("tags-flag"))).selectByValue("*");
        screenshot("review-tags-view.png", null);
        driver.findElement(By.id("tags-attr")).sendKeys("StationName");
        WebElement link = driver.findElement(By.cssSelector("#tags-table a.file-link"));
        String file = link.getText();
        link.click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> "false".equals(d.findElement(By.id("detail")).getAttribute("data-loading"))
                && file.equals(d.findElement(By.id("detail-name")).getText()));
        driver.findElement(By.id("detail-back")).click();
        driver.findElement(By.id("tags")).click();
        driver.findElement(By.id("tags-attr")).clear();
        driver.findElement(By.id("tags-close")).click();
        assertTrue(Chromium.consoleErrors(driver).isEmpty(), Chromium.consoleErrors(driver).toString());
    }

    @Test
    void aMarkedAttributeIsRemovedByTheNextScrubAndTheAuditSaysWhy() throws Exception {
        JsonNode files = json.path("files");
        int index = -1;
        for (int i = 0; i < files.size(); i++) {
            index = name(files.get(i)).equals(MARKED_FILE) ? i : index;
        }
        JsonNode marked = files.get(index);
        openDetail(index);
        row(STATION_NAME).findElement(By.cssSelector("button.mark-attr")).click();
        assertEquals("1 attribute marked", driver.findElement(By.id("attr-mark-count")).getText());
        driver.findElement(By.id("detail-back")).click();
        driver.findElement(By.id("export")).click();
        Path download = downloads.resolve("needs-attention.json");
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> Files.isRegularFile(download));
        JsonNode list = new ObjectMapper().readTree(download.toFile());
        assertEquals("pixelscrub-marks/2", list.path("schema").asText());
        assertEquals(1, list.path("attributes").size());
        JsonNode a = list.path("attributes").get(0);
        assertEquals(STATION_NAME, a.path("path").asText());
        assertEquals(marked.path("manufacturer").asText(""), a.path("manufacturer").asText());
        driver.findElement(By.id("export-close")).click();

        Path out2 = tmp.resolve("out2");
        Path store2 = tmp.resolve("store2.sqlite");
        var r = ReviewTestSupport.run("scrub", in.toString(), "-o", out2.toString(), "--audit", store2.toString(), "--key", KEY,
                "--option", "retain-device-identity", "--detect", "templates,overlays", "--threads", "2",
                "--overrides", download.toString());
        assertEquals(0, r.code(), r.err());
        Path before = out.resolve(in.relativize(Path.of(marked.path("input").asText())));
        Path after = out2.resolve(in.relativize(Path.of(marked.path("input").asText())));
        assertNotNull(read(before).get(TagFromName.StationName), "the first run kept StationName (Retain Device Identity)");
        AttributeList now = read(after);
        assertNull(now.get(TagFromName.StationName), "the marked attribute is gone from the new output");
        for (JsonNode f : files) {   // other devices keep theirs
            if (!name(f).equals(MARKED_FILE) && f.path("output").isTextual()
                    && !f.path("manufacturer").asText("").equals(marked.path("manufacturer").asText(""))) {
                Path o1 = Path.of(f.path("output").asText());
                Path o2 = out2.resolve(out.relativize(o1));
                assertEquals(read(o1).get(TagFromName.StationName) != null, read(o2).get(TagFromName.StationName) != null, name(f));
            }
        }
        String uid = com.pixelmed.dicom.Attribute.getSingleStringValueOrEmptyString(now, TagFromName.SOPInstanceUID);
        var audit = ReviewTestSupport.run("audit", uid, "--audit", store2.toString());
        assertEquals(0, audit.code(), audit.err());
        JsonNode records = new ObjectMapper().readTree(audit.out());
        boolean said = false;
        for (JsonNode action : records.get(records.size() - 1).path("actions")) {
            if (action.path("tagPath").asText().equals(STATION_NAME)) {
                assertEquals("X", action.path("action").asText());
                assertEquals("override", action.path("step").asText());
                assertTrue(action.path("rule").asText().startsWith("override:marked (device "), action.path("rule").asText());
                said = true;
            }
        }
        assertTrue(said, "the audit trail says the override removed it: " + audit.out());
    }

    @Test
    void originalValuesShowOnlyInASiteBuiltWithOriginalsAndThePageSaysSo() throws Exception {
        Path report2 = tmp.resolve("report-originals/r.json");
        var r = ReviewTestSupport.run("scrub", in.toString(), "-o", tmp.resolve("out-originals").toString(), "--report", report2.toString(),
                "--key", KEY, "--detect", "templates,overlays", "--threads", "2", "--thumbnails-of-originals");
        assertEquals(0, r.code(), r.err());
        Path site2 = tmp.resolve("site-originals");
        assertEquals(0, ReviewTestSupport.run("review", report2.toString(), "-o", site2.toString(), "--with-originals").code());
        String back = driver.getCurrentUrl();
        try {
            driver.get(site2.resolve("index.html").toUri().toString());
            new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
            assertTrue(driver.findElement(By.id("warning")).getText().contains("ORIGINAL header values (PHI)"));
            openDetail(0);
            assertTrue(driver.findElements(By.cssSelector("#header-table th")).stream().anyMatch(h -> h.getText().equals("original (PHI)")));
            WebElement name = row("(0010,0010)");
            assertEquals("pseudonym", name.findElement(By.cssSelector("td.action")).getText());
            assertFalse(name.findElement(By.cssSelector("td.original")).getText().isBlank(), "the original name is shown beside the pseudonym");
            assertFalse(driver.findElements(By.cssSelector("#header-removed tr.removed")).isEmpty(), "removed attributes with their originals");
            driver.findElement(By.id("detail-back")).click();
            assertTrue(Chromium.consoleErrors(driver).isEmpty(), Chromium.consoleErrors(driver).toString());
        } finally {
            driver.get(back);
            new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
        }
        openDetail(0);
        assertTrue(driver.findElements(By.cssSelector("#header-table td.original")).isEmpty(), "the first site has no originals");
        driver.findElement(By.id("detail-back")).click();
    }

    private static AttributeList read(Path file) throws Exception {
        AttributeList l = new AttributeList();
        l.read(file.toString());
        return l;
    }

    private Map<String, Long> shownTags() {
        Map<String, Long> m = new TreeMap<>();
        for (WebElement row : driver.findElements(By.cssSelector("#tags-table tr.tag-row"))) {
            List<WebElement> cells = row.findElements(By.tagName("td"));
            m.merge(row.getAttribute("data-kind") + "|" + row.getAttribute("data-path") + "|" + cells.get(4).getText(),
                    Long.parseLong(row.getAttribute("data-count")), Long::sum);
        }
        return m;
    }

    private void openDetail(int index) {
        WebElement card = driver.findElement(By.cssSelector("#grid .card[data-index='" + index + "']"));
        card.click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> "false".equals(d.findElement(By.id("detail")).getAttribute("data-loading"))
                && !d.findElements(By.cssSelector("#header-panel[data-loading='false']")).isEmpty());
    }

    private WebElement row(String path) {
        return driver.findElement(By.cssSelector("#header-table tr.attr[data-path='" + path + "']"));
    }

    private void screenshot(String name, WebElement element) throws Exception {
        Path shot = (element == null ? ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE)
                : element.getScreenshotAs(OutputType.FILE)).toPath();
        Files.copy(shot, Path.of("target", name), StandardCopyOption.REPLACE_EXISTING);
    }

    private static String name(JsonNode file) {
        return Path.of(file.path("input").asText()).getFileName().toString();
    }
}
