package io.pixelscrub.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pixelscrub.cli.RealTruth.Kind;
import io.pixelscrub.cli.RealTruth.Region;
import io.pixelscrub.cli.RealTruth.Scrubbed;
import io.pixelscrub.testdata.env.RequiredTools;
import io.pixelscrub.testdata.reference.ReferenceImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every burned-in PHI line of the real text-bearing files (the {@code phi} rows of testdata/real/PHI_REGIONS.tsv,
 * hand-annotated independently of the detector) is hidden after {@code scrub} with the default detectors and policy.
 * A PHI pixel is one far from its box's background (at least half the box's strongest contrast); hidden means changed
 * in the output, on every frame. The output is decoded with dcmtk/GDCM, not with pixelscrub. The scrub is shared with
 * {@link RealTruthReportTest} ({@link RealTruth#scrubbed()}).
 */
class RealPhiHiddenTest {
    private static final double REQUIRED_HIDDEN = 0.98;

    @BeforeAll
    static void tools() {
        RequiredTools.referenceDecoders();
    }

    @Test
    void everyAnnotatedPhiLineIsHidden() throws Exception {
        Map<String, List<Region>> regions = RealTruth.regions();
        Scrubbed s = RealTruth.scrubbed();
        assertEquals(0, s.exitCode(), "every real file of the truth table is scrubbed, none quarantined");

        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<String, List<Region>> e : regions.entrySet()) {
            List<Region> phi = e.getValue().stream().filter(r -> r.kind() == Kind.PHI).toList();
            if (phi.isEmpty()) {
                continue;
            }
            ReferenceImage before = RealTruth.decode(s.input(e.getKey()));
            ReferenceImage after = RealTruth.decode(s.output(e.getKey()));
            for (Region r : phi) {
                for (int frame = 0; frame < before.frames(); frame++) {
                    double hidden = RealTruth.hiddenShare(before, after, frame, r);
                    checked++;
                    if (hidden < REQUIRED_HIDDEN) {
                        failures.add(String.format("%s frame %d %s (%d,%d %dx%d): %.0f%% hidden", e.getKey(), frame,
                                r.category(), r.x(), r.y(), r.width(), r.height(), hidden * 100));
                    }
                }
            }
        }
        assertTrue(checked > 300, "regions checked: " + checked);
        // The XA file's PHI (name, ID, institution, physician) lives in overlay planes in pixel bits 8-15.
        String xaFile = RealTruth.XA_OVERLAY_BITS;
        ReferenceImage xa = RealTruth.decode(s.output(xaFile));
        for (int r = 0; r < xa.rows(); r++) {
            for (int c = 0; c < xa.columns(); c++) {
                if (xa.sample(0, r, c, 0) >> xa.bitsStored() != 0) {
                    failures.add(xaFile + ": overlay bits left above BitsStored at " + c + "," + r);
                    r = xa.rows();
                    break;
                }
            }
        }
        String dump = new String(new ProcessBuilder("dcmdump", s.output(xaFile).toString()).start()
                .getInputStream().readAllBytes());
        if (dump.lines().anyMatch(l -> l.startsWith("(60"))) {
            failures.add(xaFile + ": overlay group left in the header");
        }
        assertTrue(failures.isEmpty(), failures.size() + " PHI region(s) still legible:\n" + String.join("\n", failures));
    }
}
