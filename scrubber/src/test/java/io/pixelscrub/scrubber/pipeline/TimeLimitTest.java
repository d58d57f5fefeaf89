package io.pixelscrub.scrubber.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pixelscrub.scrubber.RealFiles;
import io.pixelscrub.scrubber.codec.ExternalTool;
import io.pixelscrub.scrubber.dicom.InvalidDicomException;
import io.pixelscrub.scrubber.limit.FileBudget;
import io.pixelscrub.scrubber.limit.RunLimits;
import io.pixelscrub.scrubber.output.AtomicFile;
import io.pixelscrub.scrubber.output.Quarantine;
import io.pixelscrub.testdata.env.RequiredTools;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file that takes too long is quarantined with one line and the batch goes on, even when its worker ignores
 * interruption (as native code does); the worker can no longer write an output once the file was given up on; a
 * native tool call gets the time the file has left.
 */
class TimeLimitTest {

    @TempDir
    Path tmp;

    @Test
    void aHungFileIsQuarantinedAndTheBatchGoesOn() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        for (String name : List.of("a.dcm", "hang.dcm", "b.dcm", "c.dcm")) {
            Files.copy(RealFiles.path("pydicom/CT_small_explicitLE.dcm"), in.resolve(name));
        }
        Path out = tmp.resolve("out");
        FileScrubber real = new FileScrubber(List.of(), (list, cleaned) -> { });
        FileProcessor hangsOnOne = (input, output, known, extra) -> {
            if (!input.getFileName().toString().equals("hang.dcm")) {
                return real.scrub(input, output, known, extra);
            }
            sleepIgnoringInterrupts(3000);   // what a call into native code does: no interruption point
            AtomicFile.write(output, temp -> Files.writeString(temp, "late output"));
            return real.scrub(input, output, known, extra);
        };
        BatchScrubber batch = new BatchScrubber(real, hangsOnOne, out, new Quarantine(tmp.resolve("q")),
                BatchScrubber.Mode.WRITE, 2, null).limits(new RunLimits(Duration.ofSeconds(1),
                RunLimits.DEFAULT_MAX_PIXELS_PER_FRAME, RunLimits.DEFAULT_MAX_PIXELS_PER_FILE));
        long t0 = System.nanoTime();
        List<FileOutcome> outcomes = batch.run(InputFiles.expand(List.of(in), List.of()), new BatchScrubber.Listener() {
            @Override
            public void started(int total) { }

            @Override
            public void finished(FileOutcome outcome) { }
        });
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(ms < 2500, "the batch waited for the hung file: " + ms + " ms");
        for (FileOutcome o : outcomes) {
            if (o.input().getFileName().toString().equals("hang.dcm")) {
                assertEquals(FileStatus.QUARANTINED, o.status());
                assertEquals("took longer than the per-file time limit (1 s)", o.reason());
                assertTrue(Files.isRegularFile(tmp.resolve("q/hang.dcm")));
            } else {
                assertEquals(FileStatus.CLEAN_UNTOUCHED, o.status(), o.input() + ": " + o.reason());
            }
        }
        sleepIgnoringInterrupts(3500);   // the hung worker wakes up and tries to write
        assertFalse(Files.exists(out.resolve("hang.dcm")), "a file given up on must never get an output");
        try (Stream<Path> s = Files.list(out)) {
            assertEquals(List.of("a.dcm", "b.dcm", "c.dcm"), s.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no temporary file is left in the output folder");
        }
    }

    @Test
    void aNativeToolGetsWhatIsLeftOfTheFilesTime() throws Exception {
        RequiredTools.onPath("a native call that outlives its file's time", "coreutils", "sleep");
        FileBudget budget = FileBudget.start(new RunLimits(Duration.ofSeconds(1), 1000, 1000), 0);
        long t0 = System.nanoTime();
        InvalidDicomException e = assertThrows(InvalidDicomException.class,
                () -> budget.apply(() -> {
                    ExternalTool.run("sleep", List.of("30"));
                    return null;
                }));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(ms < 5000, "the tool ran " + ms + " ms");
        assertEquals("took longer than the per-file time limit (1 s)", e.getMessage());
    }

    private static void sleepIgnoringInterrupts(long ms) {
        long end = System.nanoTime() + ms * 1_000_000;
        while (System.nanoTime() < end) {
            try {
                Thread.sleep(Math.max(1, (end - System.nanoTime()) / 1_000_000));
            } catch (InterruptedException ignored) {
                // carry on, as native code would
            }
        }
    }
}
