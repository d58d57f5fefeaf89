package io.pixelscrub.scrubber.limit;

import java.time.Duration;

/**
 * How much one file may cost: wall-clock time (every native tool call included) and pixels. A file over a limit is
 * quarantined with one line and the batch goes on; absurd sizes are refused before anything is allocated for them.
 *
 * @param timePerFile     wall-clock limit per file, or {@link Duration#ZERO} for none
 * @param maxPixelsPerFrame Rows x Columns of one frame
 * @param maxPixelsPerFile  Rows x Columns x NumberOfFrames
 */
public record RunLimits(Duration timePerFile, long maxPixelsPerFrame, long maxPixelsPerFile) {

    /** Five minutes: the largest bundled image takes a few seconds; a file ten times slower still fits on a busy machine. */
    public static final Duration DEFAULT_TIME_PER_FILE = Duration.ofMinutes(5);
    /** 8192 x 8192: above the largest projection radiographs and mammograms. */
    public static final long DEFAULT_MAX_PIXELS_PER_FRAME = 8192L * 8192;
    /** 2^31 pixels, e.g. 2,000 frames of 1024 x 1024. */
    public static final long DEFAULT_MAX_PIXELS_PER_FILE = 1L << 31;

    public static final RunLimits DEFAULTS = new RunLimits(DEFAULT_TIME_PER_FILE, DEFAULT_MAX_PIXELS_PER_FRAME,
            DEFAULT_MAX_PIXELS_PER_FILE);

    public RunLimits {
        if (timePerFile.isNegative() || maxPixelsPerFrame < 1 || maxPixelsPerFile < 1) {
            throw new IllegalArgumentException("limits must be positive (a time limit of 0 means none)");
        }
    }

    public boolean timeLimited() {
        return !timePerFile.isZero();
    }
}
