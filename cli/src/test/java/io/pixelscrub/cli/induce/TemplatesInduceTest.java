package io.pixelscrub.cli.induce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pixelscrub.cli.ReviewTestSupport;
import io.pixelscrub.detector.Finding;
import io.pixelscrub.detector.template.TemplateDetector;
import io.pixelscrub.models.Box;
import io.pixelscrub.models.template.JsonTemplateFormat;
import io.pixelscrub.models.template.TemplateLibrary;
import io.pixelscrub.scrubber.dicom.AttributeListHeaderView;
import io.pixelscrub.scrubber.dicom.DicomFileReader;
import io.pixelscrub.scrubber.dicom.DicomInput;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code templates induce} on generated collections of invented devices with fixed layouts: templates learnt from
 * some patients' images must cover every PHI line on images of other patients (held out: never seen by induction),
 * and no device label; a device with too few images gets no template; the proposals carry no patient value.
 */
class TemplatesInduceTest {

    @TempDir
    static Path tmp;

    private static final List<DeviceCollection.Image> HELD_OUT = new ArrayList<>();
    private static final List<DeviceCollection.Patient> PATIENTS = new ArrayList<>();
    private static JsonNode proposed;
    private static TemplateLibrary library;
    private static ReviewTestSupport.Result run;

    @BeforeAll
    static void induce() throws Exception {
        Path train = Files.createDirectories(tmp.resolve("train"));
        Path held = Files.createDirectories(tmp.resolve("held-out"));
        SplittableRandom r = new SplittableRandom(20261204L);
        long seed = 1;
        for (DeviceCollection.Device device : DeviceCollection.DEVICES) {
            boolean tooFew = device.model().equals("Tiny");
            int patients = tooFew ? 1 : 3;
            for (int p = 0; p < patients; p++) {
                DeviceCollection.Patient patient = DeviceCollection.patient(r);
                PATIENTS.add(patient);
                for (int i = 0; i < 2; i++) {
                    DeviceCollection.write(device, patient, i, seed++, train);
                }
            }
            for (int p = 0; p < 2 && !tooFew; p++) {
                DeviceCollection.Patient patient = DeviceCollection.patient(r);
                PATIENTS.add(patient);
                HELD_OUT.add(DeviceCollection.write(device, patient, 0, seed++, held));
            }
        }
        Path out = tmp.resolve("proposed.json");
        run = ReviewTestSupport.run("templates", "induce", train.toString(), "-o", out.toString(), "--threads", "2",
                "--report", tmp.resolve("induce-scan.json").toString(), "--no-thumbnails");
        String json = Files.readString(out);
        proposed = new ObjectMapper().readTree(json);
        library = new TemplateLibrary(JsonTemplateFormat.read(json, "proposed.json"));
    }

    @Test
    void oneTemplatePerDeviceWithEnoughImagesAndNoneForTheOther() {
        assertEquals(0, run.code(), run.err());
        assertEquals(4, library.list().size(), run.out());
        JsonNode skipped = proposed.get("skippedDevices");
        assertEquals(1, skipped.size());
        assertTrue(skipped.get(0).get("device").asText().contains("Umbrella Tiny"));
        for (JsonNode t : proposed.get("templates")) {
            JsonNode induced = t.get("induced");
            assertEquals(6, induced.get("images").asInt());
            assertEquals(3, induced.get("patients").asInt());
            assertTrue(induced.get("confidence").asDouble() > 0.5, t.toString());
        }
    }

    @Test
    void heldOutPatientsHaveEveryPhiLineCoveredAndNoDeviceLabel() throws Exception {
        TemplateDetector detector = new TemplateDetector(library);
        for (DeviceCollection.Image image : HELD_OUT) {
            List<Box> regions;
            try (DicomInput in = DicomFileReader.open(image.file())) {
                AttributeListHeaderView header = new AttributeListHeaderView(in.header());
                regions = detector.detect(header, in.module().orElseThrow().rows(), in.module().orElseThrow().columns()).stream().map(Finding::box).toList();
            }
            assertFalse(regions.isEmpty(), image.device() + ": no template applies to a new patient's image");
            for (DeviceCollection.Line line : image.lines()) {
                long covered = coveredPixels(line.box(), regions);
                if (line.kind() == DeviceCollection.Kind.PHI) {
                    assertEquals(line.box().area(), covered, image.device() + ": PHI line at " + line.box() + " not covered by " + regions);
                } else {
                    assertTrue(covered <= 0.1 * line.box().area(), image.device() + ": device label at " + line.box()
                            + " covered " + covered + " px by " + regions);
                }
            }
        }
    }

