package io.pixelscrub.scrubber.timing;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Nanoseconds one file spent in each {@link Stage}: made by the pipeline for the file, filled as it goes through the
 * stages on its worker thread, and returned with its outcome (never shared between files or threads). Its own package,
 * so that analysis, redaction and the pipeline that returns it can all add to it without a package cycle.
 */
public final class StageTimes {
    private final EnumMap<Stage, Long> nanos = new EnumMap<>(Stage.class);

    public void add(Stage stage, long elapsedNanos) {
        if (elapsedNanos > 0) {
            nanos.merge(stage, elapsedNanos, Long::sum);
        }
    }

    /** Adds the time since {@code startNanos} (a {@link System#nanoTime()} reading) and returns the time now. */
    public long lap(Stage stage, long startNanos) {
        long now = System.nanoTime();
        add(stage, now - startNanos);
        return now;
    }

    /** Adds every stage of {@code other}. */
    public void addAll(StageTimes other) {
        if (other != null) {
            other.nanos.forEach(this::add);
        }
    }

    public long nanos(Stage stage) {
        return nanos.getOrDefault(stage, 0L);
    }

    public long totalNanos() {
        return nanos.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Milliseconds by stage label, stages in pipeline order, only those that took time. */
    public Map<String, Double> millis() {
        Map<String, Double> out = new LinkedHashMap<>();
        nanos.forEach((s, n) -> out.put(s.label(), n / 1e6));
        return out;
    }

    @Override
    public String toString() {
        return millis().toString();
    }
}
