package io.pixelscrub.detector.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pixelscrub.detector.image.DisplayHints;
import io.pixelscrub.detector.image.RawFrame;
import io.pixelscrub.testdata.synthetic.background.Background;
import io.pixelscrub.testdata.synthetic.background.BackgroundKind;
import io.pixelscrub.testdata.synthetic.pixels.FontCatalog;
import io.pixelscrub.testdata.synthetic.pixels.GlyphMask;
import io.pixelscrub.testdata.synthetic.pixels.PixelFormat;
import io.pixelscrub.testdata.synthetic.pixels.SceneColour;
import java.util.ArrayList;
import java.util.Optional;
import io.pixelscrub.models.Box;
import java.awt.Color;
import java.awt.Font;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A cine is searched once: a frame identical to the previous one is not searched at all and has its lines; a frame
 * where one line appeared is searched only around it, keeps the other lines, and finds the new one whole. Faint text
 * over a live fan is covered on every frame.
 */
class ChangedRegionSequenceTest {

    private static PixelTextReader reader;

    @BeforeAll
    static void open() {
        reader = PixelTextReader.open(TextEngineConfig.defaults());
    }

    @AfterAll
    static void close() {
        reader.close();
    }

    /** A 640x480 frame over anatomy with a header line and a label; {@code extra} adds a line low on the left. */
    private static Scene frame(boolean extra) {
        Scene s = new Scene(640, 480, SceneBackground.ANATOMY, 5);
        s.text("SMITH^JOHN 03/14/1960", "DejaVu Sans", Font.PLAIN, 16, Color.WHITE, true, 20, 30);
        s.text("Gain 54 dB", "Liberation Sans", Font.PLAIN, 16, Color.WHITE, true, 480, 30);
        if (extra) {
            s.text("ACC 4471234", "Liberation Mono", Font.PLAIN, 16, Color.WHITE, true, 40, 430);
        }
        return s;
    }

    @Test
    void anUnchangedFrameIsNotSearchedAndAChangedOneOnlyWhereItChanged() {
        FrameSequence sequence = reader.sequence();
        Scene plain = frame(false);
        FrameStep first = sequence.next(plain.grey8());
        assertEquals(FrameStep.Coverage.WHOLE, first.coverage());
        for (Scene.Drawn d : plain.drawn()) {
            assertEquals(0, Coverage.uncovered(d.truth(), boxes(first)), d.text() + " on the first frame");
        }

        FrameStep same = sequence.next(plain.grey8());
        assertEquals(FrameStep.Coverage.UNCHANGED, same.coverage());
        assertEquals(first.lines(), same.lines());

        Scene changed = frame(true);
        FrameStep step = sequence.next(changed.grey8());
        assertEquals(FrameStep.Coverage.REGIONS, step.coverage());
        long searched = step.searched().stream().mapToLong(Box::area).sum();
        assertTrue(searched <= 640 * 480 / 4, "searched " + searched + " px of a 640x480 frame for one new line");
        Scene.Drawn added = changed.drawn().get(2);
        assertTrue(step.searched().stream().anyMatch(r -> r.contains(added.truth())), "the new line's region was searched");
        for (Scene.Drawn d : changed.drawn()) {
            assertEquals(0, Coverage.uncovered(d.truth(), boxes(step)), d.text() + " after the change");
        }
        // The lines away from the change are the first frame's, not searched again.
        for (ReadLine l : first.lines()) {
            assertTrue(step.lines().contains(l), "kept " + l.box());
        }
    }

    private static List<Box> boxes(FrameStep step) {
        return step.lines().stream().map(ReadLine::box).toList();
    }

    /** A 16-bit cine as the generator writes it: picture 0..2800 in the window, the text at the generator's low grey. */
    static final class FanCine {
        final int width = 640;
        final int height = 480;
        final List<RawFrame> frames = new ArrayList<>();
        Box truth;

        FanCine(long seed, String family, int frames, int x, int y) {
            PixelFormat f = PixelFormat.MONO2_16;
            Background fan = BackgroundKind.ULTRASOUND_SECTOR.generated(width, height, seed);
            GlyphMask mask = GlyphMask.render("19Y M", FontCatalog.font(family, false, 16), true);
            int fg = f.colour(SceneColour.LOW_GREY);
            DisplayHints window = new DisplayHints(1, 0, List.of(new DisplayHints.Window(1400, 2800)), Optional.empty(),
                    Optional.empty());
            for (int n = 0; n < frames; n++) {
                float[] grey = fan.frame(n).grey();
                int[] v = new int[width * height];
                for (int i = 0; i < v.length; i++) {
                    v[i] = f.background(grey[i], 0, 0, 0);
                }
                Box drawn = null;
                for (int my = 0; my < mask.height(); my++) {
                    for (int mx = 0; mx < mask.width(); mx++) {
                        int a = mask.alphaAt(mx, my);
                        int i = (y + my) * width + x + mx;
                        if (a > 0 && f.blend(v[i], fg, a) != v[i]) {
                            v[i] = f.blend(v[i], fg, a);
                            Box px = new Box(x + mx, y + my, 1, 1);
                            drawn = drawn == null ? px : drawn.union(px);
                        }
                    }
                }
                truth = truth == null ? drawn : truth.union(drawn);
                byte[] data = new byte[v.length * 2];
                for (int i = 0; i < v.length; i++) {
                    data[2 * i] = (byte) v[i];
                    data[2 * i + 1] = (byte) (v[i] >> 8);
                }
                this.frames.add(new RawFrame(width, height, 1, 16, 12, false, "MONOCHROME2", data, window));
            }
        }
    }

