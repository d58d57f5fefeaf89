package io.pixelscrub.detector.text;

import io.pixelscrub.detector.image.DisplayImage;
import io.pixelscrub.models.Box;
import java.util.Arrays;
import java.util.List;

/**
 * The live picture of a cine: tiles that change on every frame (an ultrasound fan, a fluoroscopy run, a colour box),
 * where comparing frames byte for byte would send every frame to the detector. Text burned into a live picture is an
 * overlay: its pixels hold their value from frame to frame while the picture under and around them changes. So a live
 * tile, once searched on its first {@link #SAMPLES} frames, is searched again only when what holds in it changes
 * ({@link #due}): each frame, the pixels that kept their value since the previous frame and stand out of their
 * neighbours are counted, and a count that strays from its running mean by {@link #TRIGGER} (or more where the tile's
 * count swings more by itself; text appeared, went or changed) makes its patch due. Text too faint to move the count
 * is found by the search every live tile gets at least every {@link #RECHECK} frames; what a search finds new is taken
 * to have been there since the tile was last searched ({@link #unsearchedFrames}), so a line that appeared unseen is
 * still hidden on every frame that may show it. One per cine, frame after frame.
 */
final class LiveTiles {

    /** Frames in a row a tile must have changed on to be live (a clock that changes once a second is not). */
    static final int LIVE_AFTER = 3;
    /**
     * Live tiles a patch must hold, with its neighbours, to be treated as live picture: a fan or a run is many tiles;
     * a clock or a counter that changes every frame is a line of a few, and is searched as it changes.
     */
    static final int MIN_PATCH = 12;
    /**
     * Frames a live tile is searched on, every frame, before it is watched. A static line over a changing picture is
     * boxed a little differently on each frame, and its redaction is the union of its boxes
     * ({@code FramePropagation}): a 7 px grey line over a live 20-frame cine was covered 79 % by the boxes of 4 frames
     * and whole by those of 20.
     */
    static final int SAMPLES = 8;
    /** Frames at most between two searches of a live tile. */
    static final int RECHECK = 16;
    /** Values a pixel may move by between frames and still hold (lossy cines move static text by a few levels). */
    static final int HOLD_TOLERANCE = 3;
    /**
     * How far a held pixel must differ from a neighbour {@link #STROKE} pixels away to count: a stroke stands out of
     * what it is drawn over. Against the neighbour, not the tile's mean, so a flat region that holds (a colour-flow
     * patch, the dark outside of a fan) counts only along its edge.
     */
    static final int CONTRAST = 40;
    /** Neighbour distance for {@link #CONTRAST}: wider than most strokes. */
    static final int STROKE = 3;
    /**
     * Change in a tile's held count that makes its patch due, at least. On generated speckle with no text the count
     * strays up to about 30 from its running mean; the first frame of a 14-18 px line moves it by 30-60 in the tiles
     * it crosses (held speckle next to new strokes counts), its second frame by 60-180, and its going away as much.
     */
    static final int TRIGGER = 40;
    /**
     * A tile's trigger is at least this many times its own frame-to-frame swing of the count (a running mean): real
     * cines hold slow anatomy for a few frames at a time (swings of 100-500 in 32x32 colour echo tiles), which would
     * otherwise send their tiles to the detector on most frames. Text too faint for that is left to {@link #RECHECK}.
     */
    static final int NOISE_FACTOR = 4;
    /** Frames the running mean of {@link #NOISE_FACTOR}'s swing spans, about. */
    static final double SWING_FRAMES = 8;

    private final int columns;
    private final int rows;
    private final int tile;
    /** Per tile: frames in a row it changed on, and went unchanged on. */
    private final int[] changedRun;
    private final int[] quietRun;
    /** Per tile: live ({@link #live}), whether or not it changed on this frame; and live in a large enough patch. */
    private final boolean[] liveState;
    private boolean[] inPatch;
    /** Per tile: the label of its patch of live tiles ({@link #live}), 0 where not live. */
    private int[] patch;
    /**
     * Per tile: its held count when it was last searched, followed since by a running mean (the picture drifts: a
     * count moved by 30 over ten frames of generated speckle with no text), or -1 when it has not been watched since.
     */
    private final int[] reference;
    /** Per tile: the frame it was last searched on. */
    private final int[] searchedOn;
    /** Per tile: frames it was searched on while live. */
    private final int[] liveSearches;
    /** Per tile: the first frame since its last search on which it was not searched, or -1. */
    private final int[] unsearchedSince;
    /** Per tile: this frame's held count ({@link #count}), -1 where not live. */
    private int[] held = new int[0];
    private int[] previousHeld = new int[0];
    /** Per tile: running mean of its held count's change from frame to frame, or -1 before it was live twice. */
    private final double[] swing;

