package io.pixelscrub.cli;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Peak memory of one phase of the bench: the most heap in use (sampled every 20 ms, garbage included), the most heap
 * still live after a collection (from the collector's notifications), and the process's peak resident set
 * ({@code VmHWM} in {@code /proc/self/status}, reset at the start through {@code /proc/self/clear_refs} where the kernel
 * allows it; where it does not, the peak since the JVM started).
 */
final class BenchMemory implements AutoCloseable {

    /** What one phase peaked at, in bytes; {@code rssReset}: whether the RSS peak is this phase's alone. */
    record Peaks(long heapUsed, long heapLiveAfterGc, long rss, boolean rssReset) { }

    private final AtomicLong heapUsed = new AtomicLong();
    private final AtomicLong liveAfterGc = new AtomicLong();
    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private final NotificationListener listener = this::onGc;
    private final Thread sampler;
    private final boolean rssReset;
    private volatile boolean running = true;

    private BenchMemory() {
        System.gc(); // start from the live set, not the previous phase's garbage
        rssReset = resetRssPeak();
        for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter e) {
                e.addNotificationListener(listener, null, null);
                emitters.add(e);
            }
        }
        sampler = new Thread(() -> {
            while (running) {
                heapUsed.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "bench-memory");
        sampler.setDaemon(true);
        sampler.start();
    }

    static BenchMemory start() {
        return new BenchMemory();
    }

    private void onGc(Notification n, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
            return;
        }
        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
        // Non-heap pools (metaspace, code cache) are in the map too: take the heap pools only.
        long heapLive = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            MemoryUsage u = info.getGcInfo().getMemoryUsageAfterGc().get(pool.getName());
            if (u != null && pool.getType() == MemoryType.HEAP) {
                heapLive += u.getUsed();
            }
        }
        liveAfterGc.accumulateAndGet(heapLive, Math::max);
    }

    /** Stops watching and returns the peaks. */
    Peaks stop() {
        running = false;
        sampler.interrupt();
        heapUsed.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
        close();
        return new Peaks(heapUsed.get(), liveAfterGc.get(), rssPeak(), rssReset);
    }

    @Override
    public void close() {
        running = false;
        for (NotificationEmitter e : emitters) {
            try {
                e.removeNotificationListener(listener);
            } catch (ListenerNotFoundException ignored) {
                // already removed
            }
        }
        emitters.clear();
    }

    /** Linux: writing 5 to clear_refs resets VmHWM to the current RSS. */
    private static boolean resetRssPeak() {
        try {
            Files.writeString(Path.of("/proc/self/clear_refs"), "5");
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** VmHWM in bytes, or -1 where /proc is not there. */
    static long rssPeak() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }
}
