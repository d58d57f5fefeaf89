package io.pixelscrub.scrubber.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * One instance of a costly, thread-confined engine (an ONNX session, a Tesseract handle) per worker thread,
 * made on first use and closed together at the end of the run.
 */
public final class PerThread<T extends AutoCloseable> implements AutoCloseable {
    private final Supplier<T> factory;
    private final ThreadLocal<T> local = new ThreadLocal<>();
    private final List<T> made = new ArrayList<>();

    public PerThread(Supplier<T> factory) {
        this.factory = factory;
    }

    public T get() {
        T t = local.get();
        if (t == null) {
            t = factory.get();
            local.set(t);
            synchronized (made) {
                made.add(t);
            }
        }
        return t;
    }

    @Override
    public void close() {
        synchronized (made) {
            for (T t : made) {
                try {
                    t.close();
                } catch (Exception e) {
                    // Closing native handles at the end of a run: nothing useful to do with a failure.
                }
            }
            made.clear();
        }
    }
}
