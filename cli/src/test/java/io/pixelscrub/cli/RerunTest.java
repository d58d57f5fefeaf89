package io.pixelscrub.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pixelscrub.testdata.RepositoryRoot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A second scrub into an OUT that holds files: refused without a choice; {@code --resume} keeps what an earlier run
 * finished (input and output unchanged) and does the rest; {@code --force} does everything again. Either way a file
 * ends up in OUT or in the quarantine, never both, and OUT holds no temporary file of an interrupted run.
 */
class RerunTest {

    private static final String KEY = "rerun-test-key-0123456789";

    @TempDir
    Path tmp;
    Path real;
    Path in;
    Path out;

    @BeforeEach
    void firstRun() throws Exception {
        real = RepositoryRoot.find().resolve("testdata/real");
        in = Files.createDirectories(tmp.resolve("in"));
        Files.copy(real.resolve("pydicom/CT_small_explicitLE.dcm"), in.resolve("ct.dcm"));
        Files.copy(real.resolve("pydicom/MR_small_implicitLE.dcm"), in.resolve("mr.dcm"));
        Files.copy(real.resolve("wg04/US1_RLE.dcm"), in.resolve("us.dcm"));
        out = tmp.resolve("out");
        CliRun r = scrub();
        assertEquals(0, r.code(), r.err());
    }

    private CliRun scrub(String... extra) {
        String[] base = {"scrub", in.toString(), "-o", out.toString(), "--detect", "templates,overlays", "--key", KEY,
            "--threads", "2"};
        return CliRun.of(StoreConsistencyCliTest.concat(base, extra));
    }

    @Test
    void aSecondRunWithoutAChoiceIsRefusedAndChangesNothing() throws Exception {
        Map<Path, String> before = ScrubCommandTest.digests(tmp);
        CliRun r = scrub();
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("pixelscrub: the output folder " + out + " already holds 3 file(s)"), r.err());
        assertTrue(r.err().contains("--resume") && r.err().contains("--force"), r.err());
        assertEquals(before, ScrubCommandTest.digests(tmp), "nothing written: outputs, quarantine, store");
        assertEquals(2, scrub("--resume", "--force").code(), "the two choices exclude each other");
    }

    @Test
    void resumeKeepsFinishedOutputsAndRedoesTheRest() throws Exception {
        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        for (String f : new String[] {"ct.dcm", "mr.dcm", "us.dcm"}) {
            Files.setLastModifiedTime(out.resolve(f), old);
        }
        Map<Path, String> first = ScrubCommandTest.digests(out);
        Files.delete(out.resolve("us.dcm"));                                        // lost: done again
        Files.copy(real.resolve("pydicom/MR_small_bigendian.dcm"), in.resolve("mr.dcm"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);                   // input changed: done again
        Path partial = out.resolve(".ct.dcm.0000.partial");
        Files.writeString(partial, "left by a killed run");

        CliRun r = scrub("--resume");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("1 already done"), r.out());
        assertTrue(r.out().contains("resumed: 1 file(s) an earlier run finished were kept"), r.out());
        assertTrue(r.out().contains("1 temporary file(s) of an interrupted run were removed"), r.out());
        assertEquals(old, Files.getLastModifiedTime(out.resolve("ct.dcm")), "the finished output is not written again");
        assertEquals(first.get(Path.of("us.dcm")), ScrubCommandTest.digests(out).get(Path.of("us.dcm")),
                "the lost output is made again, byte for byte");
        assertNotEquals(first.get(Path.of("mr.dcm")), ScrubCommandTest.digests(out).get(Path.of("mr.dcm")),
                "the changed input is scrubbed again");
        assertFalse(Files.exists(partial));

        Files.write(out.resolve("ct.dcm"), new byte[] {1, 2, 3}, java.nio.file.StandardOpenOption.APPEND);
        CliRun again = scrub("--resume");
        assertEquals(0, again.code(), again.err());
        assertEquals(first.get(Path.of("ct.dcm")), ScrubCommandTest.digests(out).get(Path.of("ct.dcm")),
                "an output changed since its run is not trusted: it is made again");
    }

    @Test
    void resumeWithOtherSettingsDoesEverythingAgain() {
        CliRun r = scrub("--resume", "--redact", "all-text");
        assertEquals(0, r.code(), r.err());
        assertFalse(r.out().contains("already done"), r.out());
        assertTrue(r.out().contains("3 output(s) of an earlier run were replaced"), r.out());
    }

    @Test
    void forceDoesEverythingAgainWithTheSameBytes() throws Exception {
        Map<Path, String> first = ScrubCommandTest.digests(out);
        CliRun r = scrub("--force");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("3 output(s) of an earlier run were replaced"), r.out());
        assertEquals(first, ScrubCommandTest.digests(out), "same key, same store: the same bytes");
    }

    @Test
    void aFileMovesBetweenOutAndQuarantineWithoutStayingInBoth() throws Exception {
        CliRun small = scrub("--force", "--max-pixels-per-frame", "20000");   // CT (128x128) and MR fit; US (640x480) does not
        assertEquals(1, small.code(), small.err());
        assertTrue(small.err().contains("us.dcm: image of 640x480 pixels exceeds the limit of 20000 pixels per frame "
                + "(--max-pixels-per-frame); the output an earlier run left was removed"), small.err());
        Path q = tmp.resolve("out-quarantine");
        assertFalse(Files.exists(out.resolve("us.dcm")), "an output this run could not make again is removed");
        assertTrue(Files.isRegularFile(q.resolve("us.dcm")));

        CliRun back = scrub("--resume");
        assertEquals(0, back.code(), back.err());
        assertTrue(Files.isRegularFile(out.resolve("us.dcm")));
        assertFalse(Files.exists(q.resolve("us.dcm")), "the stale quarantined copy is removed");
        assertFalse(Files.exists(q.resolve("us.dcm.reason.txt")));
    }
}
