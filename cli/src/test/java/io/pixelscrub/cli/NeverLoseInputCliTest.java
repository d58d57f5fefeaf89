package io.pixelscrub.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pixelscrub.testdata.RepositoryRoot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Paths the user names that would write over an input are refused before anything is written: an output folder that
 * is a symbolic link into an input folder, a report or quarantine that is an input. Bad limits are refused too.
 */
class NeverLoseInputCliTest {

    @TempDir
    Path tmp;
    Path in;
    Map<Path, String> before;

    @BeforeEach
    void inputs() throws Exception {
        in = Files.createDirectories(tmp.resolve("in"));
        Files.copy(RepositoryRoot.find().resolve("testdata/real/pydicom/CT_small_explicitLE.dcm"), in.resolve("ct.dcm"));
        before = ScrubCommandTest.digests(in);
    }

    private void refused(String expected, String... args) throws Exception {
        CliRun r = CliRun.of(args);
        assertEquals(2, r.code(), r.out() + r.err());
        assertTrue(r.err().contains(expected), r.err());
        assertEquals(before, ScrubCommandTest.digests(in), "the input folder is as it was");
    }

    @Test
    void outputLinkedIntoTheInputIsRefused() throws Exception {
        Path link = tmp.resolve("out-link");
        Files.createSymbolicLink(link, in);
        refused("inside an input folder", "scrub", in.toString(), "-o", link.resolve("out").toString(),
                "--detect", "templates,overlays");
    }

    @Test
    void reportOverAnInputIsRefused() throws Exception {
        Path link = tmp.resolve("report-link.json");
        Files.createSymbolicLink(link, in.resolve("ct.dcm"));
        refused("resolves to an input file", "scrub", in.toString(), "-o", tmp.resolve("out").toString(),
                "--report", link.toString(), "--detect", "templates,overlays");
        refused("resolves to an input file", "scan", in.toString(), "--report", in.resolve("ct.dcm").toString(),
                "--detect", "templates,overlays");
    }

    @Test
    void quarantineInsideTheInputIsRefused() throws Exception {
        refused("quarantine folder is inside an input folder", "scrub", in.toString(), "-o", tmp.resolve("out").toString(),
                "--quarantine", in.resolve("q").toString(), "--detect", "templates,overlays");
    }

    @Test
    void negativeLimitsAreRefused() throws Exception {
        refused("--file-time-limit", "scrub", in.toString(), "-o", tmp.resolve("out").toString(), "--file-time-limit", "-1");
        refused("--max-pixels-per-frame", "scan", in.toString(), "--report", tmp.resolve("r.json").toString(),
                "--max-pixels-per-frame", "0");
    }
}
