package io.pixelscrub.cli;

import io.pixelscrub.testdata.env.RequiredTools;
import io.pixelscrub.testdata.synthetic.Mix;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole stack on the synthetic corpus (fixed seed; fonts, sizes 8-36 px, colours, backdrops, anatomy, every
 * syntax): burned-in PHI hidden, images needing nothing left byte-identical, device annotations kept. The thresholds
 * are the floor we hold; the measured values are in BENCHMARKS.md ({@code pixelscrub bench synthetic --corpus legacy}).
 * This is the <em>legacy</em> corpus ({@link Mix#LEGACY}, pinned by GeneratorFingerprintTest's old hash), kept with
 * its floors unchanged; the honest corpus (traps, invented device text, rotated text) has its own floors in
 * {@link HonestSyntheticDetectionTest}.
 */
class SyntheticDetectionTest {
    private static final long SEED = 20261125L;

    @TempDir
    Path tmp;

    @Test
    void phiIsHiddenCleanImagesStayIdenticalDeviceTextIsKept() throws Exception {
        RequiredTools.encodersAndDecoders();
        SyntheticEvaluation.Result r = SyntheticEvaluation.run(tmp, SEED, 48, 2, Mix.LEGACY);
        System.out.println(r.summary());
        r.misses().forEach(m -> System.out.println("  miss: " + m));
        assertEquals(0, r.quarantined(), "no synthetic file may be quarantined");
        assertTrue(r.phiItems() > 100, "corpus has PHI: " + r.phiItems());
        // Best so far (2026-12-05, helper recall): 704/726 = 0.970 hidden, 7/14 identical, 198/562 = 0.352 kept,
        // 3.92 % over-redaction; session 8 (main de7f6ee): 705/726 = 0.971 hidden, 8/14 identical, 200/562 = 0.356
        // kept, 3.95 %. Branch tight measured 206/562 kept with a rule that let a line's own rows decide OCR's
        // background; that rule lost a vertical PHI line (VerticalTextTest) and was not merged, so the device floor
        // stays at what main had measured before it (0.35). Session 9 (branch readout: SettingPairs,
        // MisreadMeasurements): 705/726 hidden, 8/14 identical, 222/562 = 0.395 kept, 3.93 %: device floor 0.39;
        // (branch stacked alone: stacked small lines cut by their strokes, unsure lines read again by their text's
        // level): 706/726 hidden, 8/14, 208/562 = 0.370 kept, 3.92 %; both merged with the flat-ground pair rule
        // (GlyphEvidence): 706/726, 8/14, 230/562 = 0.409 kept, 3.90 %: device floor 0.40. Session 10 (branch lines:
        // a redaction facing a kept stacked line stops halfway between the two lines' writing, OwnInk): 706/726,
        // 8/14, 232/562 = 0.413 kept, 3.90 %: device floor 0.41. (A cine line kept on the frames that read it as
        // device text measured 253/562 = 0.450, but left PHI visible on a fresh seed and was reverted: its floor
        // went with it.) Session 12 (upright lines Tesseract left open read by the PP-OCR engine, EngineReading; a
        // day before a month's name undecided, DayMonthNames): 708/726, 9/14, 249/562 = 0.443 kept, 3.78 %: identical
        // floor 0.64, device floor 0.44. Session 13 (a view of the brightest value's faint strokes, FaintExtremes):
        // 709/726 = 0.977, 9/14, 249/562, 3.78 %: floors unchanged. Floors floored to two decimals, the ceiling
        // rounded up.
        assertTrue(r.phiHiddenRate() >= 0.97, "PHI hidden: " + r.summary());
        assertTrue(r.identicalRate() >= 0.64, "clean images byte-identical: " + r.summary());
        assertTrue(r.deviceKeptRate() >= 0.44, "device annotations kept: " + r.summary());
        assertTrue(r.overRedaction() <= 0.04, "over-redaction: " + r.summary());
    }
}
