package io.pixelscrub.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pixelscrub.testdata.RepositoryRoot;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crashers the fuzzers found, scrubbed in a batch with a good file: each is quarantined with one line and the batch goes
 * on (exit 1). The first, a JPEG 2000 frame whose tile-part length jai-imageio does not support, made its decoder throw
 * an {@code Error} ({@code jj2000.j2k.NotImplementedError}), which escaped the per-file guard and ended the whole batch
 * with exit 3 ("internal error"), the good file unwritten. OpenJPEG, which decodes JPEG 2000 in-process where
 * libopenjp2 loads, refuses the same frame with its own reason.
 */
class FuzzFindingsBatchTest {

    private static final String SEEDS = "scrubber/src/test/resources/io/pixelscrub/scrubber/codec/DicomReaderFuzzTestInputs/openAndDecode/";

    @TempDir
    Path tmp;

    @Test
    void eachCrasherIsQuarantinedAndTheBatchGoesOn() throws Exception {
        Path root = RepositoryRoot.find();
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.copy(root.resolve(SEEDS + "crash-j2k-tile-length-NotImplementedError"), in.resolve("j2k-tile.dcm"));
        Files.copy(root.resolve("testdata/real/pydicom/MR_small_RLE.dcm"), in.resolve("good.dcm"));
        Path out = tmp.resolve("out");
        CliRun r = CliRun.of("scrub", in.toString(), "-o", out.toString(), "--key", "fuzz-findings-key-0123456", "--threads", "2");
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("j2k-tile.dcm: corrupt compressed frame 1 (NotImplementedError)")
                || r.err().contains("j2k-tile.dcm: corrupt compressed frame 1 (JPEG 2000: Tile part length size inconsistent"), r.err());
        assertEquals(1, r.err().lines().filter(l -> l.startsWith("pixelscrub: ")).count(), r.err());
        assertTrue(Files.isRegularFile(out.resolve("good.dcm")), "the good file is written");
        assertTrue(Files.isRegularFile(tmp.resolve("out-quarantine/j2k-tile.dcm")), "the crasher is quarantined");
    }
}