    LiveTiles(int width, int height, int tile) {
        this.tile = tile;
        this.columns = ChangedTiles.count(width, tile);
        this.rows = ChangedTiles.count(height, tile);
        int n = columns * rows;
        changedRun = new int[n];
        quietRun = new int[n];
        liveState = new boolean[n];
        inPatch = new boolean[n];
        patch = new int[n];
        reference = new int[n];
        searchedOn = new int[n];
        liveSearches = new int[n];
        unsearchedSince = new int[n];
        swing = new double[n];
        Arrays.fill(reference, -1);
        Arrays.fill(swing, -1);
        Arrays.fill(unsearchedSince, -1);
    }

    /** Whether a pixel differs by {@link #CONTRAST} from the pixel {@link #STROKE} to its left or above it. */
    private static boolean standsOut(byte[] b, int i, int value, int left, int up) {
        return i >= left && Math.abs(value - (b[i - left] & 0xFF)) >= CONTRAST
                || i >= up && Math.abs(value - (b[i - up] & 0xFF)) >= CONTRAST;
    }

    /**
     * Records which tiles changed on this frame and returns the live ones that changed: a tile becomes live once it
     * changed on {@link #LIVE_AFTER} frames in a row, and stays live until it went unchanged on as many (a tile at the
     * fan's edge, where few pixels change, misses a frame now and then), in a patch of at least {@link #MIN_PATCH} live
     * tiles.
     */
    boolean[] live(boolean[] changed) {
        for (int t = 0; t < changed.length; t++) {
            changedRun[t] = changed[t] ? changedRun[t] + 1 : 0;
            quietRun[t] = changed[t] ? 0 : quietRun[t] + 1;
            if (changedRun[t] >= LIVE_AFTER) {
                liveState[t] = true;
            } else if (quietRun[t] >= LIVE_AFTER) {
                liveState[t] = false;
            }
        }
        inPatch = largePatches(liveState);
        boolean[] out = new boolean[changed.length];
        for (int t = 0; t < changed.length; t++) {
            out[t] = inPatch[t] && changed[t];
        }
        return out;
    }

    /** Counts, per live tile, the pixels of every rendering that held their value and stand out of their neighbours. */
    void count(List<DisplayImage> before, List<DisplayImage> after, boolean[] live) {
        int[] last = held;
        held = new int[live.length];
        Arrays.fill(held, -1);
        for (int v = 0; v < after.size(); v++) {
            byte[] a = before.get(v).pixels();
            byte[] b = after.get(v).pixels();
            int width = after.get(v).width();
            int height = after.get(v).height();
            int channels = after.get(v).channels();
            for (int t = 0; t < live.length; t++) {
                if (!live[t]) {
                    continue;
                }
                int x0 = t % columns * tile * channels;
                int x1 = Math.min(width, (t % columns + 1) * tile) * channels;
                int y0 = t / columns * tile;
                int y1 = Math.min(height, y0 + tile);
                int rowBytes = width * channels;
                int side = STROKE * channels;
                int n = held[t] < 0 ? 0 : held[t];
                for (int y = y0; y < y1; y++) {
                    for (int i = y * rowBytes + x0, end = y * rowBytes + x1; i < end; i++) {
                        int now = b[i] & 0xFF;
                        if (Math.abs(now - (a[i] & 0xFF)) <= HOLD_TOLERANCE && standsOut(b, i, now, side, rowBytes * STROKE)) {
                            n++;
                        }
                    }
                }
                held[t] = n;
            }
        }
        previousHeld = last;
    }

    /**
     * The live tiles to search on {@code frame}: every tile of each patch in which a tile's held count moved by
     * {@link #TRIGGER} since its last search, or a tile went unsearched for {@link #RECHECK} frames: the whole patch,
     * not the tile, so that a line that appeared is searched whole and the rechecks of a patch's tiles fall on the same
     * frames. Call after {@link #count}.
     */
    boolean[] due(boolean[] live, int frame) {
        boolean[] due = new boolean[live.length];
        boolean[] triggered = new boolean[live.length];
        for (int t = 0; t < live.length; t++) {
            if (!live[t]) {
                continue;
            }
            if (reference[t] < 0 && searchedOn[t] == frame - 1) {
                // Searched on the previous frame, before it was live: this frame's count is where watching starts.
                reference[t] = held[t];
            }
            if (reference[t] < 0 || frame - searchedOn[t] >= RECHECK || liveSearches[t] < SAMPLES) {
                due[t] = true;
            } else if (Math.abs(held[t] - reference[t]) >= Math.max(TRIGGER, NOISE_FACTOR * Math.max(0, swing[t]))) {
                triggered[t] = true;
            }
        }
        updateSwing();
        for (int t = 0; t < live.length; t++) {
            if (live[t] && reference[t] >= 0 && !triggered[t]) {
                reference[t] += Math.round((held[t] - reference[t]) / SWING_FRAMES);
            }
        }
        boolean[] patchDue = new boolean[live.length + 1];
        for (int t = 0; t < live.length; t++) {
            patchDue[patch[t]] |= due[t] || triggered[t];
        }
        for (int t = 0; t < live.length; t++) {
            due[t] = live[t] && patchDue[patch[t]];
        }
        return due;
    }

