package io.pixelscrub.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pixelscrub.scrubber.output.OutOfSpace;
import io.pixelscrub.testdata.RepositoryRoot;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real full disk: OUT lies on a 2 MB tmpfs (mounting needs root; where mount is not permitted, as in an
 * unprivileged container, the test is skipped and says why: {@code OutOfSpaceWriteTest} and {@code OutOfSpaceBatchTest}
 * in scrubber cover the same failure everywhere with a write that fails part-way). A file whose output does not fit
 * gets one line, goes to the quarantine (on another disk) and leaves no temp or partial file in OUT; the files that fit
 * are written; inputs keep their bytes; the run exits 1. On a disk that is already full every file gets its line.
 */
class DiskFullTest {

    @TempDir
    Path tmp;
    Path in;
    Path disk;
    private final List<Path> mounted = new ArrayList<>();

    @BeforeEach
    void inputs() throws Exception {
        in = Files.createDirectories(tmp.resolve("in"));
        Path real = RepositoryRoot.find().resolve("testdata/real");
        Files.copy(real.resolve("pydicom/CT_small_explicitLE.dcm"), in.resolve("a.dcm"));
        Files.copy(real.resolve("deid-data/US_Siemens_S2000_RGB_IMAGE.dcm"), in.resolve("b-big.dcm"));   // 2.4 MB
        Files.copy(real.resolve("pydicom/MR_small_implicitLE.dcm"), in.resolve("c.dcm"));
        disk = mountSmallDisk(tmp.resolve("disk"));
    }

    @AfterEach
    void unmount() throws Exception {
        for (Path m : mounted) {
            command("umount", m.toString());
        }
    }

    @Test
    void anOutputThatDoesNotFitIsOneLineAndTheRestIsWritten() throws Exception {
        Map<Path, String> before = ScrubCommandTest.digests(in);
        Path out = disk.resolve("out");
        CliRun r = scrub(out);
        assertEquals(1, r.code(), r.out() + r.err());
        assertEquals(List.of("pixelscrub: " + in.resolve("b-big.dcm") + ": " + OutOfSpace.REASON), r.err().lines().toList());
        assertTrue(r.out().contains("3 file(s): 0 scrubbed, 2 clean-untouched, 1 quarantined;"), r.out());
        assertEquals(List.of(out.resolve("a.dcm"), out.resolve("c.dcm")), files(out), "no temp or partial file in OUT");
        assertEquals(List.of(tmp.resolve("q/b-big.dcm"), tmp.resolve("q/b-big.dcm.reason.txt")), files(tmp.resolve("q")));
        assertEquals(before, ScrubCommandTest.digests(in), "inputs keep their bytes");
    }

    @Test
    void onAFullDiskEveryFileGetsItsLine() throws Exception {
        try (OutputStream filler = Files.newOutputStream(disk.resolve("filler"))) {
            byte[] block = new byte[64 * 1024];
            while (true) {
                filler.write(block);
            }
        } catch (IOException e) {
            assertTrue(OutOfSpace.is(e), "the disk is full: " + e);
        }
        Path out = disk.resolve("out");
        CliRun r = scrub(out);
        assertEquals(1, r.code(), r.out() + r.err());
        assertEquals(List.of("a.dcm", "b-big.dcm", "c.dcm").stream()
                .map(f -> "pixelscrub: " + in.resolve(f) + ": " + OutOfSpace.REASON).toList(), r.err().lines().sorted().toList());
        assertEquals(List.of(), files(out), "nothing in OUT");
    }

    private CliRun scrub(Path out) {
        return CliRun.of("scrub", in.toString(), "-o", out.toString(), "--audit", tmp.resolve("store.sqlite").toString(),
                "--quarantine", tmp.resolve("q").toString(), "--detect", "templates,overlays", "--threads", "1");
    }

    /** A 2 MB tmpfs at {@code dir}, or the test is skipped with the reason mount gave. */
    private Path mountSmallDisk(Path dir) throws Exception {
        Files.createDirectories(dir);
        String[] result = command("mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", dir.toString());
        Assumptions.assumeTrue(result[0].equals("0"), () -> "a 2 MB tmpfs cannot be mounted here (mount needs root and a "
                + "container that permits it), so the real full disk is not tested; OutOfSpaceWriteTest covers it: " + result[1]);
        mounted.add(dir);
        return dir;
    }

    private static String[] command(String... cmd) throws Exception {
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return new String[] {"timeout", output};
            }
            return new String[] {String.valueOf(p.exitValue()), output};
        } catch (IOException e) {   // no mount command at all
            return new String[] {"missing", e.getMessage()};
        }
    }

    private static List<Path> files(Path dir) throws Exception {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> !Files.isDirectory(p)).sorted().toList();
        }
    }
}
