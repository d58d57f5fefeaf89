package io.pixelscrub.scrubber.analysis;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * Engines are closed at the end of a run, except one whose thread is still running a call (a worker given up on for
 * its time limit, stuck in native code): closing it there freed memory under the call.
 */
class PerThreadTest {

    /** A stand-in engine that only records being closed. */
    private static final class Engine implements AutoCloseable {
        final AtomicBoolean closed = new AtomicBoolean();

        @Override
        public void close() {
            closed.set(true);
        }
    }

    @Test
    void closesTheEnginesOfFinishedParkedAndOwnThreadsButNotOfAThreadStillRunning() throws Exception {
        PerThread<Engine> engines = new PerThread<>(Engine::new);
        Engine own = engines.get();

        Engine[] finished = new Engine[1];
        Thread done = new Thread(() -> finished[0] = engines.get());
        done.start();
        done.join();

        Engine[] parked = new Engine[1];
        CountDownLatch got = new CountDownLatch(2);
        CountDownLatch release = new CountDownLatch(1);
        Thread waiting = new Thread(() -> {
            parked[0] = engines.get();
            got.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });

        Engine[] busy = new Engine[1];
        AtomicBoolean stop = new AtomicBoolean();
        Thread running = new Thread(() -> {
            busy[0] = engines.get();
            got.countDown();
            long spin = 0;
            while (!stop.get()) {
                spin++; // stands for a native call that does not return
            }
            assertTrue(spin >= 0);
        });
        waiting.start();
        running.start();
        got.await();
        while (waiting.getState() != Thread.State.WAITING) {
            Thread.onSpinWait();
        }
        try {
            engines.close();
            assertTrue(own.closed.get(), "the closing thread's own engine");
            assertTrue(finished[0].closed.get(), "the engine of a thread that has ended");
            assertTrue(parked[0].closed.get(), "the engine of a thread waiting outside any call");
            assertFalse(busy[0].closed.get(), "the engine of a thread still running was closed under it");
        } finally {
            stop.set(true);
            release.countDown();
            running.join();
            waiting.join();
        }
    }
}
