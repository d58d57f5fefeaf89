package io.pixelscrub.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pixelscrub.cli.RealTruth.Kind;
import io.pixelscrub.cli.RealTruth.Region;
import io.pixelscrub.cli.RealTruth.Scrubbed;
import io.pixelscrub.testdata.env.RequiredTools;
import io.pixelscrub.testdata.reference.ReferenceImage;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Measures {@code scrub} on the real files against the hand-annotated text truth (testdata/real/PHI_REGIONS.tsv) and
 * prints a per-file table: PHI lines hidden (at least 98 % of a line's text pixels changed on every frame, as in
 * {@link RealPhiHiddenTest}), device lines kept (at most 10 % of a line's text pixels changed on every frame), files
 * without text left with identical decoded Pixel Data, and over-redaction (pixels changed outside every PHI box, of
 * all pixels of all frames of the table's files). Decoding is dcmtk/GDCM's. Shares one scrub with RealPhiHiddenTest.
 *
 * <p>The PHI assertion is RealPhiHiddenTest's. This test only holds floors at the best measured values so far; the
 * targets of issue #11 are device kept at least 0.85, images without text byte-identical at least 0.98 and
 * over-redaction at most 1 %.
 */
class RealTruthReportTest {
    private static final double HIDDEN = 0.98;
    private static final double KEPT = 0.10;

    /**
     * Best so far, not the target (0.85): 317/770 = 0.4117 measured on 2026-12-04 (session 4, truth completed),
     * 534/770 = 0.6935 once device readings stay out of PHI blocks, margins stop short of kept neighbours and
     * measurement readouts explain unlisted words (2026-12-05), 562/770 = 0.7299 once undecided lines are read a
     * second time and misreads of device words count as those words (session 6; a branch reached 0.7442 by keeping
     * findings of one frame apart, which lost 21 PHI items of the legacy synthetic corpus and was not merged),
     * 571/770 = 0.7416 once findings are one place by their line boxes, not by their margins, 575/770 = 0.7468 once
     * boxes without writing stay apart from lines (branch overred), 576/770 = 0.7481 with stacked small lines cut and
     * read line by line (session 9, branch stacked), 586/770 = 0.7610 once crops with 4-7 grey levels of contrast are
     * read (session 10: the dim second frame of the Philips CX50 cine), 593/770 = 0.7701 with branch lines alone (a
     * redaction facing a kept stacked line stops halfway between the two lines' writing), 602/770 = 0.7818 with branch
     * cover merged too (session 10), 630/770 = 0.8182 once upright lines Tesseract left open are read by the PP-OCR
     * engine and kept where the two engines agree ({@code EngineReading}, session 12), 637/770 = 0.8273 once a bare
     * label that ends its line is no label (session 15: a film's "GE ADVANTAGE" read "GE ADVANT. AGE"), floored to 2
     * decimals. Raise it when the detector keeps more.
     */
    private static final double DEVICE_KEPT_FLOOR = 0.82;
    /**
     * Best so far, not the target (1 %): 6.7302 % measured on 2026-12-04 (session 4), 5.9851 % once large unreadable
     * boxes need evidence of writing ({@code GlyphEvidence}), 4.5601 % with the device-text rules above (2026-12-05),
     * 4.4813 % with the flat-value view and the short-blob height limit, 4.2039 % with the second reading of undecided
     * lines and the device-misread rule too (session 6), 4.0507 % once findings are one place by their line boxes, not
     * by their margins, 4.0105 % once boxes without writing stay apart from lines (branch overred); 4.0791 % with the
     * PHI-recall branch merged beside it (session 7), whose check for writing along a vertical edge finds the SonoSite
     * colour cine's stacked right-hand labels to be writing (they are: device lines the detector boxed as one 47x106
     * box that no reading splits), where the overred branch alone kept that box as a picture without writing, a keep on
     * a wrong premise that a vertical name would share; 3.9354 % once boxes of stacked small lines are cut by their
     * strokes and unsure lines read again by the level their text is drawn in (session 9, branch stacked); 3.8947 %
     * once crops with 4-7 grey levels of contrast are read (session 10), 3.7870 % once a cine line is kept on the
     * frames that read it as device text (session 10; reverted: it left PHI visible on a fresh seed), 3.8705 % with
     * branch lines alone, 3.8300 % (just over: 3.830x) with branch cover merged too (session 10), 3.7398 % with the
     * PP-OCR engine's agreeing readings (session 12), 3.7388 % once every dash OCR writes is a hyphen (session 14),
     * 3.6390 % once a bare label that ends its line is no label (session 15). Rounded up to 2 decimals of a percent.
     * Lower it when the detector redacts less outside PHI.
     */
    private static final double OVER_REDACTION_CEILING_PERCENT = 3.64;
    /**
     * Best so far, not the target (0.98 of 27): 24 measured on 2026-12-04, 25 once large boxes read only unsurely need
     * evidence of writing (the face photo, 2026-12-05); 25 again in session 6 (a branch reached 26 with a rule for
     * specks read unsurely twice, but the flat-value view merged beside it costs one text-free file). Raise it when
     * more text-free files stay identical.
     */
    private static final int IDENTICAL_FLOOR = 25;

    @BeforeAll
    static void tools() {
        RequiredTools.referenceDecoders();
    }

    @Test
    void measuresTheRealFilesAgainstTheTruth() throws Exception {
        Map<String, List<Region>> regions = RealTruth.regions();
        Scrubbed s = RealTruth.scrubbed();

        StringBuilder table = new StringBuilder(
                "| file | PHI lines hidden | device lines kept | no text: identical | changed outside PHI |\n"
                        + "|---|---:|---:|---|---:|\n");
        int phiHidden = 0;
        int phiTotal = 0;
        int deviceKept = 0;
        int deviceTotal = 0;
        int identical = 0;
        int noText = 0;
        long changedOutside = 0;
        long pixels = 0;
        for (Map.Entry<String, List<Region>> e : regions.entrySet()) {
            String file = e.getKey();
            List<Region> rows = e.getValue();
            ReferenceImage before = RealTruth.decode(s.input(file));
            if (!Files.exists(s.output(file))) {
                table.append("| ").append(file).append(" | no output | | | |\n");
                phiTotal += (int) rows.stream().filter(r -> r.kind() == Kind.PHI).count();
                deviceTotal += (int) rows.stream().filter(r -> r.kind() == Kind.DEVICE).count();
                noText += rows.stream().anyMatch(r -> r.kind() == Kind.NONE) ? 1 : 0;
                pixels += (long) before.frames() * before.rows() * before.columns();
                continue;
            }
            ReferenceImage after = RealTruth.decode(s.output(file));
            int fileHidden = 0;
            int filePhi = 0;
            int fileKept = 0;
            int fileDevice = 0;
            for (Region r : rows) {
                if (r.kind() == Kind.NONE) {
                    continue;
                }
                double least = 1;
                double most = 0;
                for (int frame = 0; frame < before.frames(); frame++) {
                    double share = RealTruth.hiddenShare(before, after, frame, r);
                    least = Math.min(least, share);
                    most = Math.max(most, share);
                }
                if (r.kind() == Kind.PHI) {
                    filePhi++;
                    fileHidden += least >= HIDDEN ? 1 : 0;
                } else {
                    fileDevice++;
                    fileKept += most <= KEPT ? 1 : 0;
                }
            }
            List<Region> phi = rows.stream().filter(r -> r.kind() == Kind.PHI).toList();
            long fileChanged = changedOutside(before, after, phi);
            long filePixels = (long) before.frames() * before.rows() * before.columns();
            String noTextCell = "";
            if (rows.stream().anyMatch(r -> r.kind() == Kind.NONE)) {
                noText++;
                boolean same = identical(before, after);
                identical += same ? 1 : 0;
                noTextCell = same ? "yes" : "**no**";
            }
            table.append(String.format("| %s | %s | %s | %s | %.2f %% |%n", file,
                    filePhi == 0 ? "" : fileHidden + "/" + filePhi, fileDevice == 0 ? "" : fileKept + "/" + fileDevice,
                    noTextCell, 100.0 * fileChanged / filePixels));
            phiHidden += fileHidden;
            phiTotal += filePhi;
            deviceKept += fileKept;
            deviceTotal += fileDevice;
            changedOutside += fileChanged;
            pixels += filePixels;
        }
        double kept = deviceKept / (double) deviceTotal;
        double overPercent = 100.0 * changedOutside / pixels;
        table.append(String.format("| **all %d files** | %d/%d | %d/%d (%.4f) | %d/%d | %.4f %% |%n", regions.size(),
                phiHidden, phiTotal, deviceKept, deviceTotal, kept, identical, noText, overPercent));
        System.out.println("Real files against the hand-annotated truth (exit code " + s.exitCode() + "):\n" + table);

        assertTrue(kept >= DEVICE_KEPT_FLOOR, String.format("device lines kept %.4f, floor %.2f (target 0.85)",
                kept, DEVICE_KEPT_FLOOR));
        assertTrue(identical >= IDENTICAL_FLOOR, String.format("text-free files identical %d/%d, floor %d (target 0.98)",
                identical, noText, IDENTICAL_FLOOR));
        assertTrue(overPercent <= OVER_REDACTION_CEILING_PERCENT, String.format(
                "over-redaction %.4f %%, ceiling %.2f %% (target 1 %%)", overPercent, OVER_REDACTION_CEILING_PERCENT));
    }

    /**
     * Issue #11: "never redact a box because it is large and unreadable". The LOGIQ 700 power-Doppler picture (two
     * colour boxes over B-mode, no text inside) drew one 450x134 detector box that OCR could not read; it must come
     * out untouched on every encoding of the file, while the file's PHI line is still hidden (RealPhiHiddenTest).
     */
    @Test
    void theDopplerPictureIsNotRedactedAsText() throws Exception {
        RealTruth.Scrubbed s = RealTruth.scrubbed();
        Region doppler = new Region("doppler", 90, 150, 460, 145, Kind.DEVICE, "picture");
        for (String file : List.of("pydicom-data/US_GE_LOGIQ700_US1_UNCR.dcm", "pydicom-data/US_GE_LOGIQ700_US1_J2KR.dcm",
                "wg04/US1_RLE.dcm")) {
            ReferenceImage before = RealTruth.decode(s.input(file));
            ReferenceImage after = RealTruth.decode(s.output(file));
            long changed = changedOutside(before, after, List.of()) - changedOutside(before, after, List.of(doppler));
            assertEquals(0, changed, file + ": pixels of the Doppler picture changed");
        }
    }

    /** Pixels of any frame changed by the scrub (any sample) that lie outside every PHI box. */
    private static long changedOutside(ReferenceImage before, ReferenceImage after, List<Region> phi) {
        if (before.rows() != after.rows() || before.columns() != after.columns() || before.frames() != after.frames()) {
            return (long) before.frames() * before.rows() * before.columns();
        }
        int spp = before.samplesPerPixel();
        long changed = 0;
        for (int frame = 0; frame < before.frames(); frame++) {
            for (int y = 0; y < before.rows(); y++) {
                for (int x = 0; x < before.columns(); x++) {
                    if (RealTruth.pixel(before, frame, y, x, spp) != RealTruth.pixel(after, frame, y, x, spp)
                            && !RealTruth.inAny(phi, x, y)) {
                        changed++;
                    }
                }
            }
        }
        return changed;
    }


    private static boolean identical(ReferenceImage before, ReferenceImage after) {
        if (before.rows() != after.rows() || before.columns() != after.columns() || before.frames() != after.frames()
                || before.samplesPerPixel() != after.samplesPerPixel()) {
            return false;
        }
        for (int frame = 0; frame < before.frames(); frame++) {
            if (!Arrays.equals(before.frameBytes(frame), after.frameBytes(frame))) {
                return false;
            }
        }
        return true;
    }
}
