package io.pixelscrub.scrubber.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pixelscrub.scrubber.dicom.PixelModule;
import java.io.InterruptedIOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Frames that fit the budget together are read together; one larger than the budget is read alone. */
@Timeout(60)
class FrameMemoryGateTest {
    private static final long MB = 1 << 20;

    @Test
    void framesThatFitTogetherDoNotWait() throws Exception {
        FrameMemoryGate gate = new FrameMemoryGate(10 * MB);
        try (FrameMemoryGate.Held a = gate.hold(4 * MB); FrameMemoryGate.Held b = gate.hold(4 * MB)) {
            assertTrue(a != b); // both held at once (a wait here would never end: the test's timeout fails it)
        }
    }

    @Test
    void aFrameLargerThanTheBudgetIsReadAlone() throws Exception {
        FrameMemoryGate gate = new FrameMemoryGate(10 * MB);
        FrameMemoryGate.Held big = gate.hold(100 * MB);
        AtomicBoolean small = new AtomicBoolean();
        CountDownLatch asking = new CountDownLatch(1);
        Thread other = new Thread(() -> {
            asking.countDown();
            try (FrameMemoryGate.Held h = gate.hold(MB)) {
                small.set(true);
            } catch (InterruptedIOException e) {
                throw new AssertionError(e);
            }
        });
        other.start();
        asking.await();
        other.join(300);
        assertFalse(small.get(), "a small frame waits while the large one is read");
        big.close();
        other.join();
        assertTrue(small.get(), "and goes once it is done");
    }

    @Test
    void aWorkerInterruptedWhileWaitingGivesUp() throws Exception {
        FrameMemoryGate gate = new FrameMemoryGate(MB);
        FrameMemoryGate.Held all = gate.hold(MB);
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread other = new Thread(() -> {
            try (FrameMemoryGate.Held h = gate.hold(MB)) {
                thrown.set(new AssertionError("should have waited"));
            } catch (InterruptedIOException e) {
                thrown.set(e);
            }
        });
        other.start();
        other.interrupt();
        other.join(TimeUnit.SECONDS.toMillis(30));
        assertTrue(thrown.get() instanceof InterruptedIOException, String.valueOf(thrown.get()));
        all.close();
    }

    @Test
    void theWorkingSetGrowsWithPixelsAndSampleSize() {
        PixelModule large = module(4000, 5000, 16);
        PixelModule us = module(480, 640, 8);
        assertEquals(20_000_000L * 2 * 2 + 20_000_000L * 6, FrameMemoryGate.workingSet(large));
        assertTrue(FrameMemoryGate.workingSet(us) < 3 * MB);
    }

    private static PixelModule module(int rows, int columns, int bits) {
        return new PixelModule(rows, columns, 1, bits, bits, bits - 1, 0, 0, "MONOCHROME2", 1);
    }
}
