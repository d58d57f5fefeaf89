package io.pixelscrub.cli.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pixelscrub.cli.ReviewTestSupport;
import io.pixelscrub.cli.induce.DeviceCollection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
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
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The review of proposed templates, in headless Chromium: {@code templates induce --report} over a generated collection
 * of three invented devices, {@code review --templates}, then in the page: every proposal shows its images (as
 * released: no original without --with-originals) with its regions drawn; one template is accepted, one rejected, one
 * left undecided; "Export accepted" gives a templates file that {@code scrub --templates} applies: exactly the accepted
 * template, on exactly its device's files.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TemplateReviewBrowserTest {
    Path tmp;
    Path train;
    JsonNode proposed;
    WebDriver driver;

    @BeforeAll
    void induceAndOpen(@TempDir Path dir) throws Exception {
        tmp = dir;
        driver = Chromium.start(tmp.resolve("profile"), Files.createDirectories(tmp.resolve("downloads")), "1400,900");
        train = Files.createDirectories(tmp.resolve("train"));
        SplittableRandom r = new SplittableRandom(4242);
        long seed = 900;
        for (DeviceCollection.Device device : DeviceCollection.DEVICES.subList(0, 3)) {
            for (int p = 0; p < 3; p++) {
                DeviceCollection.Patient patient = DeviceCollection.patient(r);
                for (int i = 0; i < 2; i++) {
                    DeviceCollection.write(device, patient, i, seed++, train);
                }
            }
        }
        Path report = tmp.resolve("scan/scan.json");
        Path out = tmp.resolve("proposed.json");
        ReviewTestSupport.Result run = ReviewTestSupport.run("templates", "induce", train.toString(), "-o", out.toString(),
                "--report", report.toString(), "--threads", "2");
        assertEquals(0, run.code(), run.err());
        proposed = new ObjectMapper().readTree(out.toFile());
        assertEquals(3, proposed.get("templates").size(), run.out());   // ACME, Globex, Initech
        Path site = tmp.resolve("site");
        ReviewTestSupport.Result built = ReviewTestSupport.run("review", report.toString(), "-o", site.toString(),
                "--templates", out.toString());
        assertEquals(0, built.code(), built.err());
        driver.get(site.resolve("index.html").toUri().toString());
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
    }

    @AfterAll
    void quit() {
        if (driver != null) {
            driver.quit();
        }
    }

    private String id(int i) {
        return proposed.get("templates").get(i).get("id").asText();
    }

    private WebElement card(String id) {
        return driver.findElement(By.cssSelector("#templates-list .template[data-id='" + id + "']"));
    }

    @Test
    void acceptOneRejectOneExportAndScrubAppliesExactlyTheAccepted() throws Exception {
        driver.findElement(By.id("templates-open")).click();
        List<WebElement> cards = driver.findElements(By.cssSelector("#templates-list .template"));
        assertEquals(3, cards.size());
        for (WebElement c : cards) {
            List<WebElement> images = c.findElements(By.cssSelector(".template-images img"));
            assertFalse(images.isEmpty(), "a proposal without images");
            assertTrue(images.size() <= TemplateProposals.SHOWN);
            for (WebElement img : images) {
                assertTrue(img.getAttribute("src").endsWith("-after.png"), "only released thumbnails without --with-originals");
            }
            assertFalse(c.findElements(By.cssSelector(".template-images .box.verdict-template")).isEmpty(), "regions drawn");
        }
        String accepted = id(0);
        String rejected = id(1);
        card(accepted).findElement(By.cssSelector("button.accept")).click();
        card(rejected).findElement(By.cssSelector("button.reject")).click();
        assertEquals("accepted", card(accepted).getAttribute("data-state"));
        assertEquals("rejected", card(rejected).getAttribute("data-state"));
        assertEquals("undecided", card(id(2)).getAttribute("data-state"));
        assertTrue(driver.findElement(By.id("templates-count")).getText().contains("1 accepted · 1 rejected"));
        ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath().toFile()
                .renameTo(Path.of("target", "review-templates-screenshot.png").toFile());
        driver.findElement(By.id("templates-export")).click();
        String json = driver.findElement(By.id("templates-json")).getAttribute("value");
        JsonNode exported = new ObjectMapper().readTree(json);
        assertEquals(1, exported.get("templates").size());
        assertEquals(proposed.get("templates").get(0), exported.get("templates").get(0), "exported verbatim");
        assertTrue(Chromium.consoleErrors(driver).isEmpty(), Chromium.consoleErrors(driver).toString());

        Path file = tmp.resolve("exported.json");
        Files.writeString(file, json);
        Path report = tmp.resolve("scrub.json");
        ReviewTestSupport.Result r = ReviewTestSupport.run("scrub", train.toString(), "-o", tmp.resolve("out").toString(),
                "--templates", file.toString(), "--no-builtin-templates", "--detect", "templates", "--report", report.toString(),
                "--no-thumbnails", "--threads", "2");
        assertEquals(0, r.code(), r.err());
        String device = proposed.get("templates").get(0).get("induced").get("device").asText();
        Map<String, Integer> applied = new TreeMap<>();
        List<String> devicesWithTemplate = new ArrayList<>();
        for (JsonNode f : new ObjectMapper().readTree(report.toFile()).get("files")) {
            for (JsonNode x : f.get("findings")) {
                if (x.get("source").asText().equals("template")) {
                    applied.merge(x.get("rule").asText(), 1, Integer::sum);
                    String d = f.get("manufacturer").asText() + " " + f.get("model").asText();
                    if (!devicesWithTemplate.contains(d)) {
                        devicesWithTemplate.add(d);
                    }
                }
            }
        }
        assertEquals(List.of(accepted), new ArrayList<>(applied.keySet()), "only the accepted template applies");
        assertEquals(1, devicesWithTemplate.size());
        assertTrue(device.contains(devicesWithTemplate.get(0)), device + " vs " + devicesWithTemplate);
        int regions = proposed.get("templates").get(0).get("redact").size();
        assertEquals(6 * regions, applied.get(accepted), "its regions on each of its device's 6 files");
    }
}
