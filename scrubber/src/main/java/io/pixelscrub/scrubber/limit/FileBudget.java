package io.pixelscrub.scrubber.limit;

import io.pixelscrub.scrubber.dicom.InvalidDicomException;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the file being processed on this thread may still spend: its deadline and the run's pixel limits. The batch
 * sets one per file; code deep in the pipeline asks {@link #current()} instead of being handed it through every
 * engine: the reader checks sizes, native tool calls get the remaining time as their limit, and an output is only
 * committed while the file is still within its time.
 *
 * <p>When the batch's watchdog gives up on a file ({@link #expire()}), the file is quarantined by the watchdog; the
 * worker may still be running, but it can no longer commit an output ({@link #beginCommit()}) nor report the file
 * ({@link #finish()}). Exactly one of the two sides wins.
 */
public final class FileBudget {

    private static final int RUNNING = 0;
    private static final int COMMITTING = 1;
    private static final int DONE = 2;
    private static final int EXPIRED = 3;

    private static final ThreadLocal<FileBudget> CURRENT = new ThreadLocal<>();

    /** Outside a batch: default pixel limits and no time limit. */
    public static final FileBudget UNLIMITED = new FileBudget(new RunLimits(java.time.Duration.ZERO,
            RunLimits.DEFAULT_MAX_PIXELS_PER_FRAME, RunLimits.DEFAULT_MAX_PIXELS_PER_FILE), Long.MAX_VALUE);

    private final RunLimits limits;
    private final long endNanos;
    private final AtomicInteger state = new AtomicInteger(RUNNING);

    private FileBudget(RunLimits limits, long endNanos) {
        this.limits = limits;
        this.endNanos = endNanos;
    }

    /** A budget starting now, with {@code spentMillis} already used by this file (an earlier pass). */
    public static FileBudget start(RunLimits limits, long spentMillis) {
        long end = limits.timeLimited()
                ? System.nanoTime() + limits.timePerFile().toNanos() - spentMillis * 1_000_000L : Long.MAX_VALUE;
        return new FileBudget(limits, end);
    }

    public static FileBudget current() {
        FileBudget b = CURRENT.get();
        return b == null ? UNLIMITED : b;
    }

    /** Runs {@code work} with this budget as the thread's current one. */
    public <T> T apply(Callable<T> work) throws Exception {
        FileBudget before = CURRENT.get();
        CURRENT.set(this);
        try {
            return work.call();
        } finally {
            if (before == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(before);
            }
        }
    }

    public RunLimits limits() {
        return limits;
    }

    /** Milliseconds left; {@link Long#MAX_VALUE} when unlimited. */
    public long remainingMillis() {
        if (endNanos == Long.MAX_VALUE) {
            return Long.MAX_VALUE;
        }
        return Math.max(0, (endNanos - System.nanoTime()) / 1_000_000);
    }

    public boolean overdue() {
        return endNanos != Long.MAX_VALUE && System.nanoTime() - endNanos >= 0;
    }

    public boolean expired() {
        return state.get() == EXPIRED;
    }

    /** Throws once the file is over its time (or given up on): long loops call it to stop early. */
    public void check() throws InvalidDicomException {
        if (expired() || overdue()) {
            throw overLimit();
        }
    }

    public InvalidDicomException overLimit() {
        return new InvalidDicomException("took longer than the per-file time limit (" + limits.timePerFile().toSeconds() + " s)");
    }

    /** Rows x Columns and the whole file against the run's limits, before any pixel is read. */
    public void checkPixels(int rows, int columns, int frames) throws InvalidDicomException {
        long perFrame = (long) rows * columns;
        if (perFrame > limits.maxPixelsPerFrame()) {
            throw new InvalidDicomException("image of " + columns + "x" + rows + " pixels exceeds the limit of "
                    + limits.maxPixelsPerFrame() + " pixels per frame (--max-pixels-per-frame)");
        }
        if (perFrame * frames > limits.maxPixelsPerFile()) {
            throw new InvalidDicomException(frames + " frames of " + columns + "x" + rows + " pixels exceed the limit of "
                    + limits.maxPixelsPerFile() + " pixels per file (--max-pixels-per-file)");
        }
    }

    /** Before an output is renamed into place: false once the watchdog has given up on the file. */
    public boolean beginCommit() {
        return this == UNLIMITED || state.compareAndSet(RUNNING, COMMITTING);
    }

    public void endCommit() {
        state.compareAndSet(COMMITTING, RUNNING);
    }

    /** The worker's claim to report the file; false when the watchdog already did. */
    public boolean finish() {
        return state.compareAndSet(RUNNING, DONE);
    }

    /** The watchdog's claim; waits out a commit in progress (a rename). False when the worker finished first. */
    public boolean expire() {
        while (true) {
            if (state.compareAndSet(RUNNING, EXPIRED)) {
                return true;
            }
            if (state.get() != COMMITTING) {
                return state.get() == EXPIRED;
            }
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }
}
