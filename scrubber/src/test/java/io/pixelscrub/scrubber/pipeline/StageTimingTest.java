package io.pixelscrub.scrubber.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pixelscrub.detector.Finding;
import io.pixelscrub.detector.FindingSource;
import io.pixelscrub.detector.Verdict;
import io.pixelscrub.models.Box;
import io.pixelscrub.scrubber.timing.Stage;
import io.pixelscrub.testdata.env.RequiredTools;
import io.pixelscrub.testdata.large.LargeImages;
import io.pixelscrub.testdata.synthetic.dicom.Encoding;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The per-file stage record the pipeline returns with each outcome: a redacted file has time in every stage it went
 * through (read, decode, redact, encode, write) and none in the stages it skipped (no text detection here);
 * the stages sum to no more than the file's wall time. Nothing here asserts a speed.
 */
class StageTimingTest {

    @TempDir
    Path tmp;

    @ParameterizedTest
    @EnumSource(value = Encoding.class, names = {"EXPLICIT_LE", "RLE"})
    void aRedactedFileReportsEachStageItWentThrough(Encoding encoding) throws Exception {
        if (!encoding.isNative()) {
            RequiredTools.encodersAndDecoders();
        }
        LargeImages.Written w = LargeImages.cine(tmp.resolve("in.dcm"), 3, 320, 240, encoding, 5);
        Box bar = new Box(0, 0, w.headerBar().width(), w.headerBar().height());
        FileScrubber scrubber = new FileScrubber(List.of((h, rows, cols) -> List.of(new Finding(bar, Set.of(),
                FindingSource.TEMPLATE, Verdict.PHI, 1.0, "test bar"))), (list, cleaned) -> { });

        long t0 = System.nanoTime();
        FileOutcome o = scrubber.scrub(w.file(), tmp.resolve("out.dcm"));
        long wall = System.nanoTime() - t0;

        assertEquals(FileStatus.SCRUBBED, o.status());
        EnumSet<Stage> spent = EnumSet.noneOf(Stage.class);
        for (Stage s : Stage.values()) {
            if (o.stages().nanos(s) > 0) {
                spent.add(s);
            }
        }
        EnumSet<Stage> passed = EnumSet.of(Stage.READ, Stage.DECODE, Stage.REDACT, Stage.ENCODE, Stage.HEADER, Stage.WRITE);
        assertTrue(passed.containsAll(spent), "only the stages the file went through: " + o.stages());
        // The header step here does nothing and may take no measurable time; every other one reads, fills or writes.
        assertTrue(spent.containsAll(EnumSet.of(Stage.READ, Stage.DECODE, Stage.REDACT, Stage.ENCODE, Stage.WRITE)),
                o.stages().toString());
        assertTrue(o.stages().totalNanos() <= wall, "stages are parts of the file's time, counted once");
    }
}
