package io.pixelscrub.scrubber.analysis;

import io.pixelscrub.scrubber.dicom.PixelModule;
import java.io.InterruptedIOException;
import java.util.concurrent.Semaphore;

/**
 * Bounds the heap that frames under text detection hold at once, across the workers of a run. Reading one 5000x4000
 * 16-bit frame holds about 180 MB (the decoded frame, the detector's copy, the rendered views, their turned and
 * padded copies; measured with -Xlog:gc: 202 MB live at most with one worker); two workers reading two such frames at
 * once ran a 512 MB heap into back-to-back collections (459 MB live after GC) until the file time limit stopped one.
 * Each frame asks for its estimated working set before it is decoded; small frames pass side by side, a frame larger
 * than the whole budget waits until it can run alone. Shared by the workers of one {@link PixelAnalyzer}.
 */
final class FrameMemoryGate {
    private static final int KIB = 1024;

    private final Semaphore permits;
    private final int total;

    /** @param budgetBytes heap that frames under detection may hold together */
    FrameMemoryGate(long budgetBytes) {
        this.total = (int) Math.max(1, Math.min(Integer.MAX_VALUE, budgetBytes / KIB));
        this.permits = new Semaphore(total, true);
    }

    /** Half the heap this JVM may grow to: the rest is for everything else the workers hold. */
    static FrameMemoryGate halfTheHeap() {
        return new FrameMemoryGate(Runtime.getRuntime().maxMemory() / 2);
    }

    /**
     * What reading one frame holds, estimated: the decoded frame and the detector's copy of it, and about six bytes a
     * pixel for the rendered views and their turned and padded copies.
     */
    static long workingSet(PixelModule decoded) {
        long pixels = (long) decoded.rows() * decoded.columns();
        return pixels * decoded.samplesPerPixel() * decoded.bytesPerSample() * 2 + pixels * 6L * decoded.samplesPerPixel();
    }

    /** A share of the budget, given back on close. */
    interface Held extends AutoCloseable {
        @Override
        void close();
    }

    /** Waits until {@code bytes} (at most the whole budget) are free; interrupted (the file's time is up), it gives up. */
    Held hold(long bytes) throws InterruptedIOException {
        int n = (int) Math.max(1, Math.min(total, (bytes + KIB - 1) / KIB));
        try {
            permits.acquire(n);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for memory to read a large frame");
        }
        return () -> permits.release(n);
    }
}
