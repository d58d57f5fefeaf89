package io.pixelscrub.scrubber.pipeline;

import io.pixelscrub.scrubber.limit.FileBudget;
import io.pixelscrub.scrubber.limit.RunLimits;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Runs one step per file on a fixed number of worker threads, each file under its {@link FileBudget}. A watchdog (the
 * calling thread) gives up on a file that runs past its time: the file gets {@code onTimeout}'s result, its worker is
 * interrupted and retired, and a fresh worker takes its place, so a file stuck in native code (which cannot be
 * stopped from Java) costs one thread, never the batch. Workers are long-lived because the text engines are per
 * thread ({@code PerThread}).
 *
 * <p>Each file ends exactly once, in {@code finish}: on its worker when it completes in time (under a fresh budget, so
 * the report's thumbnails and tool calls are limited too), or on the watchdog when it does not.
 */
final class TimeLimitedRunner {
    private static final long WATCH_INTERVAL_MS = 50;

    private final int threads;
    private final RunLimits limits;

    TimeLimitedRunner(int threads, RunLimits limits) {
        this.threads = Math.max(1, threads);
        this.limits = limits;
    }

    /** One file in flight: the budget it runs under and the worker running it. */
    private static final class Slot {
        volatile FileBudget budget;
        volatile Thread worker;
    }

    /**
     * @param spentMs   time a file already spent in an earlier pass (counts against its limit)
     * @param attempt   the work; must not throw (failures are results)
     * @param onTimeout the result of a file given up on
     * @param finish    turns a result into the file's final answer (quarantine, listener); called once per file
     */
    <T, R> List<R> run(List<InputFiles.Entry> files, ToLongFunction<InputFiles.Entry> spentMs,
                       Function<InputFiles.Entry, T> attempt, Function<InputFiles.Entry, T> onTimeout,
                       BiFunction<InputFiles.Entry, T, R> finish) throws InterruptedException {
        int n = files.size();
        List<R> results = new ArrayList<>(java.util.Collections.nCopies(n, null));
        Slot[] slots = new Slot[n];
        for (int i = 0; i < n; i++) {
            slots[i] = new Slot();
        }
        BlockingQueue<Integer> todo = new LinkedBlockingQueue<>();
        for (int i = 0; i < n; i++) {
            todo.add(i);
        }
        BlockingQueue<Integer> completed = new LinkedBlockingQueue<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Runnable loop = new Runnable() {
            @Override
            public void run() {
                Integer i;
                while (failure.get() == null && (i = todo.poll()) != null) {
                    Slot slot = slots[i];
                    slot.worker = Thread.currentThread();
                    Thread.interrupted(); // an interrupt meant for an earlier file ends here
                    InputFiles.Entry e = files.get(i);
                    FileBudget budget = FileBudget.start(limits, spentMs.applyAsLong(e));
                    slot.budget = budget;
                    T result;
                    try {
                        result = budget.apply(() -> attempt.apply(e));
                    } catch (Throwable t) {
                        if (budget.finish()) {
                            failure.compareAndSet(null, t);
                            completed.add(i);
                        }
                        return; // a bug, not a file problem: the batch stops
                    }
                    if (!budget.finish()) {
                        return; // the watchdog gave up on this file and has replaced this worker
                    }
                    slot.budget = null;
                    try {
                        results.set(i, FileBudget.start(limits, 0).apply(() -> finish.apply(e, result)));
                    } catch (Throwable t) {
                        failure.compareAndSet(null, t);
                    }
                    completed.add(i);
                }
            }
        };
        for (int t = 0; t < Math.min(threads, n); t++) {
            start(loop);
        }
        int done = 0;
        while (done < n && failure.get() == null) {
            Integer c = completed.poll(WATCH_INTERVAL_MS, TimeUnit.MILLISECONDS);
            while (c != null) {
                done++;
                c = completed.poll();
            }
            for (int i = 0; i < n; i++) {
                FileBudget b = slots[i].budget;
                if (b != null && b.overdue() && b.expire()) {
                    slots[i].budget = null;
                    Thread stuck = slots[i].worker;
                    stuck.interrupt();
                    start(loop); // the stuck worker returns from its file without taking another
                    InputFiles.Entry e = files.get(i);
                    try {
                        results.set(i, finish.apply(e, onTimeout.apply(e)));
                    } catch (RuntimeException ex) {
                        failure.compareAndSet(null, ex);
                    }
                    done++;
                }
            }
        }
        if (failure.get() != null) {
            throw new IllegalStateException("worker failed outside the per-file guard", failure.get());
        }
        return results;
    }

    private static Thread start(Runnable loop) {
        Thread t = new Thread(loop, "pixelscrub-worker");
        t.setDaemon(true);
        t.start();
        return t;
    }
}
