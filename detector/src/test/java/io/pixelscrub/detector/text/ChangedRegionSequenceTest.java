package io.pixelscrub.detector.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pixelscrub.models.Box;
import java.awt.Color;
import java.awt.Font;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A cine is searched once: a frame identical to the previous one is not searched at all and has its lines; a frame
 * where one line appeared is searched only around it, keeps the other lines, and finds the new one whole.
 */
class ChangedRegionSequenceTest {

    private static PixelTextReader reader;

    @BeforeAll
    static void open() {
        reader = PixelTextReader.open(TextEngineConfig.defaults());
    }

    @AfterAll
    static void close() {
        reader.close();
    }

    /** A 640x480 frame over anatomy with a header line and a label; {@code extra} adds a line low on the left. */
    private static Scene frame(boolean extra) {
        Scene s = new Scene(640, 480, SceneBackground.ANATOMY, 5);
        s.text("SMITH^JOHN 03/14/1960", "DejaVu Sans", Font.PLAIN, 16, Color.WHITE, true, 20, 30);
        s.text("Gain 54 dB", "Liberation Sans", Font.PLAIN, 16, Color.WHITE, true, 480, 30);
        if (extra) {
            s.text("ACC 4471234", "Liberation Mono", Font.PLAIN, 16, Color.WHITE, true, 40, 430);
        }
        return s;
    }

    @Test
    void anUnchangedFrameIsNotSearchedAndAChangedOneOnlyWhereItChanged() {
        FrameSequence sequence = reader.sequence();
        Scene plain = frame(false);
        FrameStep first = sequence.next(plain.grey8());
        assertEquals(FrameStep.Coverage.WHOLE, first.coverage());
        for (Scene.Drawn d : plain.drawn()) {
            assertEquals(0, Coverage.uncovered(d.truth(), boxes(first)), d.text() + " on the first frame");
        }

        FrameStep same = sequence.next(plain.grey8());
        assertEquals(FrameStep.Coverage.UNCHANGED, same.coverage());
        assertEquals(first.lines(), same.lines());

        Scene changed = frame(true);
        FrameStep step = sequence.next(changed.grey8());
        assertEquals(FrameStep.Coverage.REGIONS, step.coverage());
        long searched = step.searched().stream().mapToLong(Box::area).sum();
        assertTrue(searched <= 640 * 480 / 4, "searched " + searched + " px of a 640x480 frame for one new line");
        Scene.Drawn added = changed.drawn().get(2);
        assertTrue(step.searched().stream().anyMatch(r -> r.contains(added.truth())), "the new line's region was searched");
        for (Scene.Drawn d : changed.drawn()) {
            assertEquals(0, Coverage.uncovered(d.truth(), boxes(step)), d.text() + " after the change");
        }
        // The lines away from the change are the first frame's, not searched again.
        for (ReadLine l : first.lines()) {
            assertTrue(step.lines().contains(l), "kept " + l.box());
        }
    }

    private static List<Box> boxes(FrameStep step) {
        return step.lines().stream().map(ReadLine::box).toList();
    }
}
