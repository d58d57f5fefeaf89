package io.pixelscrub.cli.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A benchmark, not a test (BENCHMARKS.md): a synthetic 10,000-file scrub report with a released header per file
 * (120 attributes) and a worst-case value tally (40 elements of 1,000 distinct values, each in 10 files), built into a
 * site and opened in headless Chromium: site size, build time, time to a usable page, to a header panel, to the tags
 * view. Run with {@code -Dtest=ReviewSiteScaleBenchmark -Dpixelscrub.bench.review=true} (optionally
 * {@code -Dpixelscrub.bench.files=N}).
 */
@EnabledIfSystemProperty(named = "pixelscrub.bench.review", matches = "true")
class ReviewSiteScaleBenchmark {

    @Test
    void tenThousandFiles(@TempDir Path tmp) throws Exception {
        int n = Integer.getInteger("pixelscrub.bench.files", 10_000);
        Path report = synthetic(tmp.resolve("report"), n);
        long t0 = System.nanoTime();
        Path site = tmp.resolve("site");
        ReviewSite.Result built = new ReviewSite(false, 60).build(report, site);
        long buildMs = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(n, built.files());
        long bytes;
        long shards;
        try (Stream<Path> s = Files.walk(site)) {
            bytes = s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
        try (Stream<Path> s = Files.list(site.resolve("headers"))) {
            shards = s.count();
        }
        WebDriver driver = Chromium.start(tmp.resolve("profile"), tmp.resolve("downloads"), "1600,900");
        try {
            StringBuilder out = new StringBuilder();
            out.append(String.format("files %d; site %.1f MB (%d header shards, data.js %.1f MB, tags.js %.1f MB); review built in %.1f s%n",
                    n, bytes / 1e6, shards, Files.size(site.resolve("data.js")) / 1e6, Files.size(site.resolve("data/tags.js")) / 1e6,
                    buildMs / 1000.0));
            for (int run = 0; run < 3; run++) {
                driver.get("about:blank");
                long a = System.nanoTime();
                driver.get(site.resolve("index.html").toUri().toString());
                new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready"))
                        && "false".equals(d.findElement(By.id("grid")).getAttribute("data-loading")));
                long open = (System.nanoTime() - a) / 1_000_000;
                Object nav = ((JavascriptExecutor) driver).executeScript(
                        "var t = performance.getEntriesByType('navigation')[0]; return Math.round(t.loadEventEnd - t.startTime);");
                long b = System.nanoTime();
                driver.findElement(By.cssSelector("#grid .card")).click();
                new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> !d.findElements(By.cssSelector("#header-panel[data-loading='false']")).isEmpty());
                long panel = (System.nanoTime() - b) / 1_000_000;
                driver.findElement(By.id("detail-back")).click();
                long c = System.nanoTime();
                driver.findElement(By.id("tags")).click();
                new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> "false".equals(d.findElement(By.id("tags-panel")).getAttribute("data-loading")));
                long tagsMs = (System.nanoTime() - c) / 1_000_000;
                out.append(String.format("run %d: page usable in %d ms (navigation load event %s ms); header panel %d ms; tags view %d ms%n",
                        run + 1, open, nav, panel, tagsMs));
            }
            System.out.print(out);
            Files.writeString(Path.of("target", "review-scale-benchmark.txt"), out.toString());
        } finally {
            driver.quit();
        }
    }

    /** A scrub report of n files, each with one thumbnail (hard links to one PNG), a header shard and a tally. */
    static Path synthetic(Path dir, int n) throws Exception {
        ObjectMapper json = new ObjectMapper();
        Random random = new Random(14);
        Path thumbs = Files.createDirectories(dir.resolve("r.thumbnails"));
        Path headers = Files.createDirectories(dir.resolve("r.headers"));
        BufferedImage img = new BufferedImage(256, 192, BufferedImage.TYPE_BYTE_GRAY);
        Path png = dir.resolve("one.png");
        ImageIO.write(img, "png", png.toFile());
        ObjectNode root = json.createObjectNode();
        root.put("containsPhi", false);
        root.put("schema", "pixelscrub-report/1.3");
        root.put("createdAt", "2026-12-04T21:00:00Z");
        root.put("tool", "pixelscrub 0.1.0");
        root.put("mode", "scrub");
        root.putObject("quarantine").putNull("folder").put("files", 0);
        root.putObject("thumbnails").put("folder", "r.thumbnails").put("maxSide", 512).put("after", "output").putNull("originals");
        root.putObject("headers").put("folder", "r.headers").put("tally", "tally.json");
        ArrayNode files = root.putArray("files");
        String[] devices = {"GE|LOGIQ 700", "Philips|iU22", "Siemens|Avanto", "Acme|X1"};
        for (int i = 0; i < n; i++) {
            String id = String.format("%016x", i);
            Files.createLink(thumbs.resolve(id + "-f0-after.png"), png);
            ObjectNode f = files.addObject();
            f.put("input", "/data/in/study" + (i / 100) + "/img" + i + ".dcm");
            f.put("output", "/data/out/study" + (i / 100) + "/img" + i + ".dcm");
            f.put("status", i % 3 == 0 ? "scrubbed" : "clean-untouched");
            f.putObject("sopInstanceUid").putNull("original").put("new", "2.25." + (100000000L + i));
            String[] d = devices[i % devices.length].split("\\|");
            f.put("modality", i % 2 == 0 ? "US" : "CT");
            f.put("manufacturer", d[0]);
            f.put("model", d[1]);
            f.put("columns", 640);
            f.put("rows", 480);
            f.put("frames", 1);
            ArrayNode findings = f.putArray("findings");
            if (i % 3 == 0) {
                ObjectNode x = findings.addObject();
                x.putArray("frames").add(0);
                x.putObject("box").put("x", 10).put("y", 10).put("width", 200).put("height", 30);
                x.put("source", "detector").put("verdict", "phi").put("rule", "text: header:PatientName").put("confidence", 0.9).put("redacted", true);
            }
            f.putArray("thumbnails").addObject().put("frame", 0).put("after", id + "-f0-after.png").putNull("before").put("redacted", i % 3 == 0);
            f.putObject("timingsMs").put("readMs", 5);
            ObjectNode h = f.putObject("header");
            h.put("attributes", 120);
            h.put("shard", id + ".json");
            h.putArray("flagged").addObject().put("tagPath", "(0008,1010)").put("keyword", "StationName").put("vr", "SH")
                    .put("action", "kept").put("option", "rtnDevIdOpt:K").putArray("flags").add("kept-by-option");
            ObjectNode shard = json.createObjectNode();
            shard.put("schema", "pixelscrub-header/1");
            shard.put("id", id);
            ArrayNode attrs = shard.putArray("attributes");
            for (int k = 0; k < 120; k++) {
                ObjectNode a = attrs.addObject();
                a.put("p", String.format("(%04X,%04X)", 8 + 2 * (k / 20), 0x1000 + k));
                a.put("k", "Keyword" + k);
                a.put("vr", k % 3 == 0 ? "LO" : "CS");
                a.put("v", "value " + Long.toString(random.nextLong() & 0xFFFFFFFFL, 36) + " " + k);
                a.put("a", k % 5 == 0 ? "remapped" : "kept");
                a.put("r", k % 7 == 0 ? "rtnDevIdOpt:K" : "unlisted");
                ArrayNode fl = a.putArray("f");
                if (k % 17 == 0) {
                    fl.add("kept-by-option");
                }
            }
            json.writeValue(headers.resolve(id + ".json").toFile(), shard);
        }
        ObjectNode s = root.putObject("summary");
        s.put("files", n);
        s.putObject("byStatus").put("scrubbed", (n + 2) / 3).put("clean-untouched", n - (n + 2) / 3);
        s.putObject("findingsByVerdict").put("phi", (n + 2) / 3);
        s.putObject("findingsBySource").put("detector", (n + 2) / 3);
        s.putObject("redactedBySource").put("detector", (n + 2) / 3);
        s.put("frames", n).put("elapsedMs", 1000).put("framesPerSecond", 10.0);
        s.putObject("timingsMs");
        ObjectNode tally = json.createObjectNode();
        tally.put("containsPhi", false).put("schema", "pixelscrub-tally/1").put("files", n).put("unreadable", 0);
        ArrayNode text = tally.putArray("freeText");
        for (int e = 0; e < 40; e++) {
            ObjectNode el = text.addObject();
            el.put("path", String.format("(0018,%04X)", 0x1000 + e)).put("keyword", "Element" + e).put("vr", "LO")
                    .put("profileAction", e % 4 == 0 ? "rtnDevIdOpt:K" : "unlisted");
            el.put("count", 10_000).put("distinct", 1000).put("flagged", true);
            ArrayNode values = el.putArray("values");
            for (int v = 0; v < 1000; v++) {
                ObjectNode x = values.addObject();
                x.put("value", "text " + e + "-" + v + " " + Long.toString(random.nextLong() & 0xFFFFFFFFL, 36));
                x.put("count", 10);
                ArrayNode fl = x.putArray("flags");
                if (v % 10 == 0) {
                    fl.add("pattern:date");
                }
                ArrayNode ids = x.putArray("files");
                for (int k = 0; k < 10; k++) {
                    ids.add(String.format("%016x", (v * 10 + k) % n));
                }
            }
        }
        tally.putArray("private");
        json.writeValue(headers.resolve("tally.json").toFile(), tally);
        Path r = dir.resolve("r.json");
        json.writeValue(r.toFile(), root);
        return r;
    }
}
