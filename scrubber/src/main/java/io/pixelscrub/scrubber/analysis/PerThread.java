package io.pixelscrub.scrubber.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * One instance of a costly, thread-confined engine (an ONNX session, a Tesseract handle) per worker thread,
 * made on first use and closed together at the end of the run.
 *
 * <p>An engine is never closed under a call still running on its thread. A worker given up on for running past its
 * file's time limit is left running (Java cannot stop native code); closing its ONNX session under it freed memory
 * that the running call then read, and the JVM died with SIGSEGV in {@code libonnxruntime} at the end of a run on a
 * loaded machine. So {@link #close} waits a little for such a thread, and leaves the engine of one still running to
 * the process's exit. A thread that is waiting or parked is not inside a native call (native code runs as
 * {@code RUNNABLE}); its engine is closed, and a later call on it fails in Java ({@code IllegalStateException}).
 */
public final class PerThread<T extends AutoCloseable> implements AutoCloseable {
    /** How long {@link #close} waits, in all, for threads still running to finish. */
    static final long CLOSE_WAIT_MS = 2_000;

    private record Made<T>(T engine, Thread owner) { }

    private final Supplier<T> factory;
    private final ThreadLocal<T> local = new ThreadLocal<>();
    private final List<Made<T>> made = new ArrayList<>();

    public PerThread(Supplier<T> factory) {
        this.factory = factory;
    }

    public T get() {
        T t = local.get();
        if (t == null) {
            t = factory.get();
            local.set(t);
            synchronized (made) {
                made.add(new Made<>(t, Thread.currentThread()));
            }
        }
        return t;
    }

    @Override
    public void close() {
        long deadline = System.nanoTime() + CLOSE_WAIT_MS * 1_000_000;
        synchronized (made) {
            for (Made<T> m : made) {
                if (mayBeInACall(m.owner(), deadline)) {
                    continue; // left to the process's exit: see the class comment
                }
                try {
                    m.engine().close();
                } catch (Exception e) {
                    // Closing native handles at the end of a run: nothing useful to do with a failure.
                }
            }
            made.clear();
        }
    }

    /** Whether {@code owner} is another thread still running at {@code deadline} (waiting for it until then). */
    private static boolean mayBeInACall(Thread owner, long deadline) {
        if (owner == Thread.currentThread()) {
            return false;
        }
        while (owner.getState() == Thread.State.RUNNABLE) {
            long left = (deadline - System.nanoTime()) / 1_000_000;
            if (left <= 0) {
                return true;
            }
            try {
                owner.join(Math.min(left, 50));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return true;
            }
        }
        return false;
    }
}