    private void updateSwing() {
        for (int t = 0; t < held.length; t++) {
            boolean both = held[t] >= 0 && previousHeld.length == held.length && previousHeld[t] >= 0;
            if (!both) {
                swing[t] = -1;
            } else if (swing[t] < 0) {
                swing[t] = Math.abs(held[t] - previousHeld[t]);
            } else {
                swing[t] += (Math.abs(held[t] - previousHeld[t]) - swing[t]) / SWING_FRAMES;
            }
        }
    }

    /**
     * Records the tiles searched on {@code frame}, or not: a searched tile's held count becomes its reference; a live
     * tile left unsearched is watched from here on.
     */
    void searched(boolean[] searched, boolean[] live, int frame) {
        for (int t = 0; t < searched.length; t++) {
            if (searched[t]) {
                searchedOn[t] = frame;
                liveSearches[t] += live[t] ? 1 : 0;
                reference[t] = live[t] ? held[t] : -1;
                unsearchedSince[t] = -1;
            } else if (live[t]) {
                if (unsearchedSince[t] < 0) {
                    unsearchedSince[t] = frame;
                }
            } else if (!inPatch[t]) {
                // Not live and not searched: unchanged since the previous frame, so whatever it held then, it holds.
                reference[t] = -1;
            }
        }
    }

    /**
     * Frames before {@code frame} on which some tile under {@code box} was live and not searched: a line found new there
     * now may have been there since. Call before {@link #searched} records this frame.
     */
    int unsearchedFrames(int x0, int y0, int x1, int y1, int frame) {
        int since = frame;
        for (int ty = Math.max(0, y0 / tile); ty <= Math.min(rows - 1, (y1 - 1) / tile); ty++) {
            for (int tx = Math.max(0, x0 / tile); tx <= Math.min(columns - 1, (x1 - 1) / tile); tx++) {
                int s = unsearchedSince[ty * columns + tx];
                if (s >= 0) {
                    since = Math.min(since, s);
                }
            }
        }
        return frame - since;
    }

    /** Whether any of {@code regions} overlaps a live tile, changed on this frame or not. */
    boolean reaches(List<Box> regions, int width, int height) {
        for (int t = 0; t < inPatch.length; t++) {
            if (inPatch[t]) {
                Box cell = cell(t, width, height);
                if (regions.stream().anyMatch(r -> r.intersects(cell))) {
                    return true;
                }
            }
        }
        return false;
    }

    private Box cell(int t, int width, int height) {
        int x0 = t % columns * tile;
        int y0 = t / columns * tile;
        return Box.fromCorners(x0, y0, Math.min(width, x0 + tile), Math.min(height, y0 + tile));
    }

    /** Tiles wholly inside any of {@code regions}, row by row. */
    boolean[] inside(List<Box> regions, int width, int height) {
        boolean[] in = new boolean[columns * rows];
        for (int t = 0; t < in.length; t++) {
            Box cell = cell(t, width, height);
            for (Box r : regions) {
                if (r.contains(cell)) {
                    in[t] = true;
                    break;
                }
            }
        }
        return in;
    }

    /** Keeps the patches of {@code candidate} of at least {@link #MIN_PATCH} tiles; their labels go to {@link #patch}. */
    private boolean[] largePatches(boolean[] candidate) {
        patch = patches(candidate);
        int[] size = new int[candidate.length + 1];
        for (int p : patch) {
            size[p]++;
        }
        boolean[] out = new boolean[candidate.length];
        for (int t = 0; t < candidate.length; t++) {
            out[t] = candidate[t] && size[patch[t]] >= MIN_PATCH;
        }
        return out;
    }

    /** Labels 8-connected patches of set tiles from 1; 0 where unset. */
    private int[] patches(boolean[] set) {
        int[] label = new int[set.length];
        int[] stack = new int[set.length];
        int next = 0;
        for (int start = 0; start < set.length; start++) {
            if (!set[start] || label[start] != 0) {
                continue;
            }
            label[start] = ++next;
            int top = 0;
            stack[top++] = start;
            while (top > 0) {
                int t = stack[--top];
                int tx = t % columns, ty = t / columns;
                for (int ny = Math.max(0, ty - 1); ny <= Math.min(rows - 1, ty + 1); ny++) {
                    for (int nx = Math.max(0, tx - 1); nx <= Math.min(columns - 1, tx + 1); nx++) {
                        int n = ny * columns + nx;
                        if (set[n] && label[n] == 0) {
                            label[n] = next;
                            stack[top++] = n;
                        }
                    }
                }
            }
        }
        return label;
    }
}
