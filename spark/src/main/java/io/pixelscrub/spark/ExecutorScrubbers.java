package io.pixelscrub.spark;

import io.pixelscrub.Scrubber;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One {@link Scrubber} per executor JVM and run, made on the first task that needs it and shared by every task thread
 * (the scrubber gives each thread its own text-detection and OCR session), closed when the JVM ends: loading the
 * models once per JVM instead of once per task.
 */
final class ExecutorScrubbers {
    private static final Map<String, Scrubber> OPEN = new ConcurrentHashMap<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(ExecutorScrubbers::closeAll, "pixelscrub-close"));
    }

    private ExecutorScrubbers() {
    }

    static Scrubber of(JobSettings s) {
        return OPEN.computeIfAbsent(s.identity(), k -> {
            try {
                return Scrubber.open(s.scrubberOptions());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    /** Closes the run's scrubber in this JVM (local mode, where the driver is the only executor), if open. */
    static void close(JobSettings s) {
        Scrubber open = OPEN.remove(s.identity());
        if (open != null) {
            open.close();
        }
    }

    static void closeAll() {
        for (String k : OPEN.keySet()) {
            Scrubber s = OPEN.remove(k);
            if (s != null) {
                s.close();
            }
        }
    }
}
