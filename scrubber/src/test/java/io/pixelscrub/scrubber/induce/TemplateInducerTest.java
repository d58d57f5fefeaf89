package io.pixelscrub.scrubber.induce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pixelscrub.models.Box;
import io.pixelscrub.scrubber.report.ReportKeys;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The inducer's decisions on observations as a report gives them (sketches, not text): a clock that changes on every
 * image is kept as a clock, not taken for PHI; a line that is the same on one patient's images and differs between
 * patients is redacted though the classifier called it a setting; a label read with an OCR slip is still one label.
 */
class TemplateInducerTest {
    private static final DeviceKey DEVICE = new DeviceKey("US", "ACME", "X", "", 480, 640, "MONOCHROME2");
    private static final Box CLOCK = new Box(500, 10, 100, 20);
    private static final Box WEIGHT = new Box(10, 40, 80, 20);
    private static final Box LABEL = new Box(10, 450, 120, 20);

    @Test
    void clocksAreKeptPatientLinesRedactedLabelsKept() {
        // A fixed key: the sketches estimate similarity, and a test must decide the same on every run.
        ReportKeys keys = ReportKeys.of("TemplateInducerTest fixed key 32".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String[] clocks = {"10:21:07", "14:55:32", "08:03:49", "22:17:15", "16:40:28", "11:09:56"};
        String[] weights = {"72 kg", "58 kg", "91 kg"};
        String[] labels = {"C5-2 ABD GEN", "C5-2 ABD GEN", "C5-2 A8D GEN", "C5-2 ABD GEN", "C5-2 ABD GFN", "C5-2 ABD GEN"};
        TemplateInducer inducer = new TemplateInducer();
        for (int i = 0; i < 6; i++) {
            int patient = i / 2;
            inducer.add(new Observation(DEVICE, "p" + patient, List.of(
                    new Observation.Line(CLOCK, false, keys.textSketch(clocks[i])),
                    new Observation.Line(WEIGHT, false, keys.textSketch(weights[patient])),
                    new Observation.Line(LABEL, false, keys.textSketch(labels[i])))));
        }
        TemplateInducer.Induction induction = inducer.induce(TemplateInducer.Settings.defaults());
        assertEquals(1, induction.templates().size(), induction.skipped().toString());
        InducedTemplate t = induction.templates().get(0);
        assertEquals(1, t.redact().size(), t.toString());
        assertTrue(t.redact().get(0).box().contains(WEIGHT));
        assertEquals("text differs between patients", t.redact().get(0).why());
        assertEquals(2, t.keepEvidence().size());
        for (InducedRegion k : t.keepEvidence()) {
            assertEquals(k.box().equals(CLOCK) ? "changes from image to image (clock or counter)" : "same text for every patient", k.why());
        }
    }
}
