package io.pixelscrub.detector.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pixelscrub.detector.image.DisplayImage;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Which tiles are live and when a live tile is due, on pictures made here: speckle redrawn every frame over a block of
 * tiles, a small patch that changes every frame (a clock), and bars of held bright strokes that appear over the
 * speckle. No text engine.
 */
class LiveTilesTest {

    private static final int W = 320;
    private static final int H = 256;
    private static final int TILE = 32;
    private static final int COLUMNS = W / TILE;

    /** Speckle over tiles (0..5, 0..5) of the frame; a 2-tile "clock" at row 7 that changes too; the rest still. */
    private static byte[] frame(Random random, boolean strokes) {
        byte[] b = new byte[W * H];
        for (int y = 0; y < 6 * TILE; y++) {
            for (int x = 0; x < 6 * TILE; x++) {
                b[y * W + x] = (byte) (40 + random.nextInt(120));
            }
        }
        for (int y = 7 * TILE; y < 8 * TILE; y++) {
            for (int x = 0; x < 2 * TILE; x++) {
                b[y * W + x] = (byte) random.nextInt(256);
            }
        }
        if (strokes) {
            // Vertical 2 px strokes, 6 px apart, 14 px tall, across tiles (1..4, 2): held from frame to frame.
            for (int y = 2 * TILE + 9; y < 2 * TILE + 23; y++) {
                for (int x = TILE; x < 5 * TILE; x += 6) {
                    b[y * W + x] = (byte) 250;
                    b[y * W + x + 1] = (byte) 250;
                }
            }
        }
        return b;
    }

    private static List<DisplayImage> view(byte[] b) {
        return List.of(new DisplayImage(W, H, 1, b, "test"));
    }

    /** Feeds frames as ChangedRegionSequence does, searching due tiles; returns the tiles due on the last frame. */
    private static final class Run {
        final LiveTiles live = new LiveTiles(W, H, TILE);
        final Random random = new Random(5);
        List<DisplayImage> previous = view(frame(random, false));
        int index;
        boolean[] lastLive;

        Run() {
            boolean[] all = new boolean[COLUMNS * (H / TILE)];
            java.util.Arrays.fill(all, true);
            live.searched(all, new boolean[all.length], 0);
        }

        boolean[] next(boolean strokes) {
            index++;
            List<DisplayImage> now = view(frame(random, strokes));
            boolean[] changed = ChangedTiles.between(previous, now, TILE);
            lastLive = live.live(changed);
            live.count(previous, now, lastLive);
            boolean[] due = live.due(lastLive, index);
            live.searched(due, lastLive, index);
            previous = now;
            return due;
        }
    }

    @Test
    void speckleBecomesLiveAndIsWatchedWhileAClockStaysSearched() {
        Run run = new Run();
        int dueFrames = 0;
        for (int f = 1; f <= 40; f++) {
            boolean[] due = run.next(false);
            dueFrames += ChangedTiles.any(due) ? 1 : 0;
            if (f >= LiveTiles.LIVE_AFTER) {
                assertTrue(run.lastLive[0], "frame " + f + ": the speckle is live");
                assertFalse(run.lastLive[7 * COLUMNS], "frame " + f + ": a 2-tile clock is not live picture");
            }
        }
        // Its samples, then a recheck every RECHECK frames; speckle alone does not make it due.
        int expected = LiveTiles.SAMPLES + (40 - LiveTiles.LIVE_AFTER - LiveTiles.SAMPLES) / LiveTiles.RECHECK + 1;
        assertTrue(dueFrames <= expected, dueFrames + " frames due, at most " + expected + " expected");
    }

    @Test
    void heldStrokesAppearingMakeThePatchDueAndGoingAwayToo() {
        Run run = new Run();
        for (int f = 1; f <= 14; f++) {
            run.next(false);
        }
        assertFalse(ChangedTiles.any(run.next(false)), "watched, nothing due on a quiet frame");
        boolean[] appeared = run.next(true);
        boolean[] held = run.next(true);
        assertTrue(ChangedTiles.any(appeared) || ChangedTiles.any(held), "strokes that appeared and held made the patch due");
        assertTrue(appeared[0] || held[0], "the whole patch is due, not only the tiles the strokes cross");
        run.next(true);
        run.next(true);
        assertFalse(ChangedTiles.any(run.next(true)), "strokes that stay, once searched, do not keep it due");
        boolean[] gone = run.next(false);
        boolean[] after = run.next(false);
        assertTrue(ChangedTiles.any(gone) || ChangedTiles.any(after), "strokes that went made the patch due again");
    }

    @Test
    void unsearchedFramesCountBackToTheFirstFrameALiveTileWentUnsearched() {
        Run run = new Run();
        int f = 0;
        while (f < 30) {
            f++;
            run.next(false);
        }
        int last = run.index;
        int unsearched = run.live.unsearchedFrames(TILE, TILE, 2 * TILE, 2 * TILE, last + 1);
        assertTrue(unsearched >= 1 && unsearched <= LiveTiles.RECHECK, "unsearched " + unsearched);
        assertEquals(0, run.live.unsearchedFrames(6 * TILE, 0, 7 * TILE, TILE, last + 1), "a still tile is never unsearched");
    }
}
