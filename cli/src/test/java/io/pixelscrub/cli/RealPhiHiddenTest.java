package io.pixelscrub.cli;

import io.pixelscrub.testdata.env.RequiredTools;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pixelscrub.testdata.reference.ReferenceDecoder;
import io.pixelscrub.testdata.reference.ReferenceImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every burned-in PHI line of the real text-bearing files (hand-annotated in testdata/real/PHI_REGIONS.tsv, independently
 * of the detector) is hidden after {@code scrub} with the default detectors and policy. A PHI pixel is one far from its
 * box's background (at least half the box's strongest contrast); hidden means changed in the output, on every frame.
 * The output is decoded with dcmtk/GDCM, not with pixelscrub.
 */
class RealPhiHiddenTest {
    private static final double REQUIRED_HIDDEN = 0.98;
    private static final String XA_OVERLAY_BITS = "dicompixelanon/XA_GE_JPEG_02_with_Overlays.dcm";

    @TempDir
    static Path tmp;

    record Region(String file, int x, int y, int width, int height, String category) { }

    @BeforeAll
    static void tools() {
        RequiredTools.referenceDecoders();
    }

    static Map<String, List<Region>> regions() throws IOException {
        Map<String, List<Region>> byFile = new LinkedHashMap<>();
        for (String line : Files.readAllLines(ScrubCommandTest.root().resolve("testdata/real/PHI_REGIONS.tsv"))) {
            if (line.startsWith("#") || line.startsWith("file\t") || line.isBlank()) {
                continue;
            }
            String[] c = line.split("\t");
            Region r = new Region(c[0], Integer.parseInt(c[1]), Integer.parseInt(c[2]), Integer.parseInt(c[3]),
                    Integer.parseInt(c[4]), c[5]);
            byFile.computeIfAbsent(r.file(), k -> new ArrayList<>()).add(r);
        }
        return byFile;
    }

    @Test
    void everyAnnotatedPhiLineIsHidden() throws Exception {
        Map<String, List<Region>> regions = regions();
        Path real = ScrubCommandTest.root().resolve("testdata/real");
        Path in = tmp.resolve("in");
        Path out = tmp.resolve("out");
        List<String> files = new ArrayList<>(regions.keySet());
        files.add(XA_OVERLAY_BITS);
        for (String f : files) {
            Files.createDirectories(in.resolve(f).getParent());
            Files.copy(real.resolve(f), in.resolve(f));
        }
        int code = Main.commandLine().execute("scrub", in.toString(), "-o", out.toString());
        assertEquals(0, code, "every text-bearing real file is scrubbed, none quarantined");

        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<String, List<Region>> e : regions.entrySet()) {
            ReferenceImage before = ReferenceDecoder.decode(in.resolve(e.getKey()));
            ReferenceImage after = ReferenceDecoder.decode(out.resolve(e.getKey()));
            for (Region r : e.getValue()) {
                for (int frame = 0; frame < before.frames(); frame++) {
                    double hidden = hiddenShare(before, after, frame, r);
                    checked++;
                    if (hidden < REQUIRED_HIDDEN) {
                        failures.add(String.format("%s frame %d %s (%d,%d %dx%d): %.0f%% hidden", e.getKey(), frame,
                                r.category(), r.x(), r.y(), r.width(), r.height(), hidden * 100));
                    }
                }
            }
        }
        assertTrue(checked > 100, "regions checked: " + checked);
        // The XA file's PHI (name, ID, institution, physician) lives in overlay planes in pixel bits 8-15.
        ReferenceImage xa = ReferenceDecoder.decode(out.resolve(XA_OVERLAY_BITS));
        for (int r = 0; r < xa.rows(); r++) {
            for (int c = 0; c < xa.columns(); c++) {
                if (xa.sample(0, r, c, 0) >> xa.bitsStored() != 0) {
                    failures.add(XA_OVERLAY_BITS + ": overlay bits left above BitsStored at " + c + "," + r);
                    r = xa.rows();
                    break;
                }
            }
        }
        String dump = new String(new ProcessBuilder("dcmdump", out.resolve(XA_OVERLAY_BITS).toString()).start()
                .getInputStream().readAllBytes());
        if (dump.lines().anyMatch(l -> l.startsWith("(60"))) {
            failures.add(XA_OVERLAY_BITS + ": overlay group left in the header");
        }
        assertTrue(failures.isEmpty(), failures.size() + " PHI region(s) still legible:\n" + String.join("\n", failures));
    }

    /** Share of the box's text pixels that the output changed. */
    static double hiddenShare(ReferenceImage before, ReferenceImage after, int frame, Region r) {
        int x1 = Math.min(before.columns(), r.x() + r.width());
        int y1 = Math.min(before.rows(), r.y() + r.height());
        int spp = before.samplesPerPixel();
        Map<Long, Integer> histogram = new java.util.HashMap<>();
        for (int y = r.y(); y < y1; y++) {
            for (int x = r.x(); x < x1; x++) {
                histogram.merge(pixel(before, frame, y, x, spp), 1, Integer::sum);
            }
        }
        long background = histogram.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        int strongest = 0;
        for (int y = r.y(); y < y1; y++) {
            for (int x = r.x(); x < x1; x++) {
                strongest = Math.max(strongest, distance(pixel(before, frame, y, x, spp), background, spp));
            }
        }
        int text = 0;
        int changed = 0;
        for (int y = r.y(); y < y1; y++) {
            for (int x = r.x(); x < x1; x++) {
                long v = pixel(before, frame, y, x, spp);
                if (strongest > 0 && distance(v, background, spp) * 2 >= strongest) {
                    text++;
                    if (pixel(after, frame, y, x, spp) != v) {
                        changed++;
                    }
                }
            }
        }
        return text == 0 ? 1.0 : changed / (double) text;
    }

    private static long pixel(ReferenceImage image, int frame, int y, int x, int spp) {
        long v = 0;
        for (int c = 0; c < spp; c++) {
            v = v << 16 | (image.storedValue(frame, y, x, c) & 0xFFFF);
        }
        return v;
    }

    private static int distance(long a, long b, int spp) {
        int d = 0;
        for (int c = 0; c < spp; c++) {
            d = Math.max(d, Math.abs((int) (a >> (16 * c) & 0xFFFF) - (int) (b >> (16 * c) & 0xFFFF)));
        }
        return d;
    }
}
