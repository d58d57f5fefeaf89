package io.pixelscrub.scrubber.timing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class StageTimesTest {

    @Test
    void sumsByStageAndListsStagesInPipelineOrder() {
        StageTimes t = new StageTimes();
        t.add(Stage.WRITE, 3_000_000);
        t.add(Stage.DECODE, 1_000_000);
        t.add(Stage.DECODE, 2_000_000);
        t.add(Stage.OCR, 0); // nothing spent: not listed
        StageTimes other = new StageTimes();
        other.add(Stage.THUMBNAIL, 500_000);
        other.add(Stage.WRITE, 1_000_000);
        t.addAll(other);

        assertEquals(3_000_000, t.nanos(Stage.DECODE));
        assertEquals(4_000_000, t.nanos(Stage.WRITE));
        assertEquals(0, t.nanos(Stage.OCR));
        assertEquals(7_500_000, t.totalNanos());
        assertEquals(List.of("decode", "write", "thumbnail"), List.copyOf(t.millis().keySet()));
        assertEquals(3.0, t.millis().get("decode"));
    }

    @Test
    void lapAddsTheTimeSinceAStartAndReturnsNow() {
        StageTimes t = new StageTimes();
        long start = System.nanoTime() - 5_000_000; // a start 5 ms ago
        long now = t.lap(Stage.REDACT, start);
        assertEquals(now - start, t.nanos(Stage.REDACT));
    }
}
