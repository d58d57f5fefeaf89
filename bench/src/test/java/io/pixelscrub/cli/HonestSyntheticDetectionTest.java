package io.pixelscrub.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pixelscrub.testdata.env.RequiredTools;
import io.pixelscrub.testdata.synthetic.Mix;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole stack on the honest synthetic corpus ({@link Mix#DEFAULT}: traps on every classifier path, device text
 * from invented vocabularies, rotated text) at the test seed 20261125, 48 files. The floors are the values measured
 * on this seed, rounded down to two decimals (the over-redaction ceiling up) (BENCHMARKS.md, "Session 4: honest generator"); they are never lowered
 * to make a run pass: raise them when detection gets better.
 *
 * <p>Seeds: 41 and 43 are the tuning seeds (look at their misses while changing the detector or classifier); seed 7
 * ({@code bench synthetic}'s default) and this test's seed 20261125 are held out and were never used for tuning.
 * The legacy corpus keeps its own floors in {@link SyntheticDetectionTest}.
 */
class HonestSyntheticDetectionTest {
    private static final long SEED = 20261125L;

    /**
     * Measured 747/781 = 0.956 (2026-12-04, session 4); 749/781 = 0.959 (2026-12-05, device-text rules, and again
     * with the second reading of branch devkeep); 751/781 = 0.962 with lines covered to their ink's ends by the
     * letters' own level (session 10, branch cover).
     */
    static final double PHI_HIDDEN_FLOOR = 0.96;
    /** Measured 7/14 = 0.50; 8/14 = 0.571 once large boxes read only unsurely need evidence of writing (2026-12-05). */
    static final double IDENTICAL_FLOOR = 0.57;
    /**
     * Measured 91/504 = 0.181: half the device text is invented, and the classifier kept almost none of that;
     * 130/504 = 0.258 once readouts explain unlisted labels and units and device readings stay out of PHI blocks
     * (2026-12-05); 130/504 again in session 6 with everything merged (a branch reached 136 by keeping findings of one
     * frame apart, which lost PHI on the legacy corpus and was not merged); 134/504 = 0.266 once a kept line is no longer
     * taken into a redacted neighbour's region by margins alone (branch overred); 135/504 = 0.268 once lines are read
     * on the rows of their writing (session 8, branch tight, with a background rule that was not merged); 142/504 =
     * 0.282 once boxes of stacked small lines are cut by their strokes and unsure lines read again by the level their
     * text is drawn in (session 9, branch stacked, measured without the next change); 141/504 = 0.280 (floored:
     * 0.27) on main with it and with two letters on a flat ground taken for writing ({@code GlyphEvidence}, session
     * 9): one device line fewer (this seed is held out, so which one was not looked at). On tuning seed 44 the line
     * that rule costs is a 14 px {@code LAT} in an 80x56 box that OCR reads as nothing, kept until then as a picture
     * without writing, the premise that also kept initials on backdrops (tuning seeds 41 and 44: three PHI items
     * more with the rule). A keep on a wrong premise that a name shares is no best measurement; the floor is what
     * main measures without it. 143/504 = 0.284 (floored: 0.28) once a redaction facing a kept stacked line stops
     * halfway between the two lines' writing (session 10, branch lines: {@code OwnInk}).
     */
    static final double DEVICE_KEPT_FLOOR = 0.28;
    /**
     * Measured 4.44 % of pixels, then 4.15 % (2026-12-05), 4.24 % in session 6 with everything merged (the faint-text
     * view adds boxes), 4.07 % once kept lines stay apart from redacted neighbours' margins (branch overred), rounded
     * up to two decimals (a ceiling): 0.05.
     */
    static final double OVER_REDACTION_CEILING = 0.05;

    @TempDir
    Path tmp;

    @Test
    void onTheHonestCorpusPhiIsHiddenCleanImagesStayIdenticalDeviceTextIsKept() throws Exception {
        RequiredTools.encodersAndDecoders();
        SyntheticEvaluation.Result r = SyntheticEvaluation.run(tmp, SEED, 48, 2, Mix.DEFAULT);
        System.out.println(r.summary());
        System.out.print(r.breakdown().table());
        r.misses().forEach(m -> System.out.println("  miss: " + m));
        assertEquals(0, r.quarantined(), "no synthetic file may be quarantined");
        assertTrue(r.phiItems() > 100, "corpus has PHI: " + r.phiItems());
        assertTrue(r.breakdown().cells(RecallBreakdown.Dimension.DEVICE_CATEGORY).keySet().stream()
                .anyMatch(k -> k.startsWith("invented-")), "the corpus holds invented device text");
        assertTrue(r.phiHiddenRate() >= PHI_HIDDEN_FLOOR, "PHI hidden: " + r.summary());
        assertTrue(r.identicalRate() >= IDENTICAL_FLOOR, "clean images byte-identical: " + r.summary());
        assertTrue(r.deviceKeptRate() >= DEVICE_KEPT_FLOOR, "device annotations kept: " + r.summary());
        assertTrue(r.overRedaction() <= OVER_REDACTION_CEILING, "over-redaction: " + r.summary());
    }
}
