package io.pixelscrub.scrubber.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.pixelscrub.detector.Finding;
import io.pixelscrub.detector.Verdict;
import io.pixelscrub.detector.classify.TextVerdict;
import io.pixelscrub.detector.image.DisplayHints;
import io.pixelscrub.detector.image.RawFrame;
import io.pixelscrub.detector.text.FrameStep;
import io.pixelscrub.detector.text.OcrLine;
import io.pixelscrub.detector.text.ReadLine;
import io.pixelscrub.models.Box;
import io.pixelscrub.scrubber.dicom.InvalidDicomException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Every frame is covered (searched or proven unchanged) or the image fails; unchanged frames take their findings. */
class FrameTextCoverageTest {

    private static final RawFrame FRAME = new RawFrame(4, 4, 1, 8, 8, false, "MONOCHROME2", new byte[16], DisplayHints.NONE);
    private static final ReadLine LINE = new ReadLine(new Box(0, 0, 4, 2), 0.9, new OcrLine("Jane Roe", 0.9), "stored-range");

    @Test
    void aFrameNeitherSearchedNorProvenUnchangedFailsTheImage() {
        FrameTextCoverage coverage = new FrameTextCoverage(f -> FrameStep.whole(List.of()), t -> null, 3);
        coverage.add(0, FRAME);
        coverage.add(1, FRAME);
        InvalidDicomException e = assertThrows(InvalidDicomException.class, coverage::findings);
        assertEquals(2, coverage.covered());
        assertEquals(true, e.getMessage().contains("covered 2 of 3 frames"));
    }

    @Test
    void framesMustComeInOrder() {
        FrameTextCoverage coverage = new FrameTextCoverage(f -> FrameStep.whole(List.of()), t -> null, 3);
        coverage.add(0, FRAME);
        assertThrows(IllegalStateException.class, () -> coverage.add(2, FRAME));
    }

    @Test
    void anUnchangedFrameTakesThePreviousFindingsAndEachTextIsJudgedOnce() throws Exception {
        AtomicInteger judged = new AtomicInteger();
        List<FrameStep> steps = List.of(FrameStep.whole(List.of(LINE)),
                new FrameStep(List.of(LINE), FrameStep.Coverage.UNCHANGED, List.of()),
                new FrameStep(List.of(LINE), FrameStep.Coverage.REGIONS, List.of(new Box(0, 2, 4, 2))));
        AtomicInteger next = new AtomicInteger();
        FrameTextCoverage coverage = new FrameTextCoverage(f -> steps.get(next.getAndIncrement()), t -> {
            judged.incrementAndGet();
            return new TextVerdict(Verdict.PHI, 0.9, "test");
        }, 3);
        for (int i = 0; i < 3; i++) {
            coverage.add(i, FRAME);
        }
        List<Finding> findings = coverage.findings();
        assertEquals(3, findings.size());
        for (int i = 0; i < 3; i++) {
            assertEquals(Set.of(i), findings.get(i).frames());
            assertEquals(Verdict.PHI, findings.get(i).verdict());
        }
        assertEquals(1, judged.get());
    }
}
