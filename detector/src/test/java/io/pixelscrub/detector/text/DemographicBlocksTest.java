package io.pixelscrub.detector.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pixelscrub.detector.Finding;
import io.pixelscrub.detector.FindingSource;
import io.pixelscrub.detector.Verdict;
import io.pixelscrub.models.Box;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DemographicBlocksTest {

    private static Finding line(String text, Verdict verdict, Box box) {
        return new Finding(box, Set.of(0), FindingSource.DETECTOR, verdict, 0.6, "test", text);
    }

    /** Line boxes as read: 20 px tall, 24 px apart (a film panel); findings carry them grown by a 4 px margin. */
    private static Box row(int k) {
        return new Box(100, 100 + 24 * k, 120, 20);
    }

    private static List<Finding> grown(List<Finding> lines) {
        return lines.stream().map(f -> f.withBox(new Box(f.box().x() - 4, f.box().y() - 4, f.box().width() + 8,
                f.box().height() + 8))).toList();
    }

    @Test
    void aBareNumberInABlockIsPulledInAReadingIsNot() {
        List<Finding> lines = List.of(line("CEREBRAL-INFARCT", Verdict.UNKNOWN, row(0)),
                line("616205", Verdict.PHI, row(1)),
                line("63", Verdict.NOT_PHI, row(2)),
                line("07:32", Verdict.PHI, row(3)),
                line("512x512", Verdict.NOT_PHI, row(4)));
        List<Finding> out = DemographicBlocks.escalate(grown(lines), Set.of(), lines.stream().map(Finding::box).toList());
        assertEquals(Verdict.PHI, out.get(2).verdict(), "an age read as a bare number");
        assertEquals(Verdict.NOT_PHI, out.get(4).verdict(), "a matrix size under the block");
    }

    /** Stacking is judged on the line boxes: margins made a line two rows from the block look stacked on it. */
    @Test
    void aLineTwoRowsAwayIsNotInTheBlock() {
        List<Finding> lines = List.of(line("616205", Verdict.PHI, row(0)),
                line("XQZ", Verdict.UNKNOWN, row(1)),
                line("", Verdict.NOT_PHI, new Box(100, 100 + 48 + 14, 120, 20)),
                line("63", Verdict.NOT_PHI, new Box(100, 100 + 48 + 14 + 34, 120, 20)));
        List<Box> boxes = lines.stream().map(Finding::box).toList();
        List<Finding> wide = lines.stream().map(f -> f.withBox(new Box(f.box().x() - 10, f.box().y() - 10,
                f.box().width() + 20, f.box().height() + 20))).toList();
        List<Finding> out = DemographicBlocks.escalate(wide, Set.of(), boxes);
        assertEquals(Verdict.PHI, out.get(1).verdict());
        assertEquals(Verdict.NOT_PHI, out.get(3).verdict());
    }
}