    /**
     * ACME and Hooli make pictures of the same size and kind with different layouts: each gets its own template, and
     * neither applies to the other's images. Hooli's frame counter (a different number on every image) is kept as a
     * clock or counter, not taken for PHI; its weight line (the same for a patient's images, different between
     * patients, judged a setting by the classifier) is a redact region, not a device label.
     */
    @Test
    void sameSizeDevicesGetSeparateTemplatesCountersAreKeptAndPatientLinesRedacted() throws Exception {
        JsonNode acme = null;
        JsonNode hooli = null;
        for (JsonNode t : proposed.get("templates")) {
            String device = t.get("induced").get("device").asText();
            if (device.contains("ACME Sono 3")) {
                acme = t;
            } else if (device.contains("Hooli Sono 9")) {
                hooli = t;
            }
        }
        assertTrue(acme != null && hooli != null, proposed.toString());
        assertFalse(acme.get("redact").equals(hooli.get("redact")));
        DeviceCollection.Device device = DeviceCollection.DEVICES.stream().filter(d -> d.model().equals("Sono 9")).findFirst().orElseThrow();
        DeviceCollection.Image image = HELD_OUT.stream().filter(i -> i.device().equals(device.label())).findFirst().orElseThrow();
        Box counter = image.lines().get(2).box();
        Box weight = image.lines().get(1).box();
        // "Frame 12" and "Frame 37" share half their character pairs: kept as device text ("same text") or as a counter
        boolean counterKept = false;
        for (JsonNode k : hooli.get("induced").get("keepEvidence")) {
            Box b = new Box(k.get("box").get(0).asInt(), k.get("box").get(1).asInt(), k.get("box").get(2).asInt(), k.get("box").get(3).asInt());
            counterKept |= b.intersects(counter);
        }
        assertTrue(counterKept, "the frame counter is kept: " + hooli.get("induced"));
        for (JsonNode r : hooli.get("induced").get("regions")) {
            Box b = new Box(r.get("box").get(0).asInt(), r.get("box").get(1).asInt(), r.get("box").get(2).asInt(), r.get("box").get(3).asInt());
            assertFalse(b.intersects(counter), "the frame counter is not a redact region: " + hooli.get("induced"));
        }
        boolean weightRedacted = false;
        for (JsonNode r : hooli.get("induced").get("regions")) {
            Box b = new Box(r.get("box").get(0).asInt(), r.get("box").get(1).asInt(), r.get("box").get(2).asInt(), r.get("box").get(3).asInt());
            weightRedacted |= b.contains(weight);
        }
        assertTrue(weightRedacted, "the weight line is a redact region: " + hooli.get("induced"));
        for (DeviceCollection.Image other : HELD_OUT) {
            List<String> applied;
            try (DicomInput in = DicomFileReader.open(other.file())) {
                applied = new TemplateDetector(library).detect(new AttributeListHeaderView(in.header()), in.module().orElseThrow().rows(),
                        in.module().orElseThrow().columns()).stream().map(Finding::reason).distinct().toList();
            }
            assertEquals(1, applied.size(), other.device() + ": " + applied);
            assertTrue(applied.get(0).contains(other.device().toLowerCase().replace(' ', '-')), other.device() + ": " + applied);
        }
    }

    /** --from-report reads the scan's report (1.4: device, patient tokens, text sketches) and proposes the same. */
    @Test
    void inducingFromTheReportOfAScanGivesTheSameTemplates() throws Exception {
        Path fromReport = tmp.resolve("from-report.json");
        ReviewTestSupport.Result again = ReviewTestSupport.run("templates", "induce", "--from-report",
                tmp.resolve("induce-scan.json").toString(), "-o", fromReport.toString(), "--min-instances", "5");
        assertEquals(0, again.code(), again.err());
        JsonNode second = new ObjectMapper().readTree(Files.readString(fromReport));
        assertEquals(proposed.get("templates"), second.get("templates"));
        assertEquals(proposed.get("skippedDevices"), second.get("skippedDevices"));
        String report = Files.readString(tmp.resolve("induce-scan.json"));
        assertTrue(report.contains("\"patientToken\"") && report.contains("\"textSketch\""), "report 1.4 fields");
        for (DeviceCollection.Patient p : PATIENTS) {
            assertFalse(report.contains(p.id()) || report.contains(p.name().split("\\^")[0]), "the report names a patient value");
        }
        ReviewTestSupport.Result old = ReviewTestSupport.run("templates", "induce", "IN", "--from-report",
                tmp.resolve("induce-scan.json").toString(), "-o", tmp.resolve("x.json").toString());
        assertEquals(2, old.code());
    }

    @Test
    void theProposalsHoldNoPatientValue() throws Exception {
        String json = Files.readString(tmp.resolve("proposed.json"));
        for (DeviceCollection.Patient p : PATIENTS) {
            for (String value : List.of(p.name(), p.name().split("\\^")[0], p.id(), p.date())) {
                assertFalse(json.contains(value), "the proposals name a patient value");
            }
        }
        assertFalse(run.out().contains(PATIENTS.get(0).id()) || run.err().contains(PATIENTS.get(0).id()));
    }

    /** Pixels of {@code box} inside any of {@code regions}. */
    static long coveredPixels(Box box, List<Box> regions) {
        long n = 0;
        for (int y = box.y(); y < box.bottom(); y++) {
            for (int x = box.x(); x < box.right(); x++) {
                final int px = x;
                final int py = y;
                if (regions.stream().anyMatch(b -> b.contains(px, py))) {
                    n++;
                }
            }
        }
        return n;
    }
}