    /**
     * Faint text over a live ultrasound fan: a 16 px {@code 19Y M} drawn a third of the way up a 12-bit window over
     * speckle redrawn on every frame, the way the synthetic generator draws its low-contrast grey. The window shows it
     * no brighter than the speckle around it; the value it is drawn in stands out of the histogram, and the flat-value
     * view ({@code FlatValues}) shows it alone, on every frame.
     */
    @Test
    void faintTextOverALiveFanIsCoveredOnEveryFrame() {
        String[] families = {"DejaVu Sans Mono", "DejaVu Serif", "DejaVu Sans Condensed", "Liberation Serif"};
        for (int k = 0; k < families.length; k++) {
            FanCine cine = new FanCine(11 + k, families[k], 4, 280, 250);
            FrameSequence sequence = reader.sequence();
            for (int f = 0; f < cine.frames.size(); f++) {
                FrameStep step = sequence.next(cine.frames.get(f));
                // What is redacted: each line's box with its margin.
                List<Box> redacted = step.lines().stream().map(l -> l.box().grow(TextFindings.margin(l))).toList();
                assertEquals(0, Coverage.uncovered(cine.truth, redacted),
                        families[k] + ", frame " + f + ": faint text at " + cine.truth + " not covered by " + redacted);
            }
        }
    }

    /**
     * A live ultrasound fan, 8-bit, 60 frames, speckle redrawn every frame: once the fan is known to be live and has
     * been searched on its first frames, it is watched, not searched on every frame, yet a name shown over it on
     * frames 40-41 only is covered on both (found there, or found later and backdated), and gone from the lines once
     * it is gone.
     */
    @Test
    void aLiveFanIsWatchedAndANameShownOnTwoFramesIsCovered() {
        int width = 640, height = 480, frames = 60;
        Background fan = BackgroundKind.ULTRASOUND_SECTOR.generated(width, height, 23);
        GlyphMask name = GlyphMask.render("GARCIA, ELENA", FontCatalog.font("DejaVu Sans", false, 18), true);
        int nx = 240, ny = 290;
        Box truth = new Box(nx, ny, name.width(), name.height());
        FrameSequence sequence = reader.sequence();
        long searched = 0;
        int watched = 0;
        List<List<Box>> covered = new ArrayList<>();
        for (int f = 0; f < frames; f++) {
            float[] grey = fan.frame(f).grey();
            byte[] data = new byte[width * height];
            for (int i = 0; i < data.length; i++) {
                data[i] = (byte) Math.round(grey[i] * 200);
            }
            if (f == 40 || f == 41) {
                for (int y = 0; y < name.height(); y++) {
                    for (int x = 0; x < name.width(); x++) {
                        int i = (ny + y) * width + nx + x;
                        int a = name.alphaAt(x, y);
                        data[i] = (byte) (((data[i] & 0xFF) * (255 - a) + 235 * a + 127) / 255);
                    }
                }
            }
            FrameStep step = sequence.next(new RawFrame(width, height, 1, 8, 8, false, "MONOCHROME2", data,
                    DisplayHints.NONE));
            searched += step.coverage() == FrameStep.Coverage.WHOLE ? (long) width * height
                    : step.searched().stream().mapToLong(Box::area).sum();
            watched += step.coverage() == FrameStep.Coverage.LIVE ? 1 : 0;
            List<Box> boxes = new ArrayList<>(step.lines().stream().map(l -> l.box().grow(TextFindings.margin(l))).toList());
            covered.add(boxes);
            for (FrameStep.Backdated b : step.backdated()) {
                for (int k = f - b.frames(); k < f; k++) {
                    covered.get(k).add(b.box());
                }
            }
        }
        for (int f = 40; f <= 41; f++) {
            assertEquals(0, Coverage.uncovered(truth, covered.get(f)), "frame " + f + ": the name is not covered");
        }
        assertTrue(covered.get(frames - 1).stream().noneMatch(b -> b.intersects(truth)), "the name's line outlived it");
        assertTrue(watched >= frames / 2, "only " + watched + " of " + frames + " frames were watched, not searched");
        // Whole-frame searches at most: before the fan is live, its samples, its rechecks, and a few for the name.
        long bound = LiveTiles.LIVE_AFTER + LiveTiles.SAMPLES + frames / LiveTiles.RECHECK + 6;
        assertTrue(searched <= bound * width * height,
                "searched " + searched / frames + " px per frame of " + width * height + " (at most " + bound + " of "
                        + frames + " frames' worth)");
    }
}
