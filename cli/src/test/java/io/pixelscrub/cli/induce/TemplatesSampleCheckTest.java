package io.pixelscrub.cli.induce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pixelscrub.cli.ReportSchemaCheck;
import io.pixelscrub.cli.ReviewTestSupport;
import io.pixelscrub.models.Box;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code scrub --redact templates --templates T}: the templates apply to every file, text detection runs on a
 * deterministic sample (at least one file per device) and checks them. Templates that cover every PHI line: exit 0.
 * A template that misses a PHI line: exit 4, and the report's sampleCheck names the file and the box.
 */
class TemplatesSampleCheckTest {

    @TempDir
    static Path tmp;

    private static final List<DeviceCollection.Image> IMAGES = new ArrayList<>();
    private static Path in;

    @BeforeAll
    static void collection() throws Exception {
        in = Files.createDirectories(tmp.resolve("in"));
        SplittableRandom r = new SplittableRandom(77);
        long seed = 500;
        for (DeviceCollection.Device device : DeviceCollection.DEVICES.subList(0, 2)) {
            for (int p = 0; p < 3; p++) {
                DeviceCollection.Patient patient = DeviceCollection.patient(r);
                for (int i = 0; i < 2; i++) {
                    IMAGES.add(DeviceCollection.write(device, patient, i, seed++, in));
                }
            }
        }
    }

    /** One template per device: each PHI line's box (as drawn on the first image) grown by a margin, except those skipped. */
    private static Path templates(String name, String skipDevice, int skipLine) throws Exception {
        StringBuilder json = new StringBuilder("{\"templates\": [");
        int k = 0;
        for (DeviceCollection.Device device : DeviceCollection.DEVICES.subList(0, 2)) {
            DeviceCollection.Image first = IMAGES.stream().filter(i -> i.device().equals(device.label())).findFirst().orElseThrow();
            List<String> regions = new ArrayList<>();
            for (int l = 0; l < first.lines().size(); l++) {
                DeviceCollection.Line line = first.lines().get(l);
                if (line.kind() != DeviceCollection.Kind.PHI || device.label().equals(skipDevice) && l == skipLine) {
                    continue;
                }
                Box b = line.box();
                int left = device.fields().get(l).rightAligned() ? 160 : 6;
                int right = device.fields().get(l).rightAligned() ? 6 : 160;
                int x = Math.max(0, b.x() - left);
                regions.add("[" + x + ", " + Math.max(0, b.y() - 6) + ", " + Math.min(device.width() - x, b.width() + left + right)
                        + ", " + (b.height() + 12) + "]");
            }
            json.append(k++ == 0 ? "" : ",").append("{\"id\": \"t").append(k).append("\", \"when\": {\"all\": [")
                    .append("{\"attr\": \"Manufacturer\", \"equals\": \"").append(device.manufacturer()).append("\"},")
                    .append("{\"attr\": \"ManufacturerModelName\", \"equals\": \"").append(device.model()).append("\"}]},")
                    .append("\"redact\": [").append(String.join(", ", regions)).append("]}");
        }
        Path file = tmp.resolve(name);
        Files.writeString(file, json.append("]}").toString());
        return file;
    }

    @Test
    void templatesThatCoverThePhiPassTheCheck() throws Exception {
        Path report = tmp.resolve("good.json");
        ReviewTestSupport.Result r = ReviewTestSupport.run("scrub", in.toString(), "-o", tmp.resolve("out-good").toString(),
                "--templates", templates("good-templates.json", null, -1).toString(), "--redact", "templates",
                "--report", report.toString(), "--no-thumbnails", "--threads", "2");
        assertEquals(0, r.code(), r.out() + r.err());
        JsonNode check = new ObjectMapper().readTree(Files.readString(report)).get("sampleCheck");
        assertEquals(2, check.get("devices").asInt());
        assertEquals(2, check.get("sampled").asInt(), "1 % of 12 files: one per device");
        assertEquals(0, check.get("phiOutsideTemplates").size(), check.toString());
        assertTrue(r.out().contains("sample check: text detection on 2 of 12 file(s)"), r.out());
        assertEquals(List.of(), ReportSchemaCheck.errors(Files.readString(report)));
    }

    @Test
    void aTemplateMissingAPhiLineFailsTheCheckAndTheReportNamesTheFileAndBox() throws Exception {
        Path report = tmp.resolve("missing.json");
        // ACME's date line (third field, top right) left out of its template
        ReviewTestSupport.Result r = ReviewTestSupport.run("scrub", in.toString(), "-o", tmp.resolve("out-missing").toString(),
                "--templates", templates("missing-templates.json", "ACME Sono 3", 2).toString(), "--redact", "templates",
                "--report", report.toString(), "--no-thumbnails", "--threads", "2");
        assertEquals(4, r.code(), r.out() + r.err());
        JsonNode misses = new ObjectMapper().readTree(Files.readString(report)).get("sampleCheck").get("phiOutsideTemplates");
        assertEquals(1, misses.size(), misses.toString());
        JsonNode miss = misses.get(0);
        assertTrue(miss.get("device").asText().contains("ACME Sono 3"), miss.toString());
        DeviceCollection.Image image = IMAGES.stream().filter(i -> i.file().toString().equals(miss.get("input").asText()))
                .findFirst().orElseThrow();
        Box date = image.lines().get(2).box();
        assertEquals(1, miss.get("findings").size(), miss.toString());
        JsonNode b = miss.get("findings").get(0).get("box");
        Box found = new Box(b.get("x").asInt(), b.get("y").asInt(), b.get("width").asInt(), b.get("height").asInt());
        assertTrue(found.contains(date), "the reported box " + found + " holds the date line " + date);
        assertTrue(r.err().contains(image.file().toString()) && r.err().contains("sample check: PHI outside the templates"), r.err());
        assertEquals(List.of(), ReportSchemaCheck.errors(Files.readString(report)));
    }
}
