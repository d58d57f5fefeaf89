package io.pixelscrub.scrubber.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pixelscrub.scrubber.RealFiles;
import io.pixelscrub.scrubber.output.AtomicFile;
import io.pixelscrub.scrubber.output.FullDiskStream;
import io.pixelscrub.scrubber.output.OutOfSpace;
import io.pixelscrub.scrubber.output.Quarantine;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One output of a batch cannot be written because the disk is full (the write fails part-way with "No space left on
 * device"): that file gets one clean reason and goes to the quarantine, no temp or partial file is left in OUT, the
 * input keeps its bytes, and the other files are written.
 */
class OutOfSpaceBatchTest {

    @TempDir
    Path tmp;

    @Test
    void aWriteThatRunsOutOfSpaceIsOneCleanFailureAndTheBatchGoesOn() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.copy(RealFiles.path("pydicom/CT_small_explicitLE.dcm"), in.resolve("a-ct.dcm"));
        Files.copy(RealFiles.path("pydicom/MR_small_implicitLE.dcm"), in.resolve("b-full.dcm"));
        Files.copy(RealFiles.path("pydicom/CT_small_explicitLE.dcm"), in.resolve("c-ct.dcm"));
        Map<String, String> before = InputGuardTest.digests(in);
        Path out = tmp.resolve("out");
        FileScrubber scrubber = new FileScrubber(List.of(), (list, cleaned) -> { });
        // b-full.dcm meets a full disk after 2,000 bytes of its output; the others are written as usual.
        FileProcessor writer = (input, target, known, extra) -> {
            if (!input.getFileName().toString().equals("b-full.dcm")) {
                return scrubber.scrub(input, target, known, extra);
            }
            AtomicFile.write(target, temp -> {
                try (InputStream i = Files.newInputStream(input); OutputStream o = new FullDiskStream(Files.newOutputStream(temp), 2_000)) {
                    i.transferTo(o);
                }
            });
            throw new AssertionError("the write should have failed");
        };
        List<FileOutcome> outcomes = new BatchScrubber(scrubber, writer, out, new Quarantine(tmp.resolve("q")),
                BatchScrubber.Mode.WRITE, 2, null).run(InputFiles.expand(List.of(in), List.of()), new BatchScrubber.Listener() {
                    @Override
                    public void started(int total) { }

                    @Override
                    public void finished(FileOutcome outcome) { }
                });

        FileOutcome full = outcomes.stream().filter(o -> o.input().getFileName().toString().equals("b-full.dcm")).findFirst()
                .orElseThrow();
        assertEquals(FileStatus.QUARANTINED, full.status());
        assertEquals(OutOfSpace.REASON, full.reason());
        assertNotNull(full.output(), "the quarantine (another disk here) holds the original");
        assertEquals(before.get("b-full.dcm"), InputGuardTest.digests(tmp.resolve("q")).get("b-full.dcm"));
        assertEquals(List.of(out.resolve("a-ct.dcm"), out.resolve("c-ct.dcm")), files(out), "only the complete outputs");
        assertTrue(outcomes.stream().filter(o -> o != full).allMatch(o -> !o.status().failed()), outcomes.toString());
        assertEquals(before, InputGuardTest.digests(in), "inputs keep their bytes");
    }

    private static List<Path> files(Path dir) throws Exception {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> !Files.isDirectory(p)).sorted().toList();   // a .partial file would be listed here
        }
    }
}
